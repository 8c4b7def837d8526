/**
 * dir (cmd.exe): a directory's entries with dates, sizes and <DIR> marks, under the
 * volume header and over the file and free-space totals. Free bytes come from the
 * machine's disk for C:. The volume serial number is derived from the host name (the
 * model has no volumes to format). /B gives bare names; wildcards filter the last part.
 */
import type { FileStat } from '../../os/filesystem.ts';
import type { Machine } from '../../os/machine.ts';
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { toDosPath } from '../paths.ts';
import { NO_PATH, hasWildcard, resolveDos, unquote, wildcardMatch } from './dos-paths.ts';
import { dosDateTime, thousands } from './windows-format.ts';

interface DirEntry {
  readonly name: string;
  readonly stat: FileStat;
}

/** A stable "XXXX-XXXX" from the host name (FNV-1a). */
export function volumeSerial(hostname: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < hostname.length; i++) h = Math.imul(h ^ hostname.charCodeAt(i), 0x01000193) >>> 0;
  const hex = h.toString(16).toUpperCase().padStart(8, '0');
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

/** Free bytes on C: (the disk mounted at / or C:, else the first). */
export function freeBytes(m: Machine): number {
  const disks = m.disks();
  const c = disks.find((d) => d.mount === '/' || /^c:/i.test(d.mount)) ?? disks[0];
  return c === undefined ? 0 : Math.max(0, c.sizeKiB - c.usedKiB) * 1024;
}

function volumeHeader(m: Machine): string {
  return ` Volume in drive C has no label.\n Volume Serial Number is ${volumeSerial(m.hostname)}\n`;
}

function entryLine(e: DirEntry, epochUnixS: number): string {
  const what = e.stat.kind === 'dir' ? '    <DIR>'.padEnd(18) : thousands(e.stat.size).padStart(18);
  return `${dosDateTime(e.stat.modifiedNs, epochUnixS)}${what} ${e.name}`;
}

function listing(ctx: CommandContext, dir: string, pattern: string | null): DirEntry[] | null {
  const fs = ctx.machine.fs;
  const listed = fs.list(dir);
  if (!listed.ok) return null;
  const entries: DirEntry[] = [];
  if (dir !== '/' && pattern === null) {
    const self = fs.stat(dir);
    const parent = fs.stat(dir.slice(0, dir.lastIndexOf('/')) || '/');
    if (self !== null) entries.push({ name: '.', stat: self });
    if (parent !== null) entries.push({ name: '..', stat: parent });
  }
  for (const name of [...listed.value].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))) {
    if (pattern !== null && !wildcardMatch(pattern, name)) continue;
    const st = fs.stat(`${dir === '/' ? '' : dir}/${name}`);
    if (st !== null) entries.push({ name, stat: st });
  }
  return entries;
}

function runDir(ctx: CommandContext, args: readonly string[]) {
  let bare = false;
  const targets: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('/')) {
      const sw = arg.slice(1).toUpperCase();
      if (sw === 'B') bare = true;
      else if (!/^(A|O|P|W|N|Q|-P|OGN|ON|AD|A-D)[:A-Z-]*$/.test(sw)) return done(`Invalid switch - "${arg.slice(1)}".\n`, 1);
    } else targets.push(arg);
  }
  const target = unquote(targets.join(' ')) || '.';
  const resolved = resolveDos(ctx, target);
  if ('error' in resolved) return done(resolved.error + '\n', 1);
  let dir = resolved.path;
  let pattern: string | null = null;
  const st = ctx.machine.fs.stat(dir);
  if (st === null || st.kind === 'file' || hasWildcard(dir)) {
    pattern = dir.slice(dir.lastIndexOf('/') + 1);
    dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
  }
  const entries = listing(ctx, dir, pattern);
  const header = `${volumeHeader(ctx.machine)}\n Directory of ${toDosPath(dir)}\n\n`;
  if (entries === null) return done(bare ? `${NO_PATH}\n` : `${volumeHeader(ctx.machine)}\n${NO_PATH}\n`, 1);
  if (entries.length === 0) return done(bare ? 'File Not Found\n' : `${header}File Not Found\n`, 1);
  if (bare) return done(entries.map((e) => e.name + '\n').join(''));
  const files = entries.filter((e) => e.stat.kind === 'file');
  const bytes = files.reduce((sum, e) => sum + e.stat.size, 0);
  const totals =
    `${String(files.length).padStart(16)} File(s) ${thousands(bytes).padStart(14)} bytes\n` +
    `${String(entries.length - files.length).padStart(16)} Dir(s) ${thousands(freeBytes(ctx.machine)).padStart(15)} bytes free\n`;
  return done(header + entries.map((e) => entryLine(e, ctx.machine.epochUnixS) + '\n').join('') + totals);
}

export const DIR: Command = {
  name: 'dir',
  summary: 'list the files and subdirectories of a directory',
  run: runDir,
};
