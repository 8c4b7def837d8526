/**
 * Short-option parsing as getopt does it for the simple commands: `-la` is `-l -a`, `--`
 * ends options, a lone `-` is an operand. Long options are mapped to short letters by the
 * caller; an unknown one is reported like an unknown letter.
 */
export interface ParsedFlags {
  readonly flags: ReadonlySet<string>;
  readonly operands: readonly string[];
  /** The first option letter (or long option) not allowed, if any. */
  readonly bad: string | null;
}

/**
 * Splits `args` into option letters from `allowed` and operands.
 * `long` maps a long option (without `--`) to its letter, or to '' to accept and ignore it.
 */
export function parseFlags(args: readonly string[], allowed: string, long: Readonly<Record<string, string>> = {}): ParsedFlags {
  const flags = new Set<string>();
  const operands: string[] = [];
  let bad: string | null = null;
  let optionsEnded = false;
  for (const arg of args) {
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      operands.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg.startsWith('--')) {
      const letter = long[arg.slice(2)];
      if (letter === undefined) bad ??= arg;
      else if (letter !== '') flags.add(letter);
    } else {
      for (const letter of arg.slice(1)) {
        if (allowed.includes(letter)) flags.add(letter);
        else bad ??= letter;
      }
    }
  }
  return { flags, operands, bad };
}

/** GNU's complaint about a bad option, and where to look for help. */
export function gnuBadOption(command: string, bad: string): string {
  const what = bad.startsWith('--') ? `unrecognized option '${bad}'` : `invalid option -- '${bad}'`;
  return `${command}: ${what}\nTry '${command} --help' for more information.\n`;
}
