/**
 * lmbench-style operating-system micro-benchmarks (McVoy and Staelin, 1996). Each is a
 * short engine task of one worker, and its figure is microseconds per operation = elapsed
 * virtual time / operations, so the numbers differ between platforms only through the
 * engine. Mixes: workloads/catalog.ts, workloads/process-creation.ts, workloads/lmbench-mixes.ts.
 *
 * `lmbench` runs the syscall, fork+exec, context-switch and page-fault tests in turn, then
 * the Adams & Agesen nanobenchmarks (ASPLOS 2006) that lmbench lacks — a PTE write
 * (ptemod), a port read (in 0x80), a fault whose handler only returns (pgfault: their test
 * kernel's, where lat_pagefault's includes the kernel finding and mapping the page), a
 * %cr8 write (cr8wr), a call/return pair (callret) and a divide error (divzero);
 * `lat_syscall null|read|write`, `lat_proc fork|exec|shell`, `lat_ctx [-s K] N …`,
 * `lat_pagefault [file]` and `lat_mmap size file` run one. lat_ctx, as the real tool, first
 * times passing the token without a switch and subtracts that (`ovr=`) from each figure.
 * Simplified: -P/-W/-N are accepted and ignored.
 */
import type { Command, CommandContext, CommandOutcome, RunningCommand } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_MS, NS_PER_S, NS_PER_US } from '../../sim/units.ts';
import { notStarted, startWatched, type WatchedTask } from './task-watch.ts';
import type { WorkloadDef } from '../../workloads/catalog.ts';
import { latCtxMix, latCtxOverheadMix, latMmapMix } from '../../workloads/lmbench-mixes.ts';
import { MAX_THREADS, parseToolSize } from './option-values.ts';

/** One micro-benchmark: the task it runs and how it prints µs per operation. */
interface MicroBenchmark {
  /** The process's command line. */
  readonly command: string;
  readonly workload: string | WorkloadDef;
  /** Operations to time: enough for a stable mean, few enough to end in well under a virtual second natively. */
  readonly operations: number;
  readonly label: string;
  /** Timed first and subtracted from the figure, as lat_ctx does with its pipe overhead. */
  readonly overhead?: WorkloadDef;
  /** The line printed for µs per operation, after the overhead (µs per operation) was subtracted. */
  readonly format: (usPerOp: number, overheadUs: number) => string;
}

/** No test may run longer than this, whatever the platform makes of it. */
const MAX_TEST_NS = 60 * NS_PER_S;
const LOOK_INTERVAL_NS = 50 * NS_PER_MS;

const SYSCALL: MicroBenchmark = { command: 'lat_syscall null', workload: 'syscall', operations: 100_000, label: 'Simple syscall', format: (us) => `Simple syscall: ${us.toFixed(4)} microseconds` };
const FORK_EXEC: MicroBenchmark = { command: 'lat_proc exec', workload: 'fork-exec', operations: 1_000, label: 'Process fork+execve', format: (us) => `Process fork+execve: ${us.toFixed(4)} microseconds` };
const CTX_SUMMARY: MicroBenchmark = {
  command: 'lat_ctx -s 0 2',
  workload: 'ctx-switch',
  operations: 50_000,
  label: 'Context switching',
  overhead: ctxOverhead(0),
  format: (us, ovr) => `Context switching - size=0k ovr=${ovr.toFixed(2)}: 2 ${us.toFixed(2)}`,
};
const NULL_READ: MicroBenchmark = { command: 'lat_syscall read', workload: 'null-io', operations: 100_000, label: 'Simple read', format: (us) => `Simple read: ${us.toFixed(4)} microseconds` };
const NULL_WRITE: MicroBenchmark = { command: 'lat_syscall write', workload: 'null-io', operations: 100_000, label: 'Simple write', format: (us) => `Simple write: ${us.toFixed(4)} microseconds` };
const FORK_EXIT: MicroBenchmark = { command: 'lat_proc fork', workload: 'forkwait', operations: 2_000, label: 'Process fork+exit', format: (us) => `Process fork+exit: ${us.toFixed(4)} microseconds` };
const FORK_SHELL: MicroBenchmark = { command: 'lat_proc shell', workload: 'proc-shell', operations: 500, label: 'Process fork+/bin/sh -c', format: (us) => `Process fork+/bin/sh -c: ${us.toFixed(4)} microseconds` };

