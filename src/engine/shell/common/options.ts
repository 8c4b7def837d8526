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
export function wholeNumberAtMost(text: string, max: number): number | null {
  if (!/^\d{1,12}$/.test(text)) return null;
  const n = Number(text);
  return n <= max ? n : null;
}
