/**
 * A file named on the command line, read as untrusted input: a directory, a device or a
 * file too large is refused before reading; every error of the file system becomes one
 * line naming the file; the bytes must be UTF-8 (a leading BOM is dropped).
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { NOT_UTF8, utf8Text } from '../untrusted/utf8-text.ts';
import { UsageError } from './usage-error.ts';

const PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
};

/** One line for an error of the file system, naming the file and not the call that failed. */
export function fileProblem(path: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown error';
  return `${path}: ${PROBLEMS[code] ?? `cannot be read (${code})`}`;
}

/** The file's text, or a UsageError saying why not. */
export function readInputText(path: string, maxBytes: number): string {
  let fd: number | undefined;
  let bytes: Uint8Array;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UsageError(`${path}: ${PROBLEMS['EISDIR']}`);
    if (!stat.isFile()) throw new UsageError(`${path}: not a regular file`);
    if (stat.size > maxBytes) throw new UsageError(`${path}: larger than ${maxBytes} bytes`);
    bytes = readFileSync(fd);
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError(fileProblem(path, e));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const text = utf8Text(bytes);
  if (text === null) throw new UsageError(`${path}: ${NOT_UTF8}`);
  return text;
}
