/**
 * mkdir: creates directories; -p creates missing parents and accepts existing directories.
 */
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { splitPath } from '../../os/memory-filesystem.ts';
import { gnuBadOption, parseFlags } from './flags.ts';
import { resolvePath } from './paths.ts';

/** Creates `path` and its missing parents; returns an error message or null. */
function mkdirParents(ctx: CommandContext, arg: string, path: string): string | null {
  let at = '';
  for (const part of splitPath(path)) {
    at += '/' + part;
    const st = ctx.machine.fs.stat(at);
    if (st?.kind === 'dir') continue;
    if (st !== null) return `mkdir: cannot create directory '${arg}': Not a directory\n`;
    const r = ctx.machine.fs.mkdir(at, ctx.machine.now());
    if (!r.ok) return `mkdir: cannot create directory '${arg}': ${r.error}\n`;
  }
  return null;
}

export const MKDIR: Command = {
  name: 'mkdir',
  summary: 'make directories',
  run(ctx, args) {
    const parsed = parseFlags(args, 'pv', { parents: 'p' });
    if (parsed.bad !== null) return done(gnuBadOption('mkdir', parsed.bad), 1);
    if (parsed.operands.length === 0) return done("mkdir: missing operand\nTry 'mkdir --help' for more information.\n", 1);
    let out = '';
    for (const arg of parsed.operands) {
      const path = resolvePath(ctx, arg);
      if (parsed.flags.has('p')) {
        out += mkdirParents(ctx, arg, path) ?? '';
        continue;
      }
      const r = ctx.machine.fs.mkdir(path, ctx.machine.now());
      if (!r.ok) out += `mkdir: cannot create directory '${arg}': ${r.error}\n`;
    }
    return done(out, out === '' ? 0 : 1);
  },
};
