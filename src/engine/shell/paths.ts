/**
 * Path syntax of the shells. The file system always speaks absolute `/`-separated paths;
 * POSIX shells resolve relative paths against the working directory, and cmd.exe shows
 * the same tree as drive C: (`/` is `C:\`, `/WINDOWS` is `C:\WINDOWS`). One drive only.
 */

/** Resolves `path` against `cwd` and removes `.`, `..` and repeated slashes. */
export function resolvePath(cwd: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${cwd}/${path}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

/** `/WINDOWS/system32` → `C:\WINDOWS\system32`. */
export function toDosPath(path: string): string {
  return 'C:' + (path === '/' ? '\\' : path.replaceAll('/', '\\'));
}

/** Resolves a path typed in cmd.exe (`C:\x`, `\x`, `x\y`, `..`) against `cwd` to a file-system path. */
export function fromDosPath(cwd: string, path: string): string {
  const withoutDrive = /^[A-Za-z]:/.test(path) ? path.slice(2) || '/' : path;
  return resolvePath(cwd, withoutDrive.replaceAll('\\', '/'));
}

/** Resolves a path argument as the machine's shell would read it. */
export function resolveForFamily(family: string, cwd: string, path: string): string {
  return family === 'windows' ? fromDosPath(cwd, path) : resolvePath(cwd, path);
}
