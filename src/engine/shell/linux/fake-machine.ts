/**
 * A Machine with settable state, for the command tests of the Linux, Windows and Solaris
 * shells: every figure a command prints must come from here, so a test changes a field
 * and looks for it in the output. Not used by the engine itself.
 */
import { TEST_EPOCH_UNIX_S } from '../test-machine.ts';
import type {
  CpuInfo,
  CpuTimes,
  KernelCounters,
  DiskInfo,
  Machine,
  MemoryInfo,
  NetInterface,
  ProcessInfo,
  TaskHandle,
  TaskSpec,
} from '../../os/machine.ts';
import { NO_COUNTS } from '../../os/kernel-counters.ts';
import type { OsId } from '../../os/os-families.ts';
import type { MemoryFileSystem } from '../../os/memory-filesystem.ts';
import { osImage } from '../../os/os-images.ts';
import { isIpv4 } from './ipv4.ts';
import type { Command, CommandContext, CommandDone, RunningCommand } from '../command.ts';

export interface FakeMachine extends Machine {
  hostname: string;
  family: OsId;
  osName: string;
  kernelRelease: string;
  kernelVersion: string;
  distribution: string;
  arch: string;
  role: 'guest' | 'manager';
  fs: MemoryFileSystem;
  nowNs: number;
  bootNs: number;
  cpuInfo: CpuInfo;
  virt: string;
  dmi: { vendor: string; product: string };
  mem: MemoryInfo;
  times: CpuTimes;
  counters: KernelCounters;
  procs: ProcessInfo[];
  load: [number, number, number];
  disk: DiskInfo[];
  nics: NetInterface[];
  log: string[];
  /** Round-trip times by target; a missing target is unreachable. */
  rtt: Map<string, number>;
  /** Signals sent, in order. */
  killed: { pid: number; signal: number }[];
}

const S = 1e9;

export function fakeMachine(family: OsId = 'linux'): FakeMachine {
  const defaults = {
    linux: { osName: 'Linux', release: '2.6.18-92.el5', version: '#1 SMP Tue Jun 10 18:51:06 EDT 2008', dist: 'CentOS release 5.2 (Final)', arch: 'x86_64' },
    windows: { osName: 'Microsoft Windows [Version 5.2.3790]', release: '5.2.3790', version: 'Service Pack 2', dist: 'Windows Server 2003, Standard Edition', arch: 'x86' },
    solaris: { osName: 'SunOS', release: '5.10', version: 'Generic_127112-11', dist: 'Solaris 10 8/07 s10x_u4wos_12b X86', arch: 'i86pc' },
  }[family];
  const m: FakeMachine = {
    hostname: 'web1',
    family,
    osName: defaults.osName,
    kernelRelease: defaults.release,
    kernelVersion: defaults.version,
    distribution: defaults.dist,
    arch: defaults.arch,
    role: 'guest',
    fs: osImage(family, { hostname: 'web1', distribution: defaults.dist }),
    nowNs: 3 * 3600 * S + 25 * 60 * S + 7 * S,
    bootNs: 3600 * S,
    cpuInfo: {
      model: 'Intel(R) Xeon(R) CPU           E5345  @ 2.33GHz',
      mhz: 2333.412,
      count: 2,
      hypervisorVendor: 'VMware',
      virtualizationType: 'full',
      flags: ['fpu', 'vme', 'de', 'pse', 'tsc', 'msr', 'pae', 'sse2'],
    },
    virt: 'vmware',
    dmi: { vendor: 'VMware, Inc.', product: 'VMware Virtual Platform' },
    mem: { totalKiB: 2_074_084, freeKiB: 84_472, buffersKiB: 134_776, cachedKiB: 1_534_220, swapTotalKiB: 4_194_296, swapFreeKiB: 4_194_212 },
    times: { user: 100 * S, system: 50 * S, idle: 7000 * S, iowait: 3 * S, steal: 0 },
    counters: NO_COUNTS,
    procs: [
      { pid: 1, ppid: 0, user: 'root', state: 'S', cpuPercent: 0, cpuTimeNs: 1.2 * S, memKiB: 620, command: 'init [3]', startedNs: 3600 * S },
      { pid: 2, ppid: 1, user: 'root', state: 'S', cpuPercent: 0, cpuTimeNs: 0, memKiB: 0, command: '[migration/0]', startedNs: 3600 * S },
      { pid: 2345, ppid: 1, user: 'root', state: 'S', cpuPercent: 0.1, cpuTimeNs: 0.2 * S, memKiB: 1_232, command: '/usr/sbin/sshd', startedNs: 3601 * S },
      { pid: 3001, ppid: 2345, user: 'root', state: 'S', cpuPercent: 0, cpuTimeNs: 0.05 * S, memKiB: 1_480, command: '-bash', startedNs: 7200 * S },
      { pid: 3050, ppid: 3001, user: 'root', state: 'R', cpuPercent: 97.5, cpuTimeNs: 125 * S, memKiB: 54_321, command: 'make -j2 bzImage', startedNs: 9000 * S },
    ],
    load: [1.5, 0.75, 0.25],
    disk: [
      { filesystem: '/dev/mapper/VolGroup00-LogVol00', type: 'ext3', sizeKiB: 37_997_096, usedKiB: 3_205_600, mount: '/' },
      { filesystem: '/dev/sda1', type: 'ext3', sizeKiB: 101_086, usedKiB: 12_160, mount: '/boot' },
    ],
    nics: [
      { name: 'lo', ipv4: '127.0.0.1', prefix: 8, mac: '00:00:00:00:00:00' },
      { name: 'eth0', ipv4: '10.0.0.5', prefix: 24, mac: '00:0c:29:4a:1b:2c' },
    ],
    log: ['Linux version 2.6.18-92.el5', 'Hypervisor: VMware'],
    rtt: new Map([['db1', 250_000], ['10.0.0.9', 1_500_000]]),
    killed: [],
    now: () => m.nowNs,
    epochUnixS: TEST_EPOCH_UNIX_S,
    bootedAtNs: () => m.bootNs,
    cpu: () => m.cpuInfo,
    virtualization: () => m.virt,
    memory: () => m.mem,
    cpuTimes: () => m.times,
    kernelCounters: () => m.counters,
    processes: () => m.procs,
    loadAverage: () => m.load,
    disks: () => m.disk,
    interfaces: () => m.nics,
    board: () => m.dmi,
    pciDevices: () => [],
    kernelLog: () => m.log,
    kill(pid: number, signal: number): string | null {
      if (!m.procs.some((p) => p.pid === pid)) return 'No such process';
      m.killed.push({ pid, signal });
      return null;
    },
    pingRttNs: (target: string) => m.rtt.get(target) ?? null,
    // Each machine that answers a ping is on 10.0.0.x, in the order the test listed them; Linux's TTL.
    lookupHost: (name: string) => {
      const i = [...m.rtt.keys()].indexOf(name);
      return i < 0 ? null : { address: isIpv4(name) ? name : `10.0.0.${i + 10}`, ttl: 64 };
    },
    startTask(_spec: TaskSpec): TaskHandle {
      throw new Error('not used by these tests');
    },
  };
  return m;
}

