/**
 * cmd.exe's file commands over the machine's file system: type, cd/chdir, mkdir/md and
 * del/erase, with cmd.exe's messages. mkdir creates missing parents (command extensions
 * are on by default); del takes wildcards in the last part and, given a directory,
 * deletes the files in it (as `del /q`: the model has no prompt).
 */
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { splitPath } from '../../os/memory-filesystem.ts';
import { toDosPath } from '../paths.ts';
import { NO_FILE, NO_PATH, hasWildcard, resolveDos, unquote, wildcardMatch } from './dos-paths.ts';

function runType(ctx: CommandContext, args: readonly string[]) {
  if (args.length === 0) return done('The syntax of the command is incorrect.\n', 1);
  let out = '';
  let status = 0;
  for (const arg of args) {
    const r = resolveDos(ctx, arg);
    if ('error' in r) {
      out += r.error + '\n';
      status = 1;
      continue;
    }
    const read = ctx.machine.fs.read(r.path);
    if (read.ok) out += read.value;
    else {
      out += (ctx.machine.fs.stat(r.path)?.kind === 'dir' ? 'Access is denied.' : NO_FILE) + '\n';
      status = 1;
    }
  }
  return done(out, status);
}

export const TYPE: Command = { name: 'type', summary: 'display the contents of a text file', run: runType };

function runCd(ctx: CommandContext, args: readonly string[]) {
  const words = args.filter((a) => a.toLowerCase() !== '/d');
  if (words.length === 0) return done(toDosPath(ctx.cwd) + '\n');
  const r = resolveDos(ctx, words.join(' '));
  if ('error' in r) return done(r.error + '\n', 1);
  const st = ctx.machine.fs.stat(r.path);
  if (st === null) return done(NO_PATH + '\n', 1);
  if (st.kind !== 'dir') return done('The directory name is invalid.\n', 1);
  ctx.cwd = r.path;
  return done('');
}

export const WIN_CD: Command = { name: 'cd', summary: 'display or change the current directory', run: runCd };
export const CHDIR: Command = { name: 'chdir', summary: 'display or change the current directory', run: runCd };

function makeDirs(ctx: CommandContext, arg: string): string {
  const r = resolveDos(ctx, arg);
  if ('error' in r) return r.error + '\n';
  if (ctx.machine.fs.stat(r.path) !== null) return `A subdirectory or file ${unquote(arg)} already exists.\n`;
  let at = '';
  for (const part of splitPath(r.path)) {
    at += '/' + part;
    const st = ctx.machine.fs.stat(at);
    if (st?.kind === 'dir') continue;
    if (st !== null) return NO_PATH + '\n';
    const made = ctx.machine.fs.mkdir(at, ctx.machine.now());
    if (!made.ok) return made.error === 'No space left on device' ? 'There is not enough space on the disk.\n' : NO_PATH + '\n';
  }
  return '';
}

function runMkdir(ctx: CommandContext, args: readonly string[]) {
  if (args.length === 0) return done('The syntax of the command is incorrect.\n', 1);
  const out = args.map((a) => makeDirs(ctx, a)).join('');
  return done(out, out === '' ? 0 : 1);
}

export const WIN_MKDIR: Command = { name: 'mkdir', summary: 'create a directory', run: runMkdir };
export const MD: Command = { name: 'md', summary: 'create a directory', run: runMkdir };

/** The files `arg` names: one file, the files of a directory, or a wildcard's matches. */
function filesToDelete(ctx: CommandContext, path: string): string[] {
  const fs = ctx.machine.fs;
  const st = fs.stat(path);
  let dir = path;
  let pattern = '*';
  if (st?.kind === 'file') return [path];
  if (st === null) {
    if (!hasWildcard(path)) return [];
    dir = path.slice(0, path.lastIndexOf('/')) || '/';
    pattern = path.slice(path.lastIndexOf('/') + 1);
  }
  const listed = fs.list(dir);
  if (!listed.ok) return [];
  const prefix = dir === '/' ? '' : dir;
  return listed.value.filter((n) => wildcardMatch(pattern, n) && fs.stat(`${prefix}/${n}`)?.kind === 'file').map((n) => `${prefix}/${n}`);
}

function runDel(ctx: CommandContext, args: readonly string[]) {
  const targets = args.filter((a) => !a.startsWith('/'));
  if (targets.length === 0) return done('The syntax of the command is incorrect.\n', 1);
  let out = '';
  for (const arg of targets) {
    const r = resolveDos(ctx, arg);
    if ('error' in r) {
      out += r.error + '\n';
      continue;
    }
    const files = filesToDelete(ctx, r.path);
    if (files.length === 0 && ctx.machine.fs.stat(r.path)?.kind !== 'dir') out += `Could Not Find ${toDosPath(r.path)}\n`;
    for (const file of files) {
      const removed = ctx.machine.fs.remove(file, false);
      if (!removed.ok) out += `${toDosPath(file)}\nAccess is denied.\n`;
    }
  }
  return done(out, out === '' ? 0 : 1);
}

export const DEL: Command = { name: 'del', summary: 'delete files', run: runDel };
export const ERASE: Command = { name: 'erase', summary: 'delete files', run: runDel };
