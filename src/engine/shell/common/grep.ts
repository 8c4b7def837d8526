/**
 * grep: prints the lines that match a pattern (-i ignore case, -v invert, -c count,
 * -n line numbers, -E extended, -F fixed string, -l names of matching files, -q quiet,
 * -A/-B/-C N lines of context, groups apart by "--" as GNU grep does). Patterns go through
 * the backtracking-free matcher in line-pattern.ts. Exit status as GNU grep: 0 a line
 * matched, 1 none, 2 error.
 */
import { done, type Command } from '../command.ts';
import { compileLinePattern } from './line-pattern.ts';
import { parseOptions } from './options.ts';
import { readInputs, splitLines } from './input-text.ts';

const USAGE = "Usage: grep [OPTION]... PATTERN [FILE]...\nTry 'grep --help' for more information.\n";
/** Context beyond this is no different from the whole input of any command here. */
const MAX_CONTEXT = 100_000;

/** -A/-B/-C's value: a count of lines, or null if it is not one. */
function contextLines(value: string | undefined): number | null {
  if (value === undefined) return 0;
  return /^\d{1,9}$/.test(value) ? Math.min(Number(value), MAX_CONTEXT) : null;
}

export const grepCommand: Command = {
  name: 'grep',
  summary: 'print lines that match a pattern (-i -v -c -n -E -F -l -q -A -B -C)',
  run(ctx, args, stdin) {
    const parsed = parseOptions(args, 'ivcnEFlq', 'ABC');
    if (!parsed.ok) return done(`grep: ${parsed.error}\n${USAGE}`, 2);
    const { flags, values, operands } = parsed.value;
    const [pattern, ...files] = operands;
    if (pattern === undefined) return done(USAGE, 2);
    const both = contextLines(values.get('C'));
    const after = values.has('A') ? contextLines(values.get('A')) : both;
    const before = values.has('B') ? contextLines(values.get('B')) : both;
    if (after === null || before === null) {
      const bad = [values.get('A'), values.get('B'), values.get('C')].find((v) => v !== undefined && contextLines(v) === null) ?? '';
      return done(`grep: ${bad}: invalid context length argument\n`, 2);
    }
    const matcher = compileLinePattern(pattern, { ignoreCase: flags.has('i'), fixed: flags.has('F'), extended: flags.has('E') });
    const invert = flags.has('v');
    const quiet = flags.has('q');
    let out = '';
    let matched = false;
    let failed = false;
    let printedGroup = false;
    const sources = readInputs(ctx, files, stdin);
    for (const source of sources) {
      if (!source.ok) {
        out += `grep: ${source.name}: ${source.error}\n`;
        failed = true;
        continue;
      }
      const named = sources.length > 1 && source.name !== null ? source.name : null;
      const lines = splitLines(source.text);
      const selected = lines.map((line) => matcher.test(line) !== invert);
      const count = selected.filter(Boolean).length;
      matched ||= count > 0;
      if (quiet) continue;
      if (flags.has('l')) {
        if (count > 0) out += `${source.name ?? '(standard input)'}\n`;
        continue;
      }
      if (flags.has('c')) {
        out += `${named !== null ? `${named}:` : ''}${count}\n`;
        continue;
      }
      // GNU grep marks a matching line's number with ':' and a context line's with '-'.
      const show = (i: number, mark: string): string => `${named !== null ? `${named}${mark}` : ''}${flags.has('n') ? `${i + 1}${mark}` : ''}${lines[i] ?? ''}\n`;
      let last = -1;
      let afterLeft = 0;
      selected.forEach((isMatch, i) => {
        if (isMatch) {
          const from = Math.max(last + 1, i - before);
          // A group apart from the last one printed (in this input or an earlier one) gets a "--" first.
          if (printedGroup && (last < 0 || from > last + 1) && (before > 0 || after > 0)) out += '--\n';
          for (let j = from; j < i; j++) out += show(j, '-');
          out += show(i, ':');
          last = i;
          afterLeft = after;
          printedGroup = true;
        } else if (afterLeft > 0) {
          out += show(i, '-');
          last = i;
          afterLeft -= 1;
        }
      });
    }
    return done(quiet ? '' : out, failed ? 2 : matched ? 0 : 1);
  },
};

/** egrep: grep -E, as GNU grep installs it (a script running `grep -E "$@"`) and Solaris ships it. */
export const egrepCommand: Command = {
  name: 'egrep',
  summary: 'grep -E: print lines that match an extended pattern',
  run: (ctx, args, stdin) => grepCommand.run(ctx, ['-E', ...args], stdin),
};
