/**
 * stress-ng (Colin King's stress tester): starts N workers per stressor for a time and
 * reports "bogo ops" per stressor in its `--metrics-brief` layout. Here each stressor is an
 * engine task: `--cpu` runs the integer-compute workload ('cpu-int'), `--io` the file-server
 * operation mix ('file-server', standing in for stress-ng's sync() loop), `--vm` memory
 * streaming ('stream'). A bogo op is one of the workload's transactions (catalog.ts says
 * what one is). With `--vm-bytes` the vm workers also allocate and touch that much memory
 * between them (stress-ng divides it among its instances), so the guest's memory limits and
 * OOM killers act on them (run/core/touching-workers.ts); a worker an OOM killer kills is
 * started again, as stress-ng does, and its death is printed (stress-ng prints it at debug
 * level: shown here always, so a student sees it). usr/sys times are what the guest can
 * account (task-watch.ts); real time is the task's elapsed virtual time. Metrics are always printed (as with --metrics-brief);
 * the default timeout is 60 s so scripts end.
 */
import type { Machine } from '../../os/machine.ts';
import type { Command, CommandContext, CommandOutcome, RunningCommand } from '../command.ts';
import { done } from '../command.ts';
import { MAX_SECONDS, MAX_THREADS, parseCount, parseDurationNs, splitLongOption } from './option-values.ts';
import { guestCpuNs, nextLookNs, notStarted, perSecond, seconds, startWatched, wholeTransactions, type WatchedTask } from './task-watch.ts';
import { MIB, NS_PER_S } from '../../sim/units.ts';

type Stressor = 'cpu' | 'io' | 'vm';

/** Stressors in stress-ng's own table order, with the workload each runs. */
const STRESSORS: readonly { readonly name: Stressor; readonly workload: string }[] = [
  { name: 'cpu', workload: 'cpu-int' },
  { name: 'io', workload: 'file-server' },
  { name: 'vm', workload: 'stream' },
];

const OPTION_STRESSOR: Readonly<Record<string, Stressor>> = { '--cpu': 'cpu', '-c': 'cpu', '--io': 'io', '-i': 'io', '--vm': 'vm', '-m': 'vm' };
/** Options accepted with a value and ignored (they tune details the model does not have). */
const IGNORED_VALUED = new Set(['--cpu-method', '--cpu-load', '--vm-method', '--io-ops', '--cpu-ops', '--vm-ops']);
const IGNORED_FLAGS = new Set(['--metrics-brief', '--metrics', '--times', '-v', '--verbose', '--vm-keep', '--vm-populate']);

/** stress-ng's own default is a day; scripts here must end, so a minute. */
const DEFAULT_TIMEOUT_NS = 60 * NS_PER_S;
/** How often the command looks at its tasks while they run. */
const LOOK_INTERVAL_NS = NS_PER_S;

const USAGE = [
  'Usage: stress-ng [OPTION [ARG]]',
  ' -c N, --cpu N       start N workers spinning on integer compute (0 = one per CPU)',
  ' -i N, --io N        start N workers doing small file operations and sync',
  ' -m N, --vm N        start N workers streaming through memory',
  '       --vm-bytes N  the vm workers allocate and touch N bytes between them (k, m, g suffixes, or % of memory)',
  ' -t N, --timeout T   stop after T (seconds; s, m, h suffixes; default 60s here)',
  '       --metrics-brief  show metrics at the end of the run (always shown here)',
  '',
].join('\n');

interface StressOptions {
  readonly workers: ReadonlyMap<Stressor, number>;
  readonly timeoutNs: number;
  /** What the vm workers allocate between them (--vm-bytes), bytes; null: they allocate nothing beyond their workload. */
  readonly vmBytes: number | null;
}

/** stress-ng's byte suffixes (case-insensitive, powers of 1024). */
const BYTE_SUFFIXES: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
/** stress-ng's smallest vm buffer (MIN_VM_BYTES: a page) and the largest taken here (a TiB: far beyond any machine modelled). */
const MIN_VM_BYTES = 4096;
const MAX_VM_BYTES = 1024 ** 4;

/** A size as stress-ng reads --vm-bytes: `512M`, `2g`, `1048576`, or `80%` of the machine's memory; null if malformed. */
export function parseVmBytes(text: string, memoryBytes: number): number | null {
  const percent = /^(\d{1,3}(?:\.\d{1,6})?)%$/.exec(text);
  const bytes = percent ? (memoryBytes * Number(percent[1])) / 100 : sizedBytes(text);
  return bytes === null || !(bytes > 0) ? null : Math.min(Math.max(bytes, MIN_VM_BYTES), MAX_VM_BYTES);
}

