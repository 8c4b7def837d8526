/**
 * getopt-style option parsing for the POSIX filter commands: clustered flags (`-iv`),
 * options with a value (`-n 5`, `-n5`), `--` to end options, and `-` as a plain operand.
 */

export interface ParsedOptions {
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
  readonly operands: readonly string[];
}

export type OptionsResult = { readonly ok: true; readonly value: ParsedOptions } | { readonly ok: false; readonly error: string };

/** `flags`: letters that stand alone; `valued`: letters that take a value. */
export function parseOptions(args: readonly string[], flags: string, valued = ''): OptionsResult {
  const set = new Set<string>();
  const values = new Map<string, string>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j += 1) {
      const letter = arg[j] ?? '';
      if (valued.includes(letter)) {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[i + 1];
        if (value === undefined) return { ok: false, error: `option requires an argument -- '${letter}'` };
        if (j + 1 >= arg.length) i += 1;
        values.set(letter, value);
        break;
      }
      if (!flags.includes(letter)) return { ok: false, error: `invalid option -- '${letter}'` };
      set.add(letter);
    }
  }
  return { ok: true, value: { flags: set, values, operands } };
}

/** `text` as a whole number of at most `max`, or null (an interval or a count: `vmstat 5 10`). */
function wholeNumberAtMost(text: string, max: number): number | null {
  if (!/^\d{1,12}$/.test(text)) return null;
  const n = Number(text);
  return n <= max ? n : null;
}

/** Longest interval a reporting command (vmstat, iostat) accepts, s, and most reports a count may ask for. */
const MAX_INTERVAL_S = 86_400;
const MAX_REPORTS = 1_000_000;

/**
 * A reporting command's `[interval [count]]` (vmstat 5 10, iostat -x 1 3): each a whole number
 * above 0, nothing after them; null when they are not. Without an interval: one report.
 */
export function intervalAndCount(operands: readonly string[]): { readonly intervalS: number | null; readonly count: number | null } | null {
  const [intervalText, countText, extra] = operands;
  if (extra !== undefined) return null;
  const intervalS = intervalText === undefined ? null : wholeNumberAtMost(intervalText, MAX_INTERVAL_S);
  const count = countText === undefined ? null : wholeNumberAtMost(countText, MAX_REPORTS);
  if ((intervalText !== undefined && !intervalS) || (countText !== undefined && !count)) return null;
  return { intervalS, count };
}
