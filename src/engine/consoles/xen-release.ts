/**
 * The Xen release a host of each hardware era runs: what dom0's xm info, xm dmesg and xentop
 * print, and the version the bare-metal column names (a 2009 host with nested paging runs
 * Xen 3.4: the 3.0 of 2005 came out before the CPUs that have it).
 */
import type { CpuGenerationId } from '../hardware/cpu-generation-ids.ts';

/** xm info's xen_major, xen_minor and xen_extra, by the host's CPU generation. */
export const XEN_RELEASE: Readonly<Record<CpuGenerationId, readonly [number, number, string]>> = {
  'netburst-2003': [3, 0, '.4-1'],
  'core2-2006': [3, 0, '.4-1'],
  'nehalem-2009': [3, 4, '.3'],
  'skylake-2015': [4, 4, '.4'],
};
