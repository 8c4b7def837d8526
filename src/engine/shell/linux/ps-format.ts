/**
 * procps 3.2's column layouts for ps: the default (PID TTY TIME CMD), BSD `ax` and `aux`, and
 * System V `-f`, with times from the processes' CPU time and start times on the virtual
 * calendar.
 */
import type { Machine, ProcessInfo } from '../../os/machine.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { commandName } from './process-terminals.ts';
import { civilTime, monthName, pad2 } from './virtual-calendar.ts';

/** "hh:mm:ss" (with "DD-" beyond a day), as the default and -f formats show CPU time. */
export function cpuTimeLong(ns: number): string {
  const s = Math.floor(ns / NS_PER_S);
  const days = Math.floor(s / 86_400);
  const hms = `${pad2(Math.floor(s / 3600) % 24)}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}`;
  return days > 0 ? `${days}-${hms}` : hms;
}

/** "m:ss", as BSD-style aux shows CPU time. */
export function cpuTimeShort(ns: number): string {
  const s = Math.floor(ns / NS_PER_S);
  return `${Math.floor(s / 60)}:${pad2(s % 60)}`;
}

/** "HH:MM" for a process started today, else "MonDD". */
export function startTime(startedNs: number, nowNs: number, epochUnixS: number): string {
  const start = civilTime(startedNs, epochUnixS);
  const now = civilTime(nowNs, epochUnixS);
  const sameDay = start.year === now.year && start.month === now.month && start.day === now.day;
  return sameDay ? `${pad2(start.hour)}:${pad2(start.minute)}` : `${monthName(start)}${pad2(start.day)}`;
}

/**
 * What ps's %CPU and C read: the process's CPU time over the whole seconds since it started, in
 * tenths of a per cent (procps' pr_pcpu and pr_c), not top's share of the last interval — a
 * process busy since its start shows the same either way, one that has just woken does not.
 */
function lifetimeTenths(p: ProcessInfo, nowNs: number): number {
  const seconds = Math.floor((nowNs - p.startedNs) / NS_PER_S);
  return seconds > 0 ? Math.floor((p.cpuTimeNs * 1000) / NS_PER_S / seconds) : 0;
}

/** %CPU as procps prints it: "12.3", or whole per cents from 100 on (a process of several threads). */
function pcpuText(p: ProcessInfo, nowNs: number): string {
  const tenths = lifetimeTenths(p, nowNs);
  return tenths > 999 ? String(Math.floor(tenths / 10)) : `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

export interface PsRow {
  readonly p: ProcessInfo;
  readonly tty: string;
}

export function defaultFormat(rows: readonly PsRow[]): string[] {
  return [
    '  PID TTY          TIME CMD',
    ...rows.map(({ p, tty }) => `${String(p.pid).padStart(5)} ${tty.padEnd(8)} ${cpuTimeLong(p.cpuTimeNs).padStart(8)} ${commandName(p.command)}`),
  ];
}

/** BSD style without `u` (`ps ax`): state and the whole command line. */
export function bsdFormat(rows: readonly PsRow[]): string[] {
  return [
    '  PID TTY      STAT   TIME COMMAND',
    ...rows.map(({ p, tty }) => `${String(p.pid).padStart(5)} ${tty.padEnd(8)} ${p.state.padEnd(4)} ${cpuTimeShort(p.cpuTimeNs).padStart(6)} ${p.command}`),
  ];
}

export function fullFormat(rows: readonly PsRow[], m: Machine): string[] {
  const now = m.now();
  return [
    'UID        PID  PPID  C STIME TTY          TIME CMD',
    ...rows.map(
      ({ p, tty }) =>
        `${p.user.padEnd(8)} ${String(p.pid).padStart(5)} ${String(p.ppid).padStart(5)} ${String(Math.min(99, Math.floor(lifetimeTenths(p, now) / 10))).padStart(2)} ` +
        `${startTime(p.startedNs, now, m.epochUnixS).padStart(5)} ${tty.padEnd(8)} ${cpuTimeLong(p.cpuTimeNs).padStart(8)} ${p.command}`,
    ),
  ];
}

/** BSD user format. The model tracks one memory size per process: it is both VSZ and RSS. */
export function userFormat(rows: readonly PsRow[], m: Machine): string[] {
  const now = m.now();
  const totalKiB = m.memory().totalKiB;
  return [
    'USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
    ...rows.map(({ p, tty }) => {
      const mem = totalKiB > 0 ? (p.memKiB / totalKiB) * 100 : 0;
      const kib = String(Math.round(p.memKiB));
      return (
        `${p.user.padEnd(8)} ${String(p.pid).padStart(5)} ${pcpuText(p, now).padStart(4)} ${mem.toFixed(1).padStart(4)} ` +
        `${kib.padStart(6)} ${kib.padStart(5)} ${tty.padEnd(8)} ${p.state.padEnd(4)} ${startTime(p.startedNs, now, m.epochUnixS).padStart(5)} ` +
        `${cpuTimeShort(p.cpuTimeNs).padStart(6)} ${p.command}`
      );
    }),
  ];
}
