/**
 * Host swapping: memory that still does not fit is written to disk, and a guest whose
 * working set is partly on disk takes a fault for every touch of a swapped page — each a
 * disk read through the host's one shared disk. The host (or hypervisor) cannot see which
 * pages a guest values, so cold pages (free memory, page cache) go first only as far as
 * they reach; what is swapped beyond them is working set.
 */
import { DISKS } from '../calibration/devices.ts';
import { PAGE_BYTES } from '../calibration/memory-pressure.ts';
import type { HostSpec } from '../scenario/schema.ts';
import type { OpMix } from '../workloads/op-mix.ts';

/** Share of a working set on disk, when `swappedMiB` is swapped and `coldMiB` of it was cold. */
export function outFraction(swappedMiB: number, coldMiB: number, workingSetMiB: number): number {
  if (workingSetMiB <= 0) return 0;
  return Math.min(1, Math.max(0, swappedMiB - coldMiB) / workingSetMiB);
}

/**
 * Swap-ins per transaction: each page touch outside the TLB's reach (a TLB miss) or a
 * first touch (a page fault) finds its page on disk with probability `out` — the
 * working-set model of paging (Denning 1968) with pages picked without regard to use.
 */
export function swapInsPerTransaction(out: number, m: OpMix): number {
  return out * (m.tlbMisses + m.pageFaults);
}

/** One swap-in on the host's disk: a positioning and a page's transfer, ns. */
export function swapInNs(host: HostSpec): number {
  const disk = DISKS[host.disk];
  return disk.accessNs + PAGE_BYTES / disk.bytesPerNs;
}
