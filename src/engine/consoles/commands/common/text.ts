/**
 * Text layout that the consoles share: fixed-width columns, printf-like numbers, and
 * command lines rebuilt from arguments.
 */

/** Lines joined with `\n`, ending in one; empty for no lines. */
export function lines(rows: readonly string[]): string {
  return rows.length === 0 ? '' : `${rows.join('\n')}\n`;
}

/** `%Nd` / `%Ns`: right-aligned in `width`. */
export function right(value: string | number, width: number): string {
  return String(value).padStart(width);
}

/** `%-Ns`: left-aligned in `width`. */
export function left(value: string | number, width: number): string {
  return String(value).padEnd(width);
}

/** `%.Nf`, with anything not finite printed as 0. */
export function fixed(value: number, digits: number): string {
  return (Number.isFinite(value) ? value : 0).toFixed(digits);
}

/**
 * Go's text/tabwriter as `docker ps` uses it (minimum cell width 20, padding 3): every
 * column but the last is as wide as its widest cell plus 3, and at least 20.
 */
export function tabwriter(rows: readonly (readonly string[])[], minWidth = 20, padding = 3): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? minWidth, cell.length + padding);
    });
  return lines(rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? minWidth))).join('').trimEnd()));
}

/** Rebuilds a command line from arguments, single-quoting those a shell would split. */
export function commandLine(args: readonly string[]): string {
  return args.map((a) => (a === '' || /[\s'"\\$`;&|<>()*?]/.test(a) ? `'${a.replace(/'/g, `'\\''`)}'` : a)).join(' ');
}

/** `key=value` arguments into a map; anything else is returned as `rest`. */
export function keyValues(args: readonly string[]): { readonly vars: Map<string, string>; readonly rest: string[] } {
  const vars = new Map<string, string>();
  const rest: string[] = [];
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) vars.set(a.slice(0, eq), a.slice(eq + 1));
    else rest.push(a);
  }
  return { vars, rest };
}

/** A whole number within [min, max] from text, or null. */
export function intIn(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || !/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}
