/**
 * Units of the model. Virtual time is kept in nanoseconds (a float64 holds hours of
 * nanoseconds exactly enough); costs are calibrated in CPU cycles where the source
 * measured cycles and converted with the host's clock rate.
 */

/** Nanoseconds per second, millisecond and microsecond. */
export const NS_PER_S = 1e9;
export const NS_PER_MS = 1e6;
export const NS_PER_US = 1e3;

/** Converts cycles at `ghz` to nanoseconds. */
export function cyclesToNs(cycles: number, ghz: number): number {
  return cycles / ghz;
}

export const KIB = 1024;
export const MIB = 1024 * 1024;
/** A page of the x86 MMU. */
export const PAGE_BYTES = 4096;
