/**
 * CPU shares and caps (docs/calibration.md §17).
 */

/** The default CPU weight: cgroup cpu.shares default 1024 (Linux CFS); Xen's credit weight 256 maps to it ×4. */
export const DEFAULT_CPU_SHARES = 1024;

/** The accounting period of a cap: CFS bandwidth control's default cpu.cfs_period_us = 100 ms (verified). */
export const CAP_PERIOD_NS = 100e6;

/** The default disk weight: CFQ's blkio.weight default 500. */
export const DEFAULT_BLKIO_WEIGHT = 500;

/**
 * dom0's vCPUs on a host of `cores` (a scenario's `dom0Vcpus` sets others): Xen gives dom0
 * one vCPU per physical CPU unless `dom0_max_vcpus` says otherwise ("The default is the number of PCPUs", Xen's
 * docs/misc/xen-command-line.markdown, dom0_max_vcpus; Xen 4.x's text, taken to hold for
 * Xen 3.0's default as well — an assumption). docs/calibration.md §19.
 */
export function xenDom0Vcpus(cores: number): number {
  return cores;
}
