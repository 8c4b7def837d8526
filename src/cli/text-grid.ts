/** Columns separated by two spaces, for the CLI's tables: left-aligned, or right-aligned from column `rightFrom` on (numbers). */
export function grid(rows: readonly (readonly string[])[], rightFrom = Infinity): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c >= rightFrom ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd());
}
