/**
 * One screen of procps top 3.2.7 (the version of CentOS 5 and its peers): the summary
 * area (uptime and load, task counts, CPU states, memory, swap) and the task table. Pure:
 * a sample of the machine's figures in, lines of text out.
 *
 * The CPU states are shares of the CPU time that passed between two samples (the delta
 * of the cumulative counters, as top computes them); ni, hi and si are not modelled and
 * show 0.0. The task table's RES and %MEM come from each process's resident memory;
 * VIRT and SHR are not modelled and show `-`. PR/NI are those of an un-niced task.
 */
import type { CpuTimes, MemoryInfo, ProcessInfo } from '../../os/machine.ts';
import { NS_PER_S } from '../../sim/units.ts';

/** What one refresh shows. */
export interface TopSample {
  /** Virtual time since the scenario started, ns (the clock top shows). */
  readonly nowNs: number;
  readonly uptimeNs: number;
  readonly load: readonly [number, number, number];
  /** CPU time that passed since the previous sample (since boot for the first), ns. */
  readonly cpuDelta: CpuTimes;
  readonly memory: MemoryInfo;
  /** Every task of the machine (the Tasks: line counts these). */
  readonly allProcesses: readonly ProcessInfo[];
  /** The tasks the table lists (all, or those `-u`/`-p`/`-i` select). */
  readonly processes: readonly ProcessInfo[];
}

export interface TopView {
  /** Most task rows to show, or null for all (batch mode). */
  readonly maxRows: number | null;
  readonly columns: number;
  /** Show each task's whole command line (`-c`) rather than its program name. */
  readonly fullCommand: boolean;
}

