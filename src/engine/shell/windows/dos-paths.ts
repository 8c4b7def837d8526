/**
 * cmd.exe's view of the file system: drive C: is `/`, and names match whatever their case
 * (NTFS is case-preserving but case-insensitive), so `cd c:\windows` finds `/WINDOWS`.
 * Only drive C exists.
 */
import type { FileSystem } from '../../os/filesystem.ts';
import { splitPath } from '../../os/memory-filesystem.ts';
import type { CommandContext } from '../command.ts';
import { fromDosPath } from '../paths.ts';

export const NO_PATH = 'The system cannot find the path specified.';
export const NO_FILE = 'The system cannot find the file specified.';
export const NO_DRIVE = 'The system cannot find the drive specified.';

/** Removes the double quotes cmd.exe leaves to the program. */
export function unquote(arg: string): string {
  return arg.replaceAll('"', '');
}

/** `path` with each component in the case the file system stores it, where it exists. */
export function matchCase(fs: FileSystem, path: string): string {
  let at = '';
  for (const part of splitPath(path)) {
    const listed = fs.list(at === '' ? '/' : at);
    const stored = listed.ok ? listed.value.find((n) => n.toLowerCase() === part.toLowerCase()) : undefined;
    at += '/' + (stored ?? part);
  }
  return at === '' ? '/' : at;
}

/** The file-system path a cmd.exe argument names, or an error message for another drive. */
export function resolveDos(ctx: CommandContext, arg: string): { readonly path: string } | { readonly error: string } {
  const text = unquote(arg).trim();
  const drive = /^([A-Za-z]):/.exec(text)?.[1];
  if (drive !== undefined && drive.toUpperCase() !== 'C') return { error: NO_DRIVE };
  return { path: matchCase(ctx.machine.fs, fromDosPath(ctx.cwd, text)) };
}

/** Case-insensitive `*` and `?` wildcards as cmd.exe matches them (`*.*` matches every name). */
export function wildcardMatch(pattern: string, name: string): boolean {
  if (pattern === '*.*' || pattern === '*') return true;
  const re = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`, 'i').test(name);
}

export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}