/** A tool's own mix as a one-worker workload (lat_ctx and lat_mmap take sizes). */
function toolWorkload(kind: WorkloadDef['kind'], label: string, perTx: WorkloadDef['perTx']): WorkloadDef {
  return { kind, label, transaction: label, unit: 'ops/s', perTx, concurrency: { fixed: 1 }, residentMiB: 4, pageCacheMiB: 0, variability: 64 };
}

/** lat_ctx's overhead: the token passed and the array summed in one process, no switch. */
function ctxOverhead(sizeKiB: number): WorkloadDef {
  return toolWorkload('idle', `lat_ctx overhead of ${sizeKiB}k`, latCtxOverheadMix(sizeKiB));
}

/** lat_ctx with `processes` in the ring, each summing `sizeKiB`; the first of a run prints the header. */
function ctxSwitch(processes: number, sizeKiB: number, first: boolean): MicroBenchmark {
  return {
    command: `lat_ctx -s ${sizeKiB} ${processes}`,
    workload: toolWorkload('ctx-switch', `lat_ctx ${processes} processes of ${sizeKiB}k`, latCtxMix(processes, sizeKiB)),
    operations: 50_000,
    label: `Context switching ${processes}`,
    overhead: ctxOverhead(sizeKiB),
    format: (us, ovr) => `${first ? `\n"size=${sizeKiB}k ovr=${ovr.toFixed(2)}\n` : ''}${processes} ${us.toFixed(2)}`,
  };
}

/** lat_mmap of `bytes` of a file: lmbench prints the size in MB and µs per map, touch and unmap. */
function mmapTest(bytes: number, file: string): MicroBenchmark {
  return {
    command: `lat_mmap ${bytes} ${file}`,
    workload: toolWorkload('idle', `lat_mmap ${bytes}`, latMmapMix(bytes)),
    operations: 1_000,
    label: `mmap of ${file}`,
    format: (us) => `${(bytes / (1024 * 1024)).toFixed(6)} ${us >= 10 ? us.toFixed(0) : us.toFixed(3)}`,
  };
}
/** Adams & Agesen's nanobenchmarks that lmbench lacks, run by `lmbench` after its own four. */
const PTE_WRITE: MicroBenchmark = { command: 'ptemod', workload: 'pte-write', operations: 100_000, label: 'PTE write', format: (us) => `PTE write (ptemod): ${us.toFixed(4)} microseconds` };
const PORT_IN: MicroBenchmark = { command: 'in 0x80', workload: 'port-in', operations: 20_000, label: 'Port read', format: (us) => `Port read (in 0x80): ${us.toFixed(4)} microseconds` };
const BARE_FAULT: MicroBenchmark = { command: 'pgfault', workload: 'bare-fault', operations: 100_000, label: 'Bare page fault', format: (us) => `Bare page fault (pgfault): ${us.toFixed(4)} microseconds` };
const CR8_WRITE: MicroBenchmark = { command: 'cr8wr', workload: 'cr8-write', operations: 1_000_000, label: 'CR8 write', format: (us) => `CR8 write (cr8wr): ${us.toFixed(5)} microseconds` };
const CALL_RETURN: MicroBenchmark = { command: 'callret', workload: 'call-return', operations: 1_000_000, label: 'Call/return', format: (us) => `Call/return (callret): ${us.toFixed(5)} microseconds` };
const DIVIDE_ERROR: MicroBenchmark = { command: 'divzero', workload: 'divide-error', operations: 100_000, label: 'Divide error', format: (us) => `Divide error (divzero): ${us.toFixed(4)} microseconds` };
function pageFault(file: string): MicroBenchmark {
  return { command: `lat_pagefault ${file}`, workload: 'page-fault', operations: 100_000, label: `Pagefaults on ${file}`, format: (us) => `Pagefaults on ${file}: ${us.toFixed(4)} microseconds` };
}

