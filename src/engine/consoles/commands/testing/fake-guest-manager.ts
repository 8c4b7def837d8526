/**
 * A guest manager and machines for console tests: guests are plain records that start,
 * stop and create change at once, so a test can check each command's effect and layout
 * without running a simulation.
 */
import { TEST_EPOCH_UNIX_S } from '../../../shell/test-machine.ts';
import type { Command, CommandContext, CommandDone, CommandOutcome, RunningCommand } from '../../../shell/command.ts';
import type { Machine, ProcessInfo } from '../../../os/machine.ts';
import { NO_COUNTS } from '../../../os/kernel-counters.ts';
import type { FileSystem } from '../../../os/filesystem.ts';
import type { PlatformKind } from '../../../scenario/schema.ts';
import type { GuestManager, ManagedGuest, NewGuest } from '../../guest-manager.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type FakeGuest = Mutable<ManagedGuest>;

export function guest(init: Partial<ManagedGuest> & { readonly name: string; readonly id: number }): FakeGuest {
  return {
    os: 'linux',
    state: 'running',
    vcpus: 1,
    memoryMiB: 1024,
    cpuNs: 0,
    cpuPercent: 0,
    hostMemoryMiB: 1100,
    workload: 'web-server',
    uptimeNs: 0,
    // Numbered as powered on in list order unless a test says otherwise.
    domainId: init.id,
    ...init,
  };
}

const NO_FS: FileSystem = {
  stat: () => null,
  list: () => ({ ok: false, error: 'No such file or directory' }),
  read: () => ({ ok: false, error: 'No such file or directory' }),
  write: () => ({ ok: false, error: 'Read-only file system' }),
  mkdir: () => ({ ok: false, error: 'Read-only file system' }),
  remove: () => ({ ok: false, error: 'Read-only file system' }),
  usedBytes: () => 0,
};

export interface FakeMachineInit {
  readonly hostname?: string;
  readonly nowNs?: () => number;
  readonly cpus?: number;
  readonly mhz?: number;
  readonly memoryMiB?: number;
  readonly busyNs?: () => number;
  /** Its own share of one CPU over the last second, % (a control domain's). */
  readonly busyPercentLastSecond?: () => number;
  readonly processes?: () => readonly ProcessInfo[];
  readonly ipv4?: string;
  readonly arch?: string;
}

export function fakeMachine(init: FakeMachineInit = {}): Machine {
  const now = init.nowNs ?? (() => 0);
  return {
    hostname: init.hostname ?? 'host',
    epochUnixS: TEST_EPOCH_UNIX_S,
    family: 'linux',
    osName: 'Linux',
    kernelRelease: '2.6.18-8.el5xen',
    kernelVersion: '#1 SMP Thu Mar 15 19:46:53 EDT 2007',
    distribution: 'CentOS release 5 (Final)',
    arch: init.arch ?? 'x86_64',
    role: 'manager',
    fs: NO_FS,
    now,
    bootedAtNs: () => 0,
    cpu: () => ({ model: 'Intel Xeon', mhz: init.mhz ?? 3000, count: init.cpus ?? 4, hypervisorVendor: null, virtualizationType: null, flags: [] }),
    virtualization: () => 'none',
    memory: () => {
      const total = (init.memoryMiB ?? 8192) * 1024;
      return { totalKiB: total, freeKiB: total / 2, buffersKiB: 0, cachedKiB: 0, swapTotalKiB: 0, swapFreeKiB: 0 };
    },
    cpuTimes: () => ({ user: init.busyNs?.() ?? 0, system: 0, idle: 0, iowait: 0, steal: 0 }),
    kernelCounters: () => NO_COUNTS,
    ...(init.busyPercentLastSecond ? { cpuPercentLastSecond: init.busyPercentLastSecond } : {}),
    processes: init.processes ?? (() => []),
    loadAverage: () => [0.5, 0.25, 0.1],
    disks: () => [],
    interfaces: () => [
      { name: 'lo', ipv4: '127.0.0.1', prefix: 8, mac: '00:00:00:00:00:00' },
      ...(init.ipv4 === undefined ? [] : [{ name: 'venet0', ipv4: init.ipv4, prefix: 32, mac: '00:00:00:00:00:00' }]),
    ],
    kernelLog: () => [],
    board: () => ({ vendor: 'Dell Inc.', product: 'PowerEdge 2950' }),
    pciDevices: () => [],
    kill: () => 'No such process',
    pingRttNs: () => null,
    lookupHost: () => null,
    startTask: () => {
      throw new Error('not in console tests');
    },
  };
}

