/**
 * Human-readable sizes as GNU coreutils prints them with -h (df, ls, free): powers of
 * 1024, one decimal below 10, rounded up so a nearly full disk never looks emptier.
 */
const UNITS = ['K', 'M', 'G', 'T', 'P'] as const;

/** A size given in KiB, e.g. 3205600 → "3.1G", 512 → "512K". */
export function humanKiB(kib: number): string {
  let value = kib;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const suffix = UNITS[unit] ?? 'K';
  if (value < 10 && unit > 0) {
    const tenths = Math.ceil(value * 10 - 1e-9) / 10;
    return tenths >= 10 ? `10${suffix}` : `${tenths.toFixed(1)}${suffix}`;
  }
  return `${Math.ceil(value - 1e-9)}${suffix}`;
}

/** A size given in bytes: below 1 KiB as a plain number, else as humanKiB. */
export function humanBytes(bytes: number): string {
  return bytes < 1024 ? String(bytes) : humanKiB(bytes / 1024);
}