/** Runs micro-benchmarks one after another, printing each result as it comes. */
class MicroBenchmarkRun implements RunningCommand {
  private index = 0;
  private current: WatchedTask;
  /** The current test's overhead in µs per operation once timed; null while it is being timed (or it has none). */
  private overheadUs: number | null = null;
  private last: number;
  private finished = false;

  constructor(
    private readonly ctx: CommandContext,
    private readonly tests: readonly MicroBenchmark[],
  ) {
    this.last = ctx.machine.now();
    this.current = this.begin(tests[0] ?? SYSCALL);
  }

  advance(nowNs: number): { output: string; done: boolean; status: number } {
    if (this.finished) return { output: '', done: true, status: 0 };
    this.last = Math.max(this.last, nowNs);
    const p = this.current.handle.progress();
    if (!p.done) return { output: '', done: false, status: 0 };
    const test = this.tests[this.index] ?? SYSCALL;
    const usPerOp = p.transactions > 0 ? p.elapsedNs / p.transactions / NS_PER_US : null;
    if (test.overhead !== undefined && this.overheadUs === null && usPerOp !== null) {
      this.overheadUs = usPerOp;
      this.current = this.start(test.command, test.workload, test.operations);
      return { output: '', done: false, status: 0 };
    }
    const ovr = this.overheadUs ?? 0;
    const output = (usPerOp !== null ? test.format(Math.max(0, usPerOp - ovr), ovr) : `${test.label}: no result (no operation completed)`) + '\n';
    this.index++;
    const next = this.tests[this.index];
    if (next) this.current = this.begin(next);
    else this.finished = true;
    return { output, done: this.finished, status: 0 };
  }

  nextWakeNs(): number | null {
    return this.finished ? null : this.last + LOOK_INTERVAL_NS;
  }

  /** The first test could not start (so none can): the command's message. */
  notStarted(name: string): CommandOutcome | null {
    return notStarted(name, this.current);
  }

  interrupt(): string {
    if (this.finished) return '';
    this.finished = true;
    this.current.handle.cancel();
    return '^C\n';
  }

  /** Starts a test: its overhead first when it has one. */
  private begin(test: MicroBenchmark): WatchedTask {
    this.overheadUs = null;
    return this.start(test.command, test.overhead ?? test.workload, test.operations);
  }

  private start(command: string, workload: string | WorkloadDef, operations: number): WatchedTask {
    return startWatched(this.ctx.machine, { command, workload, workers: 1, maxTransactions: operations, maxDurationNs: MAX_TEST_NS });
  }
}

function running(name: string, ctx: CommandContext, tests: readonly MicroBenchmark[]): CommandOutcome {
  const run = new MicroBenchmarkRun(ctx, tests);
  return run.notStarted(name) ?? { kind: 'running', run };
}

/** lmbench's operands once its common options (-P, -W, -N with a value; -s SIZE; -C) are removed; null on a malformed option. */
function operands(args: readonly string[]): { readonly words: readonly string[]; readonly size: string | null } | null {
  const words: string[] = [];
  let size: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-P' || arg === '-W' || arg === '-N' || arg === '-s') {
      const value = args[++i];
      if (value === undefined || !/^\d+k?$/.test(value)) return null;
      if (arg === '-s') size = value;
    } else if (arg === '-C') continue;
    else if (arg.startsWith('-')) return null;
    else words.push(arg);
  }
  return { words, size };
}

