/**
 * cmd.exe's FIND "string" [/V] [/C] [/N] [/I] [files]: the Windows grep. Plain text only
 * (no patterns), switches in either case anywhere on the line, and its own output shape:
 * a `---------- NAME` header per file, `---------- NAME: count` with /C.
 */
import { done, type Command } from '../command.ts';
import { readInputs, splitLines } from './input-text.ts';

export const findCommand: Command = {
  name: 'find',
  summary: 'search for a text string in files or piped input (/V /C /N /I)',
  run(ctx, args, stdin) {
    const switches = new Set(args.filter((a) => a.startsWith('/')).map((a) => a.slice(1).toUpperCase()));
    const unknown = [...switches].find((s) => !['V', 'C', 'N', 'I'].includes(s));
    if (unknown !== undefined) return done(`FIND: Invalid switch\n`, 2);
    const [needle, ...files] = args.filter((a) => !a.startsWith('/'));
    if (needle === undefined) return done('FIND: Parameter format not correct\n', 2);
    const fold = (s: string): string => (switches.has('I') ? s.toUpperCase() : s);
    const wanted = fold(needle);
    let out = '';
    let status = 1;
    for (const source of readInputs(ctx, files, stdin)) {
      if (!source.ok) {
        out += `File not found - ${source.name.toUpperCase()}\n`;
        status = 2;
        continue;
      }
      const header = source.name === null ? '' : `\n---------- ${source.name.toUpperCase()}`;
      const hits: string[] = [];
      splitLines(source.text).forEach((line, index) => {
        if (fold(line).includes(wanted) === switches.has('V')) return;
        hits.push(switches.has('N') ? `[${index + 1}]${line}` : line);
      });
      if (hits.length > 0 && status !== 2) status = 0;
      if (switches.has('C')) out += header === '' ? `${hits.length}\n` : `${header}: ${hits.length}\n`;
      else out += (header === '' ? '' : `${header}\n`) + hits.map((h) => `${h}\n`).join('');
    }
    return done(out, status);
  },
};
