/**
 * How ls lays out names: GNU's column layout for a terminal (filled down, then across, the
 * most columns that fit) and the long format's columns. The model keeps no permissions or
 * owners: directories show as drwxr-xr-x, files -rw-r--r-- (-rwxr-xr-x in a program directory),
 * /tmp sticky, all owned by root.
 */
import type { FileStat } from '../../os/filesystem.ts';
import { PROGRAM_DIRS } from '../../os/installed-programs.ts';
import { civilTime, monthName, pad2 } from './virtual-calendar.ts';

/** Half a year: ls shows the time for newer files and the year for older ones. */
const SIX_MONTHS_NS = 182.5 * 86_400 * 1e9;

export interface Entry {
  readonly name: string;
  /** What to print: the name, perhaps coloured. */
  readonly shown: string;
  readonly path: string;
  readonly stat: FileStat;
}

/** Names in columns no wider than `width` in total. */
export function columnLayout(entries: readonly Entry[], width: number): string {
  if (entries.length === 0) return '';
  // A column is at least one character and two spaces wide: no layout has more columns than that allows.
  for (let cols = Math.min(entries.length, Math.max(1, Math.floor((width + 2) / 3))); cols >= 1; cols--) {
    const rows = Math.ceil(entries.length / cols);
    const widths: number[] = [];
    for (let c = 0; c * rows < entries.length; c++) {
      const column = entries.slice(c * rows, (c + 1) * rows);
      widths.push(Math.max(...column.map((e) => e.name.length)) + 2);
    }
    const total = widths.reduce((a, b) => a + b, 0) - 2;
    if (total > width && cols > 1) continue;
    const lines: string[] = [];
    for (let r = 0; r < rows; r++) {
      let line = '';
      for (let c = 0; c < widths.length; c++) {
        const e = entries[c * rows + r];
        if (e === undefined) continue;
        const last = c === widths.length - 1 || entries[(c + 1) * rows + r] === undefined;
        line += last ? e.shown : e.shown + ' '.repeat((widths[c] ?? 0) - e.name.length);
      }
      lines.push(line);
    }
    return lines.join('\n') + '\n';
  }
  return '';
}

export function modeString(path: string, stat: FileStat): string {
  if (stat.kind === 'file') return PROGRAM_DIRS.has(path.slice(0, path.lastIndexOf('/'))) ? '-rwxr-xr-x' : '-rw-r--r--';
  return path === '/tmp' || path === '/var/tmp' ? 'drwxrwxrwt' : 'drwxr-xr-x';
}

/** "Jan  5 13:02", or "Jan  5  2007" when more than half a year from now. */
export function lsDate(modifiedNs: number, nowNs: number, epochUnixS: number): string {
  const t = civilTime(modifiedNs, epochUnixS);
  const day = String(t.day).padStart(2);
  const recent = Math.abs(nowNs - modifiedNs) < SIX_MONTHS_NS;
  return `${monthName(t)} ${day} ${recent ? `${pad2(t.hour)}:${pad2(t.minute)}` : ` ${t.year}`}`;
}

export interface LongRow {
  readonly mode: string;
  readonly links: number;
  readonly size: string;
  readonly date: string;
  readonly shown: string;
}

/** GNU: columns as wide as their widest entry. */
export function gnuLongLines(rows: readonly LongRow[]): string {
  const lw = Math.max(0, ...rows.map((r) => String(r.links).length));
  const sw = Math.max(0, ...rows.map((r) => r.size.length));
  return rows.map((r) => `${r.mode} ${String(r.links).padStart(lw)} root root ${r.size.padStart(sw)} ${r.date} ${r.shown}\n`).join('');
}

/** Solaris: fixed columns. */
export function solarisLongLines(rows: readonly LongRow[]): string {
  return rows
    .map((r) => `${r.mode} ${String(r.links).padStart(3)} ${'root'.padEnd(8)} ${'root'.padEnd(8)} ${r.size.padStart(8)} ${r.date} ${r.shown}\n`)
    .join('');
}
