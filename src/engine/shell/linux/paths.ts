/**
 * Turning a Unix shell's path arguments into the file system's absolute paths: relative to
 * the working directory, `~` to the home directory ($HOME, or root's home).
 */
import { normalisePath } from '../../os/memory-filesystem.ts';
import type { CommandContext } from '../command.ts';

/** Root's home on Linux; Solaris 10's root home is `/` and its shell sets $HOME so. */
export const DEFAULT_HOME = '/root';

export function homeOf(ctx: CommandContext): string {
  return ctx.env.get('HOME') ?? DEFAULT_HOME;
}

/** The absolute, normalised path an argument names. */
export function resolvePath(ctx: CommandContext, arg: string): string {
  if (arg === '~' || arg.startsWith('~/')) return normalisePath(homeOf(ctx) + arg.slice(1));
  if (arg.startsWith('/')) return normalisePath(arg);
  return normalisePath(ctx.cwd + '/' + arg);
}

/** The last component of a path ("/" for the root). */
export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
