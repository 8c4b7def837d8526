/**
 * which: the path of the file each named command runs from, found by walking $PATH in the
 * machine's file system (the programs' stand-ins are laid out there by installed-programs.ts),
 * so a shell builtin with no file (cd, export) is not found, as with the real which. A name
 * with a slash is checked as given. A command found nowhere fails with status 1: Debian's
 * which says nothing; Red Hat's GNU which writes "no X in (PATH)" to stderr, which these
 * commands cannot keep apart from their output (`ls -l $(which x)` would list the message),
 * so Linux says nothing. Solaris 10's which (a csh script) prints its "no X in …" line to stdout.
 */
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { resolvePath } from './paths.ts';

type Flavour = 'linux' | 'solaris';

function isFile(ctx: CommandContext, path: string): boolean {
  return ctx.machine.fs.stat(path)?.kind === 'file';
}

/** The first file named `name` in the $PATH directories, or null. */
function lookUp(ctx: CommandContext, dirs: readonly string[], name: string): string | null {
  if (name.includes('/')) return isFile(ctx, resolvePath(ctx, name)) ? name : null;
  for (const dir of dirs) {
    const path = resolvePath(ctx, `${dir}/${name}`);
    if (isFile(ctx, path)) return path;
  }
  return null;
}

export function makeWhich(flavour: Flavour): Command {
  return {
    name: 'which',
    summary: 'show the full path of commands',
    run(ctx, args) {
      const dirs = (ctx.env.get('PATH') ?? '').split(':').filter((d) => d !== '');
      let out = '';
      let status = args.length === 0 ? 1 : 0;
      for (const name of args) {
        const path = lookUp(ctx, dirs, name);
        if (path !== null) out += path + '\n';
        else {
          status = 1;
          if (flavour === 'solaris') out += `no ${name} in ${dirs.join(' ')}\n`;
        }
      }
      return done(out, status);
    },
  };
}
