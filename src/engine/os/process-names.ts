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

/**
 * The program a workload runs as on each OS (its worker processes carry this name). `threaded`:
 * its workers are threads of one process — SQL Server's workers ("SQL Server … uses … threads or
 * fibers", one sqlservr.exe per instance), IIS 6's requests on the worker threads of one w3wp.exe
 * per application pool (one pool, DefaultAppPool, by default), and SMB served in the kernel's
 * System process — where the Linux servers fork a process per worker (Apache's prefork,
 * PostgreSQL's backends, Samba's smbd).
 */
export function workloadProcess(workload: string, os: OsId): { user: string; command: string; threaded?: true } {
  const win = os === 'windows';
  switch (workload) {
    case 'web-server':
      return win ? { user: 'NETWORK SERVICE', command: 'w3wp.exe', threaded: true } : { user: 'apache', command: '/usr/sbin/httpd' };
    case 'oltp':
      return win ? { user: 'SYSTEM', command: 'sqlservr.exe', threaded: true } : { user: 'postgres', command: 'postgres: pgbench pgbench [local] UPDATE' };
    case 'kernel-build':
      return win ? { user: 'Administrator', command: 'cl.exe' } : { user: 'root', command: 'cc1 -quiet -nostdinc' };
    case 'file-server':
      return win ? { user: 'SYSTEM', command: 'System', threaded: true } : { user: 'root', command: 'smbd -D' };
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
