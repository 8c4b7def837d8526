/**
 * grep: prints the lines that match a pattern (-i ignore case, -v invert, -c count,
 * -n line numbers, -E extended, -F fixed string). Patterns go through the backtracking-free
 * matcher in line-pattern.ts. Exit status as GNU grep: 0 a line matched, 1 none, 2 error.
 */
import { done, type Command } from '../command.ts';
import { compileLinePattern } from './line-pattern.ts';
import { parseOptions } from './options.ts';
import { readInputs, splitLines } from './input-text.ts';

const USAGE = "Usage: grep [OPTION]... PATTERN [FILE]...\nTry 'grep --help' for more information.\n";

export const grepCommand: Command = {
  name: 'grep',
  summary: 'print lines that match a pattern (-i -v -c -n -E -F)',
  run(ctx, args, stdin) {
    const parsed = parseOptions(args, 'ivcnEF');
    if (!parsed.ok) return done(`grep: ${parsed.error}\n${USAGE}`, 2);
    const { flags, operands } = parsed.value;
    const [pattern, ...files] = operands;
    if (pattern === undefined) return done(USAGE, 2);
    const matcher = compileLinePattern(pattern, { ignoreCase: flags.has('i'), fixed: flags.has('F'), extended: flags.has('E') });
    const invert = flags.has('v');
    let out = '';
    let matched = false;
    let failed = false;
    const sources = readInputs(ctx, files, stdin);
    for (const source of sources) {
      if (!source.ok) {
        out += `grep: ${source.name}: ${source.error}\n`;
        failed = true;
        continue;
      }
      const prefix = sources.length > 1 && source.name !== null ? `${source.name}:` : '';
      let count = 0;
      splitLines(source.text).forEach((line, index) => {
        if (matcher.test(line) === invert) return;
        count += 1;
        if (!flags.has('c')) out += `${prefix}${flags.has('n') ? `${index + 1}:` : ''}${line}\n`;
      });
      if (flags.has('c')) out += `${prefix}${count}\n`;
      matched ||= count > 0;
    }
    return done(out, failed ? 2 : matched ? 0 : 1);
  },
};
