/**
 * The processes a guest runs: its OS's own (init, daemons, services) and the programs
 * behind each workload, named as on the real systems.
 */
import type { ProcessInfo } from './machine.ts';
import type { OsId } from './os-families.ts';

export interface BaseProcess {
  readonly user: string;
  readonly command: string;
  readonly memKiB: number;
}

export const BASE_PROCESSES: Readonly<Record<OsId, readonly BaseProcess[]>> = {
  linux: [
    { user: 'root', command: 'init [3]', memKiB: 680 },
    { user: 'root', command: '[kthreadd]', memKiB: 0 },
    { user: 'root', command: '[ksoftirqd/0]', memKiB: 0 },
    { user: 'root', command: '[kjournald]', memKiB: 0 },
    { user: 'root', command: '/sbin/udevd -d', memKiB: 1_240 },
    { user: 'root', command: 'syslogd -m 0', memKiB: 1_560 },
    { user: 'root', command: 'klogd -x', memKiB: 1_400 },
    { user: 'root', command: '/usr/sbin/sshd', memKiB: 3_900 },
    { user: 'root', command: 'crond', memKiB: 2_100 },
    { user: 'root', command: '-bash', memKiB: 2_800 },
  ],
  windows: [
    { user: 'SYSTEM', command: 'System Idle Process', memKiB: 16 },
    { user: 'SYSTEM', command: 'System', memKiB: 236 },
    { user: 'SYSTEM', command: 'smss.exe', memKiB: 420 },
    { user: 'SYSTEM', command: 'csrss.exe', memKiB: 3_600 },
    { user: 'SYSTEM', command: 'winlogon.exe', memKiB: 4_800 },
    { user: 'SYSTEM', command: 'services.exe', memKiB: 3_300 },
    { user: 'SYSTEM', command: 'lsass.exe', memKiB: 6_900 },
    { user: 'SYSTEM', command: 'svchost.exe', memKiB: 4_600 },
    { user: 'NETWORK SERVICE', command: 'svchost.exe', memKiB: 3_900 },
    { user: 'SYSTEM', command: 'spoolsv.exe', memKiB: 5_200 },
    { user: 'Administrator', command: 'explorer.exe', memKiB: 14_000 },
    { user: 'Administrator', command: 'cmd.exe', memKiB: 1_500 },
  ],
  solaris: [
    { user: 'root', command: 'sched', memKiB: 0 },
    { user: 'root', command: '/sbin/init', memKiB: 1_900 },
    { user: 'root', command: '/lib/svc/bin/svc.startd', memKiB: 9_400 },
    { user: 'root', command: '/lib/svc/bin/svc.configd', memKiB: 11_300 },
    { user: 'root', command: '/usr/sbin/nscd', memKiB: 4_200 },
    { user: 'root', command: '/usr/sbin/syslogd', memKiB: 4_000 },
    { user: 'root', command: '/usr/lib/ssh/sshd', memKiB: 3_800 },
    { user: 'root', command: '-sh', memKiB: 1_700 },
  ],
};

/**
 * How a guest runs, for what it runs beside its tasks: on a kernel of its own (a VM), as a
 * system container (Virtuozzo, OpenVZ: its own init and daemons on the host's kernel), as a
 * Solaris zone, or as an application container (Docker: its program alone).
 */
export type GuestKind = 'machine' | 'system-container' | 'zone' | 'app-container';

/** A guest's own base processes: a container has no kernel, so no kernel threads; an application container has none. */
export function ownBaseProcesses(os: OsId, kind: GuestKind): readonly BaseProcess[] {
  if (kind === 'app-container') return [];
  return kind === 'machine' ? BASE_PROCESSES[os] : BASE_PROCESSES[os].filter((p) => !p.command.startsWith('['));
}

/**
 * Base processes as ps lists them, from `firstPid` (Solaris numbers sched 0 and init 1;
 * Linux's init is 1): the first processes have no parent (0) and the others are init's. A
 * Solaris zone has no pid space of its own, so its processes keep the numbers the global
 * zone shows them under; its first is zsched, which stands in for the zone's parent (ps in
 * the zone prints zsched's own pid as its PPID) and inherits what init would.
 */
export function baseProcesses(list: readonly BaseProcess[], firstPid: number, startedNs: number, zone = false): ProcessInfo[] {
  return list.map((p, i) => {
    const pid = firstPid + i;
    return {
      pid,
      ppid: zone ? firstPid : pid <= 1 ? 0 : 1,
      user: p.user,
      state: 'S',
      cpuPercent: 0,
      cpuTimeNs: 0,
      memKiB: p.memKiB,
      command: zone && i === 0 ? 'zsched' : p.command,
      startedNs,
    };
  });
}

/** The pid of an OS's first base process (Solaris's sched is 0). */
export function firstBasePid(os: OsId): number {
  return os === 'solaris' ? 0 : 1;
}

/**
 * A process's pid as its OS shows it: Windows hands out pids in steps of four, its System Idle Process 0 and
 * System 4 (the machines number processes one by one, from 1); Linux and Solaris count by one.
 */
