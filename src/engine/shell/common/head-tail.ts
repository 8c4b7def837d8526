/**
 * head and tail: the first or last N lines (default 10) of the pipe or of files, with
 * `==> name <==` headers when there are several files, as GNU coreutils prints them.
 */
import { done, type Command, type CommandDone } from '../command.ts';
import { parseOptions } from './options.ts';
import { joinLines, readInputs, splitLines } from './input-text.ts';

const DEFAULT_LINES = 10;

function takeLines(name: 'head' | 'tail', pick: (lines: string[], n: number) => string[]): Command {
  return {
    name,
    summary: `print the ${name === 'head' ? 'first' : 'last'} lines of input (-n N)`,
    run(ctx, args, stdin): CommandDone {
      // `-5` is the traditional spelling of `-n 5`.
      const normalised = args.flatMap((a) => (/^-\d+$/.test(a) ? ['-n', a.slice(1)] : [a]));
      const parsed = parseOptions(normalised, '', 'n');
      if (!parsed.ok) return done(`${name}: ${parsed.error}\n`, 1);
      const text = parsed.value.values.get('n') ?? String(DEFAULT_LINES);
      const count = Number(text);
      if (!/^\d+$/.test(text) || !Number.isSafeInteger(count)) return done(`${name}: invalid number of lines: '${text}'\n`, 1);
      const sources = readInputs(ctx, parsed.value.operands, stdin);
      let out = '';
      let status = 0;
      sources.forEach((source, index) => {
        if (!source.ok) {
          out += `${name}: cannot open '${source.name}' for reading: ${source.error}\n`;
          status = 1;
          return;
        }
        if (sources.length > 1) out += `${index > 0 ? '\n' : ''}==> ${source.name ?? 'standard input'} <==\n`;
        out += joinLines(pick(splitLines(source.text), count));
      });
      return done(out, status);
    },
  };
}

export const headCommand = takeLines('head', (lines, n) => lines.slice(0, n));
export const tailCommand = takeLines('tail', (lines, n) => (n === 0 ? [] : lines.slice(-n)));