/** The task table's heading, procps 3.2.7's default fields. */
export const TASK_HEADER = '  PID USER      PR  NI  VIRT  RES  SHR S %CPU %MEM    TIME+  COMMAND';
/** Lines above the task table: five summary lines, the message line, the heading. */
export const SUMMARY_LINES = 7;
/** Dynamic priority and nice value of an ordinary task under CFS. */
const PRIORITY = '20';
const NICE = 0;

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** `12:04:05`: the time of day, counted from the scenario's start at 00:00:00. */
export function clockText(ns: number): string {
  const s = Math.floor(Math.max(0, ns) / NS_PER_S);
  return `${two(Math.floor(s / 3600) % 24)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** `up 5 min`, `up  2:01`, `up 3 days,  2:01` as procps's sprint_uptime writes them. */
export function uptimeText(ns: number): string {
  const totalMin = Math.floor(Math.max(0, ns) / NS_PER_S / 60);
  const days = Math.floor(totalMin / 1440);
  const hours = Math.floor(totalMin / 60) % 24;
  const mins = totalMin % 60;
  const dayPart = days > 0 ? `${days} day${days === 1 ? '' : 's'}, ` : '';
  return `up ${dayPart}${hours > 0 ? `${String(hours).padStart(2)}:${two(mins)}` : `${mins} min`}`;
}

function cpuLine(d: CpuTimes): string {
  const total = d.user + d.system + d.idle + d.iowait + d.steal;
  const pct = (x: number): string => (total > 0 ? Math.min(100, Math.max(0, (x / total) * 100)) : 0).toFixed(1).padStart(5);
  // procps 3.2.7 puts no space after the commas: the 5-wide fields supply it (`,100.0%id` when idle).
  return `Cpu(s):${pct(d.user)}%us,${pct(d.system)}%sy,${pct(0)}%ni,${pct(d.idle)}%id,${pct(d.iowait)}%wa,${pct(0)}%hi,${pct(0)}%si,${pct(d.steal)}%st`;
}

function kib(n: number): string {
  return `${String(Math.max(0, Math.round(n))).padStart(8)}k`;
}

/** A KiB figure in `width` columns, scaled to m or g when it does not fit (procps's scale_num). */
export function scaleKiB(n: number, width: number): string {
  const plain = String(Math.round(n));
  if (plain.length <= width) return plain.padStart(width);
  let v = n;
  for (const suffix of ['m', 'g', 't']) {
    v /= 1024;
    const one = `${v.toFixed(1)}${suffix}`;
    if (one.length <= width) return one.padStart(width);
    const whole = `${Math.round(v)}${suffix}`;
    if (whole.length <= width) return whole.padStart(width);
  }
  return '?'.padStart(width);
}

/** `12:34.56`: minutes, seconds and hundredths of CPU time (top's TIME+). */
export function cpuTimeText(ns: number): string {
  const cs = Math.floor(Math.max(0, ns) / 1e7);
  return `${Math.floor(cs / 6000)}:${two(Math.floor(cs / 100) % 60)}.${two(cs % 100)}`;
}

function programName(command: string): string {
  // Kernel threads ([ksoftirqd/0]) are shown whole, as procps does.
  if (command.startsWith('[')) return command;
  const first = command.split(' ')[0] ?? command;
  return first.slice(first.lastIndexOf('/') + 1) || command;
}

function taskRow(p: ProcessInfo, totalKiB: number, fullCommand: boolean): string {
  const mem = totalKiB > 0 ? (p.memKiB / totalKiB) * 100 : 0;
  return [
    String(p.pid).padStart(5),
    p.user.slice(0, 8).padEnd(8),
    PRIORITY.padStart(3),
    String(NICE).padStart(3),
    '-'.padStart(5),
    scaleKiB(p.memKiB, 4),
    '-'.padStart(4),
    p.state,
    p.cpuPercent.toFixed(1).padStart(4),
    mem.toFixed(1).padStart(4),
    cpuTimeText(p.cpuTimeNs).padStart(9),
    fullCommand ? p.command : programName(p.command),
  ].join(' ');
}

/** Tasks by %CPU, busiest first; equal ones by pid. */
export function sortTasks(processes: readonly ProcessInfo[]): ProcessInfo[] {
  return [...processes].sort((a, b) => b.cpuPercent - a.cpuPercent || a.pid - b.pid);
}

/** The frame's lines, each cut to the terminal's width. */
export function renderFrame(s: TopSample, view: TopView): string[] {
  const count = (states: string): number => s.allProcesses.filter((p) => states.includes(p.state)).length;
  const m = s.memory;
  const [l1, l5, l15] = s.load;
  const lines = [
    `top - ${clockText(s.nowNs)} ${uptimeText(s.uptimeNs)},  1 user,  load average: ${l1.toFixed(2)}, ${l5.toFixed(2)}, ${l15.toFixed(2)}`,
    `Tasks: ${String(s.allProcesses.length).padStart(3)} total, ${String(count('R')).padStart(3)} running, ${String(count('SD')).padStart(3)} sleeping, ${'0'.padStart(3)} stopped, ${String(count('Z')).padStart(3)} zombie`,
    cpuLine(s.cpuDelta),
    // procps 3.2's top counts buffers and page cache as used, as free's Mem line does.
    `Mem:  ${kib(m.totalKiB)} total, ${kib(m.totalKiB - m.freeKiB)} used, ${kib(m.freeKiB)} free, ${kib(m.buffersKiB)} buffers`,
    `Swap: ${kib(m.swapTotalKiB)} total, ${kib(m.swapTotalKiB - m.swapFreeKiB)} used, ${kib(m.swapFreeKiB)} free, ${kib(m.cachedKiB)} cached`,
    '',
    TASK_HEADER,
  ];
  const tasks = sortTasks(s.processes);
  const shown = view.maxRows === null ? tasks : tasks.slice(0, Math.max(0, view.maxRows));
  for (const p of shown) lines.push(taskRow(p, m.totalKiB, view.fullCommand));
  const width = Math.max(1, view.columns);
  return lines.map((l) => (l.length > width ? l.slice(0, width) : l));
}