export function shownPid(os: OsId, pid: number): number {
  return os === 'windows' && pid > 0 ? (pid - 1) * 4 : pid;
}

/** The machine's number for the process shown as `shown`, or null for a pid that OS never hands out. */
export function internalPid(os: OsId, shown: number): number | null {
  if (os !== 'windows') return shown;
  return shown % 4 === 0 ? shown / 4 + 1 : null;
}

/** `p` with its pid and parent's as its OS shows them. */
export function asShown(os: OsId, p: ProcessInfo): ProcessInfo {
  return os === 'windows' ? { ...p, pid: shownPid(os, p.pid), ppid: shownPid(os, p.ppid) } : p;
}

/** Whether a base process ignores signals it has no handler for: init, as the kernel protects it, and Solaris's sched (a zone's zsched), the kernel's own. */
export function ignoresSignals(os: OsId, index: number): boolean {
  return index < (os === 'solaris' ? 2 : 1);
}

/** The program a process runs as: a threaded one is one process whatever its workers; an in-kernel one is the kernel's own. */
export interface TaskProgram {
  readonly user: string;
  readonly command: string;
  readonly threaded?: true;
  readonly inKernel?: true;
}

/**
 * The program a workload runs as on each OS (its worker processes carry this name). `threaded`:
 * its workers are threads of one process — SQL Server's workers ("SQL Server … uses … threads or
 * fibers", one sqlservr.exe per instance), IIS 6's requests on the worker threads of one w3wp.exe
 * per application pool (one pool, DefaultAppPool, by default), and SMB served in the kernel's
 * System process — where the Linux servers fork a process per worker (Apache's prefork,
 * PostgreSQL's backends, Samba's smbd).
 */
export function workloadProcess(workload: string, os: OsId): TaskProgram {
  const win = os === 'windows';
  switch (workload) {
    case 'web-server':
      return win ? { user: 'NETWORK SERVICE', command: 'w3wp.exe', threaded: true } : { user: 'apache', command: '/usr/sbin/httpd' };
    case 'oltp':
      return win ? { user: 'SYSTEM', command: 'sqlservr.exe', threaded: true } : { user: 'postgres', command: 'postgres: pgbench pgbench [local] UPDATE' };
    case 'kernel-build':
      return win ? { user: 'Administrator', command: 'cl.exe' } : { user: 'root', command: 'cc1 -quiet -nostdinc' };
    case 'file-server':
      // srv.sys serves SMB on the kernel's own threads: its work is the System process's (pid 4).
      return win ? { user: 'SYSTEM', command: 'System', threaded: true, inKernel: true } : { user: 'root', command: 'smbd -D' };
    case 'cpu-int':
      return win ? { user: 'Administrator', command: 'bzip2.exe' } : { user: 'root', command: 'bzip2 -9' };
    case 'stream':
      return { user: win ? 'Administrator' : 'root', command: win ? 'stream.exe' : './stream' };
    case 'net-rr':
      return { user: win ? 'Administrator' : 'root', command: win ? 'netserver.exe' : 'netserver' };
    default:
      return { user: win ? 'Administrator' : 'root', command: win ? `${workload}.exe` : workload };
  }
}

/**
 * The processes with a workload that runs in the kernel (`command`, e.g. Windows' System) shown
 * as that one kernel process, carrying the workload's CPU, CPU time and memory; else all of them.
 */
export function inKernelWork(base: readonly ProcessInfo[], tasks: readonly ProcessInfo[], command: string | null): ProcessInfo[] {
  const own = command === null ? undefined : base.find((p) => p.command === command);
  const work = own === undefined ? [] : tasks.filter((p) => p.command === command);
  if (own === undefined || work.length === 0) return [...base, ...tasks];
  const sum = (f: (p: ProcessInfo) => number): number => work.reduce((a, p) => a + f(p), f(own));
  const merged: ProcessInfo = { ...own, cpuPercent: sum((p) => p.cpuPercent), cpuTimeNs: sum((p) => p.cpuTimeNs), memKiB: sum((p) => p.memKiB), state: work.some((p) => p.state === 'R') ? 'R' : own.state };
  return [...base.map((p) => (p === own ? merged : p)), ...tasks.filter((p) => !work.includes(p))];
}

/** What a task runs as: a command typed in a console (`command`) as itself, the scenario's workload as its program. */
export function taskProgram(command: string | null, workload: string, os: OsId): TaskProgram {
  return command === null ? workloadProcess(workload, os) : { user: 'root', command };
}

/** The kernel process that runs a workload itself (Windows' System for its SMB server), or null. */
export function kernelWorkload(workload: string, os: OsId): string | null {
  const program = workloadProcess(workload, os);
  return program.inKernel ? program.command : null;
}

/** A threaded process's state from its threads': running while any runs, else waiting on a device while one does. */
export function busiestState(states: readonly ProcessInfo['state'][]): ProcessInfo['state'] {
  return states.includes('R') ? 'R' : states.includes('D') ? 'D' : 'S';
}