function sizedBytes(text: string): number | null {
  const m = /^(\d{1,13})([a-zA-Z]?)$/.exec(text);
  const unit = m ? BYTE_SUFFIXES[(m[2] ?? '').toLowerCase()] : undefined;
  return m && unit !== undefined ? Number(m[1]) * unit : null;
}

/** Parses stress-ng's options; a string is the error to print. */
export function parseStressOptions(args: readonly string[], cpus: number, memoryBytes: number): StressOptions | string {
  const workers = new Map<Stressor, number>();
  let timeoutNs = DEFAULT_TIMEOUT_NS;
  let vmBytes: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const { name, value: inline } = splitLongOption(args[i] ?? '');
    const takeValue = (): string | null => inline ?? (i + 1 < args.length ? (args[++i] ?? null) : null);
    const stressor = OPTION_STRESSOR[name];
    if (stressor) {
      const n = parseCount(takeValue() ?? '', MAX_THREADS);
      if (n === null) return `stress-ng: invalid number of ${stressor} workers\n`;
      workers.set(stressor, n === 0 ? Math.min(cpus, MAX_THREADS) : n);
    } else if (name === '--timeout' || name === '-t') {
      const t = parseDurationNs(takeValue() ?? '');
      if (t === null || t <= 0) return 'stress-ng: invalid timeout value\n';
      timeoutNs = t;
    } else if (name === '--vm-bytes') {
      const value = takeValue();
      if (value === null) return `stress-ng: option '${name}' requires an argument\n${USAGE}`;
      vmBytes = parseVmBytes(value, memoryBytes);
      if (vmBytes === null) return `stress-ng: invalid value '${value}' for --vm-bytes\n`;
    } else if (IGNORED_VALUED.has(name)) {
      if (takeValue() === null) return `stress-ng: option '${name}' requires an argument\n${USAGE}`;
    } else if (!IGNORED_FLAGS.has(name)) {
      return `stress-ng: unrecognized option '${args[i] ?? ''}'\n${USAGE}`;
    }
  }
  return { workers, timeoutNs, vmBytes };
}

function fixed(x: number, width: number, digits = 2): string {
  return x.toFixed(digits).padStart(width);
}

/** The whole seconds of a timeout as stress-ng names it ("a 60 second run"). */
function timeoutText(ns: number): string {
  const s = seconds(ns);
  return Number.isInteger(s) ? String(s) : s.toFixed(2);
}

interface Running {
  readonly stressor: Stressor;
  readonly task: WatchedTask;
}

class StressNgRun implements RunningCommand {
  private pending: string;
  private last: number;
  private finished = false;
  /** OOM kills of workers and workers that gave up for want of memory already printed, per run. */
  private readonly killsShown: number[];
  private readonly gaveUpShown: number[];

  constructor(
    private readonly runs: readonly Running[],
    private readonly machine: Machine,
    private readonly pid: number,
    startNs: number,
    private readonly deadlineNs: number,
    timeoutNs: number,
  ) {
    this.last = startNs;
    this.killsShown = runs.map(() => 0);
    this.gaveUpShown = runs.map(() => 0);
    const hogs = runs.map((r) => `${r.task.spec.workers} ${r.stressor}`).join(', ');
    this.pending = this.info(`setting to a ${timeoutText(timeoutNs)} second run per stressor`) + this.info(`dispatching hogs: ${hogs}`);
  }

  advance(nowNs: number): { output: string; done: boolean; status: number } {
    if (this.finished) return { output: '', done: true, status: 0 };
    this.last = Math.max(this.last, nowNs);
    let output = this.pending + this.oomKills();
    this.pending = '';
    // stress-ng's timeout is an alarm: it stops the workers mid-operation, however long one takes (a paged-out worker's pass).
    if (this.last >= this.deadlineNs) for (const r of this.runs) r.task.handle.cancel();
    if (this.runs.every((r) => r.task.handle.progress().done)) {
      this.finished = true;
      output += this.report();
    }
    return { output, done: this.finished, status: 0 };
  }

  nextWakeNs(): number | null {
    if (this.finished) return null;
    return this.pending ? this.last : nextLookNs(this.last, LOOK_INTERVAL_NS, this.deadlineNs);
  }

  interrupt(): string {
    if (this.finished) return '';
    this.finished = true;
    for (const r of this.runs) r.task.handle.cancel();
    // stress-ng catches SIGINT, stops its workers and still reports.
    return '^C' + this.pending + this.oomKills() + this.report();
  }

