/**
 * Sizes as Docker's go-units library prints them: four significant digits of the largest
 * unit that keeps the number at least 1. docker stats uses binary units (BytesSize,
 * "100MiB"), docker images decimal ones (HumanSize, "182.8 MB").
 */

function unitSize(bytes: number, base: number, units: readonly string[], separator: string): string {
  let v = Math.max(0, bytes);
  let i = 0;
  while (v >= base && i < units.length - 1) {
    v /= base;
    i++;
  }
  return `${Number(v.toPrecision(4))}${separator}${units[i] ?? 'B'}`;
}

/** BytesSize: binary units, no space. */
export const bytesSize = (bytes: number): string => unitSize(bytes, 1024, ['B', 'KiB', 'MiB', 'GiB', 'TiB'], '');

/** HumanSize: decimal units, a space before the unit. */
export const humanSize = (bytes: number): string => unitSize(bytes, 1000, ['B', 'kB', 'MB', 'GB', 'TB'], ' ');
