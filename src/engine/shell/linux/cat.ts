/**
 * cat: concatenates files (or stdin, or `-`) through the file system; on Linux the /proc,
 * /sys/block and /var/log files are rendered from the machine (rendered-files.ts). -n
 * numbers lines as GNU does.
 * Solaris's cat has no text /proc and words its errors "cat: cannot open x".
 */
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { FS_ERRORS } from '../../os/memory-filesystem.ts';
import { parseFlags } from './flags.ts';
import { resolvePath } from './paths.ts';
import { renderedFile } from './rendered-files.ts';

export type CatFlavour = 'gnu' | 'solaris';

function numbered(text: string): string {
  const lines = text.split('\n');
  const trailing = lines[lines.length - 1] === '';
  if (trailing) lines.pop();
  return lines.map((l, i) => `${String(i + 1).padStart(6)}\t${l}`).join('\n') + (trailing ? '\n' : '');
}

function readOne(ctx: CommandContext, arg: string, flavour: CatFlavour): { text: string } | { error: string } {
  const path = resolvePath(ctx, arg);
  if (flavour === 'gnu') {
    const rendered = renderedFile(ctx.machine, path);
    if (rendered !== null) return { text: rendered };
  }
  const r = ctx.machine.fs.read(path);
  if (r.ok) return { text: r.value };
  if (flavour === 'solaris') return { error: r.error === FS_ERRORS.isDir ? '' : `cat: cannot open ${arg}\n` };
  return { error: `cat: ${arg}: ${r.error}\n` };
}

function runCat(ctx: CommandContext, args: readonly string[], stdin: string | null, flavour: CatFlavour) {
  const parsed = parseFlags(args, 'nuv', { number: 'n' });
  if (parsed.bad !== null) {
    return flavour === 'gnu'
      ? done(`cat: invalid option -- '${parsed.bad.replace(/^-+/, '')}'\nTry 'cat --help' for more information.\n`, 1)
      : done(`cat: illegal option -- ${parsed.bad.replace(/^-+/, '')}\nusage: cat [ -usvtebn ] [-|file] ...\n`, 2);
  }
  const operands = parsed.operands.length > 0 ? parsed.operands : ['-'];
  let out = '';
  let status = 0;
  for (const arg of operands) {
    if (arg === '-') {
      out += stdin ?? '';
      continue;
    }
    const r = readOne(ctx, arg, flavour);
    if ('text' in r) out += r.text;
    else {
      out += r.error;
      status = flavour === 'gnu' ? 1 : 2;
    }
  }
  return done(parsed.flags.has('n') ? numbered(out) : out, status);
}

export function makeCat(flavour: CatFlavour): Command {
  return {
    name: 'cat',
    summary: 'concatenate files and print them',
    run: (ctx, args, stdin) => runCat(ctx, args, stdin, flavour),
  };
}

export const CAT: Command = makeCat('gnu');
