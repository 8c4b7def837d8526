/**
 * How much of a guest's memory its OS, its workload and its page cache take. A VM's
 * memory is reserved whole on the host whether used or not; a container costs only
 * what its processes use, and its file pages live in the one shared page cache.
 */
import type { GuestSpec } from '../scenario/schema.ts';
import { GUEST_OS } from '../os/guest-os.ts';
import { workloadOf } from '../workloads/catalog.ts';

export interface GuestUse {
  readonly kernelMiB: number;
  readonly workloadMiB: number;
  readonly pageCacheMiB: number;
}

/** What the guest's OS, workload and page cache occupy inside `limitMiB` (cache yields first). */
export function guestUse(guest: GuestSpec, withKernel: boolean, limitMiB = guest.memoryMiB): GuestUse {
  const w = workloadOf(guest.workload);
  const kernelMiB = withKernel ? Math.min(GUEST_OS[guest.os].footprintMiB, limitMiB) : 0;
  const workloadMiB = Math.min(w.residentMiB, limitMiB - kernelMiB);
  const pageCacheMiB = Math.min(w.pageCacheMiB, limitMiB - kernelMiB - workloadMiB);
  return { kernelMiB, workloadMiB, pageCacheMiB };
}

/** A VM's parts: everything inside its reserved memory, unused memory included. */
export function vmMemory(guest: GuestSpec, overheadMiB: number, shadowMiB: number): Record<string, number> {
  const u = guestUse(guest, true);
  const parts: Record<string, number> = {
    'guest-kernel': u.kernelMiB,
    workload: u.workloadMiB,
    'page-cache': u.pageCacheMiB,
    'guest-unused': guest.memoryMiB - u.kernelMiB - u.workloadMiB - u.pageCacheMiB,
    'monitor-overhead': overheadMiB,
  };
  if (shadowMiB > 0) parts['shadow-page-tables'] = shadowMiB;
  return parts;
}
