/**
 * A fake Machine for the tests of the workload commands and top: a clock the test moves,
 * tasks that progress at a rate the test sets per workload (so a test knows exactly what
 * progress() says at any time), and settable CPU times, memory and processes. Not used by
 * the engine itself.
 */
import { TEST_EPOCH_UNIX_S } from '../test-machine.ts';
import { NO_COUNTS } from '../../os/kernel-counters.ts';
import type { CpuTimes, HostAddress, KernelCounters, Machine, MemoryInfo, ProcessInfo, TaskHandle, TaskProgress, TaskSpec } from '../../os/machine.ts';
import { MemoryFileSystem } from '../../os/memory-filesystem.ts';
import type { Command, CommandContext, CommandOutcome, RunningCommand } from '../command.ts';
import { NS_PER_S } from '../../sim/units.ts';

/** How a fake task of some workload behaves. */
export interface FakeRate {
  readonly txPerSecond: number;
  /** CPU charged per transaction, ns, by layer. */
  readonly cpuNsPerTx: Readonly<Record<string, number>>;
  readonly latencyMs?: { readonly p50: number | null; readonly p99: number | null };
}

const DEFAULT_RATE: FakeRate = { txPerSecond: 100, cpuNsPerTx: { 'guest-user': 8e6, 'guest-kernel': 2e6 } };

export class FakeTask implements TaskHandle {
  cancelledAtNs: number | null = null;

  constructor(
    private readonly machine: FakeTaskMachine,
    readonly spec: TaskSpec,
    readonly startNs: number,
    readonly rate: FakeRate,
  ) {}

  /** When the task reaches a limit by itself, or null if it has none. */
  private naturalEndNs(): number | null {
    const byTx = this.spec.maxTransactions !== undefined ? (this.spec.maxTransactions / this.rate.txPerSecond) * NS_PER_S : Infinity;
    const end = Math.min(byTx, this.spec.maxDurationNs ?? Infinity);
    return Number.isFinite(end) ? this.startNs + end : null;
  }

  progress(): TaskProgress {
    const natural = this.naturalEndNs();
    const ends = [this.machine.nowNs, natural ?? Infinity, this.cancelledAtNs ?? Infinity];
    const endNs = Math.min(...ends);
    const elapsedNs = Math.max(0, endNs - this.startNs);
    const tx = Math.min((this.rate.txPerSecond * elapsedNs) / NS_PER_S, this.spec.maxTransactions ?? Infinity);
    const cpuNsByLayer: Record<string, number> = {};
    for (const [layer, ns] of Object.entries(this.rate.cpuNsPerTx)) cpuNsByLayer[layer] = ns * tx;
    return {
      done: this.cancelledAtNs !== null || (natural !== null && this.machine.nowNs >= natural),
      transactions: tx,
      unit: 'tx/s',
      elapsedNs,
      cpuNsByLayer,
      latencyMs: this.rate.latencyMs ?? { p50: null, p99: null },
    };
  }

  cancel(): void {
    if (this.cancelledAtNs === null && !this.progress().done) this.cancelledAtNs = this.machine.nowNs;
  }
}

export class FakeTaskMachine implements Machine {
  nowNs = 0;
  readonly hostname = 'guest1';
  readonly family = 'linux' as const;
  readonly osName = 'Linux';
  readonly kernelRelease = '2.6.18-92.el5';
  readonly kernelVersion = '#1 SMP Tue Jun 10 18:51:06 EDT 2008';
  readonly distribution = 'CentOS release 5.2 (Final)';
  readonly arch = 'x86_64';
  readonly role = 'guest' as const;
  readonly fs = new MemoryFileSystem();
  /** The root file system's size, KiB, holding only what `fs` stores (null: no disk listed, nothing limits a write). */
  diskKiB: number | null = null;
  readonly tasks: FakeTask[] = [];
  readonly rates = new Map<string, FakeRate>();
  cpuCount = 2;
  bootedNs = 0;
  times: CpuTimes = { user: 0, system: 0, idle: 0, iowait: 0, steal: 0 };
  load: readonly [number, number, number] = [0, 0, 0];
  mem: MemoryInfo = {
    totalKiB: 1_048_576,
    freeKiB: 786_432,
    buffersKiB: 16_384,
    cachedKiB: 131_072,
    swapTotalKiB: 2_097_152,
    swapFreeKiB: 2_097_152,
  };
  procs: ProcessInfo[] = [{ pid: 1, ppid: 0, user: 'root', state: 'S', cpuPercent: 0, cpuTimeNs: 0, memKiB: 680, command: 'init [3]', startedNs: 0 }];
  private nextPid = 2000;

