/**
 * Content-based page sharing (ESX's transparent page sharing, KVM's KSM): pages with the
 * same contents in several VMs are kept once, copy-on-write. VMs booted from the same OS
 * image share most of their OS's resident pages; the workloads' data stays private.
 */
import { OS_IMAGE_SHARABLE_FRACTION } from '../calibration/memory-pressure.ts';

export interface SharingVm {
  readonly os: string;
  readonly kernelMiB: number;
}

export interface SharedPages {
  /** This VM's share of the one kept copy, MiB (the shares of a group add up to one copy). */
  readonly shareMiB: number;
  /** What sharing saved this VM, MiB. */
  readonly savedMiB: number;
}

/** Each VM's part of the pages it shares with the other VMs of the same OS image. */
export function sharePages(vms: readonly SharingVm[]): SharedPages[] {
  const groups = new Map<string, number>();
  for (const v of vms) groups.set(v.os, (groups.get(v.os) ?? 0) + 1);
  return vms.map((v) => {
    const n = groups.get(v.os) ?? 1;
    const sharable = n > 1 ? v.kernelMiB * OS_IMAGE_SHARABLE_FRACTION : 0;
    return { shareMiB: sharable / n, savedMiB: sharable - sharable / n };
  });
}
