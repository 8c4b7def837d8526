/**
 * Ballooning: a driver inside the VM allocates pinned memory when the hypervisor asks and
 * hands those pages back. The guest's own kernel chooses what to give up — free memory
 * first, then page cache — so what the hypervisor gets first is what the guest values least.
 */
import { BALLOON_MAX_FRACTION } from '../calibration/memory-pressure.ts';

/** The most a balloon can take from a VM: its free memory and page cache, within the balloon's own limit. */
export function balloonCapacity(memoryMiB: number, unusedMiB: number, pageCacheMiB: number): number {
  return Math.min(unusedMiB + pageCacheMiB, BALLOON_MAX_FRACTION * memoryMiB);
}

/**
 * Inflates the balloons of VMs with these capacities to reclaim `neededMiB`, each in
 * proportion to what it can give; returns what each gave.
 */
export function inflate(capacities: readonly number[], neededMiB: number): number[] {
  const total = capacities.reduce((a, b) => a + b, 0);
  if (total <= 0 || neededMiB <= 0) return capacities.map(() => 0);
  const share = Math.min(1, neededMiB / total);
  return capacities.map((c) => c * share);
}