function command(name: string, summary: string, usage: string, choose: (words: readonly string[], size: string | null) => readonly MicroBenchmark[] | string): Command {
  return {
    name,
    summary,
    run(ctx: CommandContext, args: readonly string[]): CommandOutcome {
      const usageText = `usage: ${[name, usage].filter(Boolean).join(' ')}\n`;
      const o = operands(args);
      if (o === null) return done(usageText, 1);
      const tests = choose(o.words, o.size);
      if (typeof tests === 'string') return done(tests === '' ? usageText : `${name}: ${tests}\n`, 1);
      return running(name, ctx, tests);
    },
  };
}

export const LMBENCH_COMMAND = command('lmbench', 'run the syscall, fork+exec, context-switch and page-fault micro-benchmarks, then Adams & Agesen\'s nanobenchmarks', '', (words) =>
  words.length === 0 ? [SYSCALL, FORK_EXEC, CTX_SUMMARY, pageFault('/tmp/XXX'), PTE_WRITE, PORT_IN, BARE_FAULT, CR8_WRITE, CALL_RETURN, DIVIDE_ERROR] : '',
);

const SYSCALL_TESTS: Readonly<Record<string, MicroBenchmark>> = { null: SYSCALL, read: NULL_READ, write: NULL_WRITE };

export const LAT_SYSCALL_COMMAND = command('lat_syscall', 'time a null system call or null I/O (lmbench)', '[-P <parallelism>] [-W <warmup>] [-N <repetitions>] null|read|write', (words) => {
  if (words.length !== 1) return '';
  const test = SYSCALL_TESTS[words[0] ?? ''];
  return test ? [test] : 'only null, read and write are modelled here';
});

const PROC_TESTS: Readonly<Record<string, MicroBenchmark>> = { fork: FORK_EXIT, exec: FORK_EXEC, shell: FORK_SHELL };

export const LAT_PROC_COMMAND = command('lat_proc', 'time process creation: fork+exit, fork+execve, fork+/bin/sh -c (lmbench)', '[-P <parallelism>] [-W <warmup>] [-N <repetitions>] fork|exec|shell', (words) => {
  if (words.length !== 1) return '';
  const test = PROC_TESTS[words[0] ?? ''];
  return test ? [test] : 'only fork, exec and shell are modelled here';
});

/** Most KB a lat_ctx process may sum (lmbench's own runs go up to 64k). */
const MAX_CTX_KIB = 4096;

export const LAT_CTX_COMMAND = command('lat_ctx', 'time a context switch in a ring of processes (lmbench)', '[-P <parallelism>] [-W <warmup>] [-N <repetitions>] [-s kbytes] processes [processes ...]', (words, size) => {
  if (words.length === 0) return '';
  const kib = size === null ? 0 : Number(size.replace(/k$/, ''));
  const counts = words.map(Number);
  if (!(kib <= MAX_CTX_KIB) || counts.some((n) => !Number.isInteger(n) || n < 2 || n > MAX_THREADS)) return `processes: 2 to ${MAX_THREADS}; size: 0 to ${MAX_CTX_KIB}k`;
  return counts.map((n, i) => ctxSwitch(n, kib, i === 0));
});

/** The largest mapping lat_mmap may make here. */
const MAX_MMAP_BYTES = 1024 * 1024 * 1024;

export const LAT_MMAP_COMMAND = command('lat_mmap', 'time mapping, touching and unmapping a file (lmbench)', '[-P <parallelism>] [-W <warmup>] [-N <repetitions>] size file', (words) => {
  if (words.length !== 2) return '';
  const bytes = parseToolSize(words[0] ?? '');
  if (bytes === null || bytes < 320 * 1024 || bytes > MAX_MMAP_BYTES) return 'size: 320k (lmbench\'s smallest: two strides) to 1g';
  return [mmapTest(bytes, words[1] ?? '')];
});

export const LAT_PAGEFAULT_COMMAND = command('lat_pagefault', 'time a minor page fault on a mapped file (lmbench)', '[-C] [-P <parallelism>] [-W <warmup>] [-N <repetitions>] [file]', (words) => {
  if (words.length > 1) return '';
  return [pageFault(words[0] ?? '/tmp/XXX')];
});
