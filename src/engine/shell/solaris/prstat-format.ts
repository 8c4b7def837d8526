/**
 * One prstat screen: processes by CPU share (of the whole machine, as prstat counts it),
 * sizes in K/M/G, and the totals line. The model keeps one memory size per process (shown
 * as both SIZE and RSS), no threads (NLWP 1) and every process in the time-sharing class
 * at its default priority (59, nice 0).
 */
import type { Machine, ProcessInfo } from '../../os/machine.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { commandName } from '../linux/process-terminals.ts';
import { loadAverageText } from '../linux/uptime.ts';
import { pad2 } from '../linux/virtual-calendar.ts';

export const PRSTAT_HEADER = '   PID USERNAME  SIZE   RSS STATE  PRI NICE      TIME  CPU PROCESS/NLWP       ';

/** prstat's sizes: K below 10 000 K, then M, then G. */
export function prstatSize(kib: number): string {
  if (kib < 10_000) return `${Math.round(kib)}K`;
  if (kib / 1024 < 10_000) return `${Math.round(kib / 1024)}M`;
  return `${Math.round(kib / 1024 / 1024)}G`;
}

const STATES: Readonly<Record<ProcessInfo['state'], string>> = { R: 'run', S: 'sleep', D: 'sleep', Z: 'zombie' };

/** prstat's percentages: one decimal below 10 %, whole above. */
function percent(pct: number): string {
  return (pct < 10 ? `${pct.toFixed(1)}%` : `${Math.round(pct)}%`).padStart(4);
}

function cpuShare(p: ProcessInfo, cpus: number): string {
  return percent(p.cpuPercent / Math.max(1, cpus));
}

function cpuTime(ns: number): string {
  const s = Math.floor(ns / NS_PER_S);
  return `${String(Math.floor(s / 3600)).padStart(3)}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}`;
}

export function prstatLine(p: ProcessInfo, cpus: number): string {
  const user = p.user.slice(0, 8).padEnd(8);
  return (
    `${String(p.pid).padStart(6)} ${user} ${prstatSize(p.memKiB).padStart(5)} ${prstatSize(p.memKiB).padStart(5)} ` +
    `${STATES[p.state].padEnd(6)} ${'59'.padStart(3)} ${'0'.padStart(4)} ${cpuTime(p.cpuTimeNs).padStart(9)} ${cpuShare(p, cpus)} ${commandName(p.command)}/1`
  );
}

/**
 * -Z's summary line of a zone's processes, under the process list: from inside a non-global
 * zone only its own zone is seen. SIZE is RSS: the model keeps one size per process.
 */
function zoneLines(m: Machine, procs: readonly ProcessInfo[], cpus: number): string[] {
  const zone = m.zone?.() ?? { id: 0, name: 'global' };
  const rssKiB = procs.reduce((s, p) => s + p.memKiB, 0);
  const cpu = procs.reduce((s, p) => s + p.cpuPercent, 0) / Math.max(1, cpus);
  const memory = percent((rssKiB * 100) / Math.max(1, m.memory().totalKiB));
  return [
    'ZONEID    NPROC  SIZE   RSS MEMORY      TIME  CPU ZONE',
    `${String(zone.id).padStart(6)} ${String(procs.length).padStart(8)} ${prstatSize(rssKiB).padStart(5)} ${prstatSize(rssKiB).padStart(5)} ${memory.padStart(6)} ${cpuTime(procs.reduce((s, p) => s + p.cpuTimeNs, 0)).padStart(9)} ${percent(cpu)} ${zone.name}`,
  ];
}

/** The screen's lines: header, the busiest `maxRows` processes, with -Z (`zones`) the zone's summary, totals. */
export function prstatScreen(m: Machine, maxRows: number, zones = false): string[] {
  const procs = [...m.processes()].sort((a, b) => b.cpuPercent - a.cpuPercent || a.pid - b.pid);
  const cpus = m.cpu().count;
  return [
    PRSTAT_HEADER,
    ...procs.slice(0, Math.max(1, maxRows)).map((p) => prstatLine(p, cpus)),
    ...(zones ? zoneLines(m, procs, cpus) : []),
    `Total: ${procs.length} processes, ${procs.length} lwps, load averages: ${loadAverageText(m)}`,
  ];
}
