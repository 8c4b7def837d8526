/**
 * touch: creates an empty file or updates a file's modification time (an empty append,
 * which copies an image file up into a container's own layer, as overlayfs does).
 */
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { gnuBadOption, parseFlags } from './flags.ts';
import { resolvePath } from './paths.ts';

export const TOUCH: Command = {
  name: 'touch',
  summary: 'create files or update their times',
  run(ctx, args) {
    const parsed = parseFlags(args, 'acm');
    if (parsed.bad !== null) return done(gnuBadOption('touch', parsed.bad), 1);
    if (parsed.operands.length === 0) return done("touch: missing file operand\nTry 'touch --help' for more information.\n", 1);
    let out = '';
    for (const arg of parsed.operands) {
      const path = resolvePath(ctx, arg);
      if (ctx.machine.fs.stat(path)?.kind === 'dir') continue;
      const r = ctx.machine.fs.write(path, '', true, ctx.machine.now());
      if (!r.ok) out += `touch: cannot touch '${arg}': ${r.error}\n`;
    }
    return done(out, out === '' ? 0 : 1);
  },
};
