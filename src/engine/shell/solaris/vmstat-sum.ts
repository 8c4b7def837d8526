/**
 * Solaris 10's `vmstat -s`: the kernel's event counters since boot, one a line as
 * vmstat.c's dosum prints them (illumos-gate usr/src/cmd/stat/vmstat/vmstat.c, sum_out's
 * "%9llu %s"), from the counters the other reports read. What the model does not count
 * prints 0: whole-LWP swapping, reclaims, HAT faults (its faults are the address space's),
 * copy-on-write and zero-fill faults, vforks, clock hand revolutions and the DNLC. A page read
 * back from swap is a major fault; the page scanner examines what it frees (as vmstat's sr);
 * every process but sched was forked and exec'd. CPU ticks are at HZ 100; Solaris 10 keeps
 * no I/O wait (cpu_ticks_wait is 0), its idle holds it, and a VM's stolen time is system time
 * as in vmstat's sy.
 */
import type { Machine } from '../../os/machine.ts';
import { NS_PER_S, PAGE_BYTES } from '../../sim/units.ts';

/** Solaris 10's clock rate (HZ), in which the cpu_ticks_* kstats count. */
const TICKS_PER_S = 100;

export function vmstatSumLines(m: Machine): string[] {
  const c = m.kernelCounters();
  const cpu = m.cpuTimes();
  const pages = (kib: number): number => kib / (PAGE_BYTES / 1024);
  const ticks = (ns: number): number => (ns / NS_PER_S) * TICKS_PER_S;
  const forked = Math.max(0, m.processes().length - 1);
  const rows: readonly (readonly [number, string])[] = [
    [0, 'swap ins'],
    [0, 'swap outs'],
    [pages(c.swappedInKiB), 'pages swapped in'],
    [pages(c.swappedOutKiB), 'pages swapped out'],
    [c.pageFaults, 'total address trans. faults taken'],
    [c.readOps, 'page ins'],
    [c.diskOps - c.readOps, 'page outs'],
    [pages(c.readKiB + c.swappedInKiB), 'pages paged in'],
    [pages(c.writtenKiB + c.swappedOutKiB), 'pages paged out'],
    [0, 'total reclaims'],
    [0, 'reclaims from free list'],
    [0, 'micro (hat) faults'],
    [c.pageFaults, 'minor (as) faults'],
    [pages(c.swappedInKiB), 'major faults'],
    [0, 'copy-on-write faults'],
    [0, 'zero fill page faults'],
    [pages(c.swappedOutKiB), 'pages examined by the clock daemon'],
    [0, 'revolutions of the clock hand'],
    [pages(c.swappedOutKiB), 'pages freed by the clock daemon'],
    [forked, 'forks'],
    [0, 'vforks'],
    [forked, 'execs'],
    [c.contextSwitches, 'cpu context switches'],
    [c.interrupts, 'device interrupts'],
    [c.pageFaults, 'traps'],
    [c.syscalls, 'system calls'],
  ];
  const lines = rows.map(([n, label]) => `${String(Math.max(0, Math.floor(n))).padStart(9)} ${label}`);
  lines.push(`${'0'.padStart(9)} total name lookups (cache hits 0%)`);
  const cpuRows: readonly (readonly [number, string])[] = [
    [cpu.user, 'user   cpu'],
    [cpu.system + cpu.steal, 'system cpu'],
    [cpu.idle + cpu.iowait, 'idle   cpu'],
    [0, 'wait   cpu'],
  ];
  return [...lines, ...cpuRows.map(([ns, label]) => `${String(Math.floor(ticks(ns))).padStart(9)} ${label}`)];
}