/** A command context on `machine` with the given commands. */
export function fakeContext(machine: Machine, commands: readonly Command[] = [], cwd = '/root'): CommandContext {
  return {
    machine,
    cwd,
    env: new Map([['HOME', cwd]]),
    history: [],
    commands: new Map(commands.map((c) => [c.name, c])),
    columns: 80,
    rows: 24,
  };
}

/** Runs the named command from `commands` and returns its finished outcome. */
export function runDone(ctx: CommandContext, commands: readonly Command[], line: string, stdin: string | null = null): CommandDone {
  const outcome = start(commands, ctx, line, stdin);
  if (outcome.kind !== 'done') throw new Error(`${line}: still running`);
  return outcome;
}

/** Runs the named command from `commands` and returns it while it runs. */
export function runRunning(ctx: CommandContext, commands: readonly Command[], line: string): RunningCommand {
  const outcome = start(commands, ctx, line, null);
  if (outcome.kind !== 'running') throw new Error(`${line}: finished at once: ${outcome.output}`);
  return outcome.run;
}

function start(commands: readonly Command[], ctx: CommandContext, line: string, stdin: string | null) {
  const [name, ...args] = line.split(' ').filter((w) => w !== '');
  const command = commands.find((c) => c.name === name);
  if (command === undefined) throw new Error(`no command ${name ?? ''}`);
  return command.run(ctx, args, stdin);
}

/** Drives a running command to completion (or `limitNs` of virtual time) and returns all it printed. */
export function drive(machine: FakeMachine, run: RunningCommand, limitNs = 600 * S): { output: string; status: number; done: boolean } {
  let output = '';
  const end = machine.nowNs + limitNs;
  for (;;) {
    const wake = run.nextWakeNs();
    if (wake === null || wake > end) return { output, status: 0, done: false };
    machine.nowNs = Math.max(machine.nowNs, wake);
    const step = run.advance(machine.nowNs);
    output += step.output;
    if (step.done) return { output, status: step.status, done: true };
  }
}
