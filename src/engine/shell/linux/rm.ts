/**
 * rm: removes files; -r removes directories and their contents, -f ignores missing files.
 * Refuses `rm -r /` as GNU's --preserve-root does.
 */
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { gnuBadOption, parseFlags } from './flags.ts';
import { resolvePath } from './paths.ts';

export const RM: Command = {
  name: 'rm',
  summary: 'remove files or directories',
  run(ctx, args) {
    const parsed = parseFlags(args, 'rRfiv', { recursive: 'r', force: 'f' });
    if (parsed.bad !== null) return done(gnuBadOption('rm', parsed.bad), 1);
    const recursive = parsed.flags.has('r') || parsed.flags.has('R');
    const force = parsed.flags.has('f');
    if (parsed.operands.length === 0) {
      return force ? done('') : done("rm: missing operand\nTry 'rm --help' for more information.\n", 1);
    }
    let out = '';
    for (const arg of parsed.operands) {
      const path = resolvePath(ctx, arg);
      const st = ctx.machine.fs.stat(path);
      if (st === null) {
        if (!force) out += `rm: cannot remove '${arg}': No such file or directory\n`;
      } else if (path === '/' && recursive) {
        out += "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n";
      } else if (st.kind === 'dir' && !recursive) {
        out += `rm: cannot remove '${arg}': Is a directory\n`;
      } else {
        const r = ctx.machine.fs.remove(path, recursive);
        if (!r.ok) out += `rm: cannot remove '${arg}': ${r.error}\n`;
      }
    }
    return done(out, out === '' ? 0 : 1);
  },
};