  /** What stress-ng says (at debug level) when a worker it waits for dies of SIGKILL: it assumes the OOM killer and restarts it. */
  private oomKills(): string {
    let out = '';
    this.runs.forEach((r, i) => {
      const killed = r.task.handle.progress().oomKilled ?? [];
      for (const instance of killed.slice(this.killsShown[i])) {
        const debug = `stress-ng: debug: [${r.task.pid + instance}] stress-ng-${r.stressor}:`;
        out += `${debug} child died: signal 9 'SIGKILL' (instance ${instance})\n`;
        out += `${debug} assuming killed by OOM killer, restarting again (instance ${instance})\n`;
      }
      this.killsShown[i] = killed.length;
      const gaveUp = r.task.handle.progress().noMemory ?? [];
      for (const instance of gaveUp.slice(this.gaveUpShown[i])) out += `stress-ng: error: [${r.task.pid + instance}] stress-ng-${r.stressor}: gave up trying to mmap, no available memory\n`;
      this.gaveUpShown[i] = gaveUp.length;
    });
    return out;
  }

  private info(text: string): string {
    return `stress-ng: info:  [${this.pid}] ${text}\n`;
  }

  private report(): string {
    const progress = this.runs.map((r) => r.task.handle.progress());
    const elapsed = Math.max(0, ...progress.map((p) => p.elapsedNs));
    let out = this.info(`successful run completed in ${seconds(elapsed).toFixed(2)}s`);
    out += this.info(`${'stressor'.padEnd(13)} ${'bogo ops'.padStart(9)} ${'real time'.padStart(9)} ${'usr time'.padStart(9)} ${'sys time'.padStart(9)} ${'bogo ops/s'.padStart(12)} ${'bogo ops/s'.padStart(12)}`);
    out += this.info(`${''.padEnd(13)} ${''.padStart(9)} ${'(secs) '.padStart(9)} ${'(secs) '.padStart(9)} ${'(secs) '.padStart(9)} ${'(real time)'.padStart(12)} (usr+sys time)`);
    this.runs.forEach((r, i) => {
      const p = progress[i];
      if (!p) return;
      const ops = wholeTransactions(p);
      const cpu = guestCpuNs(p);
      const cpuNs = cpu.userNs + cpu.systemNs;
      out += this.info(
        `${r.stressor.padEnd(13)} ${String(ops).padStart(9)} ${fixed(seconds(p.elapsedNs), 9)} ${fixed(seconds(cpu.userNs), 9)} ${fixed(seconds(cpu.systemNs), 9)} ${fixed(perSecond(ops, p.elapsedNs), 12)} ${fixed(perSecond(ops, cpuNs), 14)}`,
      );
    });
    return out;
  }
}

export const STRESS_NG_COMMAND: Command = {
  name: 'stress-ng',
  summary: 'load the machine with CPU, I/O and memory workers and report bogo ops',
  run(ctx: CommandContext, args: readonly string[]): CommandOutcome {
    if (args.length === 0) return done(USAGE, 1);
    if (args.includes('--version') || args.includes('-V')) return done('stress-ng, version 0.09.25\n');
    const options = parseStressOptions(args, ctx.machine.cpu().count, ctx.machine.memory().totalKiB * 1024);
    if (typeof options === 'string') return done(options, 1);
    const chosen = STRESSORS.filter((s) => (options.workers.get(s.name) ?? 0) > 0);
    if (chosen.length === 0) return done('stress-ng: error: No stress workers specified\n', 1);
    const startNs = ctx.machine.now();
    const runs = chosen.map((s) => {
      const workers = options.workers.get(s.name) ?? 1;
      const touch = s.name === 'vm' && options.vmBytes !== null ? { touchMiBPerWorker: Math.max(options.vmBytes / workers, MIN_VM_BYTES) / MIB } : {};
      return {
        stressor: s.name,
        task: startWatched(ctx.machine, {
          command: `stress-ng-${s.name}`,
          workload: s.workload,
          workers,
          maxDurationNs: Math.min(options.timeoutNs, MAX_SECONDS * NS_PER_S),
          ...touch,
        }),
      };
    });
    const failed = runs.map((r) => notStarted('stress-ng', r.task)).find((f) => f !== null);
    if (failed) return failed;
    const pid = Math.min(...runs.map((r) => r.task.pid));
    return { kind: 'running', run: new StressNgRun(runs, ctx.machine, pid, startNs, startNs + options.timeoutNs, options.timeoutNs) };
  },
};
