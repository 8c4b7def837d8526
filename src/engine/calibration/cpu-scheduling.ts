/**
 * CPU shares and caps (docs/calibration.md §17).
 */

/** The default CPU weight: cgroup cpu.shares default 1024 (Linux CFS); Xen's credit weight 256 maps to it ×4. */
export const DEFAULT_CPU_SHARES = 1024;

/** The accounting period of a cap: CFS bandwidth control's default cpu.cfs_period_us = 100 ms (verified). */
export const CAP_PERIOD_NS = 100e6;

/** The default disk weight: CFQ's blkio.weight default 500. */
export const DEFAULT_BLKIO_WEIGHT = 500;