  constructor() {
    for (const dir of ['/root', '/tmp']) this.fs.mkdir(dir, 0);
  }

  now(): number {
    return this.nowNs;
  }
  readonly epochUnixS = TEST_EPOCH_UNIX_S;
  bootedAtNs(): number {
    return this.bootedNs;
  }
  cpu(): ReturnType<Machine['cpu']> {
    return { model: 'Intel(R) Xeon(R) CPU 5160 @ 3.00GHz', mhz: 3000, count: this.cpuCount, hypervisorVendor: null, virtualizationType: null, flags: [] };
  }
  virtualization(): string {
    return 'none';
  }
  memory(): MemoryInfo {
    return this.mem;
  }
  cpuTimes(): CpuTimes {
    return this.times;
  }
  kernelCounters(): KernelCounters {
    return NO_COUNTS;
  }
  processes(): readonly ProcessInfo[] {
    return this.procs;
  }
  loadAverage(): readonly [number, number, number] {
    return this.load;
  }
  disks(): ReturnType<Machine['disks']> {
    return this.diskKiB === null ? [] : [{ filesystem: '/dev/sda1', type: 'ext3', sizeKiB: this.diskKiB, usedKiB: Math.ceil(this.fs.usedBytes() / 1024), mount: '/' }];
  }
  interfaces(): ReturnType<Machine['interfaces']> {
    return [];
  }
  kernelLog(): readonly string[] {
    return [];
  }
  board(): { vendor: string; product: string } {
    return { vendor: 'Dell Inc.', product: 'PowerEdge 2950' };
  }
  pciDevices(): readonly string[] {
    return [];
  }
  kill(): string | null {
    return 'No such process';
  }
  /** Guests that answer a ping (and so can be a network benchmark's peer). */
  readonly reachable = new Set<string>();
  pingRttNs(target: string): number | null {
    return this.reachable.has(target) ? 100_000 : null;
  }
  lookupHost(name: string): HostAddress | null {
    return this.reachable.has(name) ? { address: '10.0.0.30', ttl: 64 } : null;
  }
  startTask(spec: TaskSpec): TaskHandle {
    const task = new FakeTask(this, spec, this.nowNs, this.rates.get(typeof spec.workload === 'string' ? spec.workload : spec.workload.kind) ?? DEFAULT_RATE);
    this.tasks.push(task);
    for (let i = 0; i < Math.max(1, spec.workers); i++) {
      this.procs.push({ pid: this.nextPid++, ppid: 1, user: 'root', state: 'R', cpuPercent: 100, cpuTimeNs: 0, memKiB: 1024, command: spec.command, startedNs: this.nowNs });
    }
    return task;
  }
}

/** A command context on `machine`. */
export function fakeContext(machine: Machine, rows = 24, columns = 80): CommandContext {
  return { machine, cwd: '/root', env: new Map(), history: [], commands: new Map(), columns, rows };
}

/** Runs a command and expects it to keep running; returns its RunningCommand. */
export function startRunning(command: Command, ctx: CommandContext, args: readonly string[]): RunningCommand {
  const outcome: CommandOutcome = command.run(ctx, args, null);
  if (outcome.kind !== 'running') throw new Error(`expected a running command, got: ${outcome.output}`);
  return outcome.run;
}

/**
 * Drives a running command the way the session does: moves the clock to each wake time
 * and collects the output, until it is done or `untilNs` passes.
 */
export function driveUntil(machine: FakeTaskMachine, run: RunningCommand, untilNs: number): { output: string; done: boolean; status: number } {
  let output = '';
  for (let guard = 0; guard < 100_000; guard++) {
    const wake = run.nextWakeNs();
    if (wake === null || wake > untilNs) break;
    machine.nowNs = Math.max(machine.nowNs, wake);
    const step = run.advance(machine.nowNs);
    output += step.output;
    if (step.done) return { output, done: true, status: step.status };
  }
  machine.nowNs = Math.max(machine.nowNs, untilNs);
  return { output, done: false, status: 0 };
}