export function proc(pid: number, init: Partial<ProcessInfo> = {}): ProcessInfo {
  return { pid, ppid: 1, user: 'root', state: 'S', cpuPercent: 0, cpuTimeNs: 0, memKiB: 1024, command: `proc${pid}`, startedNs: 0, ...init };
}

export class FakeGuestManager implements GuestManager {
  readonly guests: FakeGuest[];
  /** start, stop, pause, resume and create calls, in order: "start web1". */
  readonly calls: string[] = [];
  /** The specs create was given, in order. */
  readonly created: NewGuest[] = [];
  /** Whether create boots the new guest (the engine may do either). */
  createBoots = false;
  /** The processes each running guest's machine shows. */
  processesPerGuest = 3;

  constructor(
    readonly platform: PlatformKind,
    readonly product: string,
    guests: readonly FakeGuest[],
  ) {
    this.guests = guests.map((g) => ({ ...g }));
  }

  list(): readonly ManagedGuest[] {
    return this.guests.map((g) => ({ ...g }));
  }

  private find(name: string): FakeGuest | undefined {
    return this.guests.find((g) => g.name === name);
  }

  start(name: string): string | null {
    this.calls.push(`start ${name}`);
    const g = this.find(name);
    if (g === undefined) return `no guest ${name}`;
    if (g.state === 'refused') return g.reason ?? 'refused';
    if (g.state !== 'stopped') return `${name} is already running`;
    g.state = 'booting';
    return null;
  }

  stop(name: string): string | null {
    this.calls.push(`stop ${name}`);
    const g = this.find(name);
    if (g === undefined) return `no guest ${name}`;
    if (g.state !== 'running' && g.state !== 'booting') return `${name} is not running`;
    g.state = 'stopped';
    g.cpuPercent = 0;
    return null;
  }

  /** Pauses or resumes a running guest, as the engine does: again changes nothing. */
  pause(name: string): string | null {
    return this.setPaused(name, true);
  }

  resume(name: string): string | null {
    return this.setPaused(name, false);
  }

  private setPaused(name: string, paused: boolean): string | null {
    this.calls.push(`${paused ? 'pause' : 'resume'} ${name}`);
    const g = this.find(name);
    if (g === undefined) return `no guest ${name}`;
    if (g.state !== 'running' && g.state !== 'booting') return `${name} is not running`;
    g.paused = paused;
    return null;
  }

  create(spec: NewGuest): string | null {
    this.calls.push(`create ${spec.name} ${spec.os} ${spec.vcpus} ${spec.memoryMiB} ${spec.workload}`);
    this.created.push(spec);
    if (this.guests.some((g) => g.name.toLowerCase() === spec.name.toLowerCase())) return `${spec.name} exists`;
    if (this.platform === 'container' && spec.os === 'windows') {
      this.guests.push(guest({ ...spec, id: this.nextId(), state: 'refused', reason: 'A container shares the host kernel.' }));
      return null;
    }
    this.guests.push(guest({ ...spec, id: this.nextId(), state: this.createBoots && spec.powerOn !== false ? 'booting' : 'stopped', hostMemoryMiB: spec.memoryMiB }));
    return null;
  }

  machineOf(name: string): Machine | null {
    const g = this.find(name);
    if (g === undefined || (g.state !== 'running' && g.state !== 'booting')) return null;
    const n = this.processesPerGuest;
    return fakeMachine({ hostname: g.name, ipv4: `10.0.0.${100 + g.id}`, processes: () => Array.from({ length: n }, (_, i) => proc(i + 1, { container: g.name })) });
  }

  private nextId(): number {
    return Math.max(0, ...this.guests.map((g) => g.id)) + 1;
  }
}

export function fakeContext(machine: Machine = fakeMachine()): CommandContext {
  return { machine, cwd: '/', env: new Map([['HOME', '/root']]), history: [], commands: new Map(), columns: 80, rows: 24 };
}

/** Runs a command that must finish at once. */
export function runDone(command: Command | undefined, args: readonly string[], ctx: CommandContext = fakeContext()): CommandDone {
  if (command === undefined) throw new Error('no such command');
  const r: CommandOutcome = command.run(ctx, args, null);
  if (r.kind !== 'done') throw new Error(`${command.name} ${args.join(' ')} kept running`);
  return r;
}

/** Runs a command that must keep running. */
export function runLive(command: Command | undefined, args: readonly string[], ctx: CommandContext = fakeContext()): RunningCommand {
  if (command === undefined) throw new Error('no such command');
  const r = command.run(ctx, args, null);
  if (r.kind !== 'running') throw new Error(`${command.name} ${args.join(' ')} finished at once: ${r.output}`);
  return r.run;
}

export function byName(commands: readonly Command[], name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
