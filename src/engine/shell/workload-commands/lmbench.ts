/**
 * lmbench-style operating-system micro-benchmarks (McVoy and Staelin, 1996): the four
 * whose cost virtualization changes most. Each is a short engine task of one worker, and
 * its figure is microseconds per operation = elapsed virtual time / operations, so the
 * numbers differ between platforms only through the engine.
 *
 * `lmbench` runs all four in turn; `lat_syscall null`, `lat_proc exec` (or `fork`, which
 * here measures the same fork+execve+exit), `lat_ctx 2` and `lat_pagefault [file]` run one.
 * Simplified: lat_ctx's figure includes passing the token through the pipe (the real tool
 * measures that overhead separately and subtracts it; `ovr=0.00` says nothing was
 * subtracted), only 2 processes of size 0 are modelled, and -P/-W/-N are accepted and ignored.
 */
import type { Command, CommandContext, CommandOutcome, RunningCommand } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_MS, NS_PER_S, NS_PER_US } from '../../sim/units.ts';
import { startWatched, type WatchedTask } from './task-watch.ts';

/** One micro-benchmark: the task it runs and how it prints µs per operation. */
interface MicroBenchmark {
  /** The process's command line. */
  readonly command: string;
  readonly workload: string;
  /** Operations to time: enough for a stable mean, few enough to end in well under a virtual second natively. */
  readonly operations: number;
  readonly label: string;
  readonly format: (usPerOp: number) => string;
}

/** No test may run longer than this, whatever the platform makes of it. */
const MAX_TEST_NS = 60 * NS_PER_S;
const LOOK_INTERVAL_NS = 50 * NS_PER_MS;

const SYSCALL: MicroBenchmark = { command: 'lat_syscall null', workload: 'syscall', operations: 100_000, label: 'Simple syscall', format: (us) => `Simple syscall: ${us.toFixed(4)} microseconds` };
const FORK_EXEC: MicroBenchmark = { command: 'lat_proc exec', workload: 'fork-exec', operations: 1_000, label: 'Process fork+execve', format: (us) => `Process fork+execve: ${us.toFixed(4)} microseconds` };
const CTX_SUMMARY: MicroBenchmark = { command: 'lat_ctx -s 0 2', workload: 'ctx-switch', operations: 50_000, label: 'Context switching', format: (us) => `Context switching - size=0k ovr=0.00: 2 ${us.toFixed(2)}` };
const CTX_ALONE: MicroBenchmark = { ...CTX_SUMMARY, format: (us) => `\n"size=0k ovr=0.00\n2 ${us.toFixed(2)}` };
function pageFault(file: string): MicroBenchmark {
  return { command: `lat_pagefault ${file}`, workload: 'page-fault', operations: 100_000, label: `Pagefaults on ${file}`, format: (us) => `Pagefaults on ${file}: ${us.toFixed(4)} microseconds` };
}

/** Runs micro-benchmarks one after another, printing each result as it comes. */
class MicroBenchmarkRun implements RunningCommand {
  private index = 0;
  private current: WatchedTask;
  private last: number;
  private finished = false;

  constructor(
    private readonly ctx: CommandContext,
    private readonly tests: readonly MicroBenchmark[],
  ) {
    this.last = ctx.machine.now();
    this.current = this.start(tests[0] ?? SYSCALL);
  }

  advance(nowNs: number): { output: string; done: boolean; status: number } {
    if (this.finished) return { output: '', done: true, status: 0 };
    this.last = Math.max(this.last, nowNs);
    let output = '';
    const p = this.current.handle.progress();
    if (p.done) {
      const test = this.tests[this.index] ?? SYSCALL;
      output += (p.transactions > 0 ? test.format(p.elapsedNs / p.transactions / NS_PER_US) : `${test.label}: no result (no operation completed)`) + '\n';
      this.index++;
      const next = this.tests[this.index];
      if (next) this.current = this.start(next);
      else this.finished = true;
    }
    return { output, done: this.finished, status: 0 };
  }

  nextWakeNs(): number | null {
    return this.finished ? null : this.last + LOOK_INTERVAL_NS;
  }

  interrupt(): string {
    if (this.finished) return '';
    this.finished = true;
    this.current.handle.cancel();
    return '^C\n';
  }

  private start(test: MicroBenchmark): WatchedTask {
    return startWatched(this.ctx.machine, { command: test.command, workload: test.workload, workers: 1, maxTransactions: test.operations, maxDurationNs: MAX_TEST_NS });
  }
}

function running(ctx: CommandContext, tests: readonly MicroBenchmark[]): CommandOutcome {
  return { kind: 'running', run: new MicroBenchmarkRun(ctx, tests) };
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
      return running(ctx, tests);
    },
  };
}

export const LMBENCH_COMMAND = command('lmbench', 'run the syscall, fork+exec, context-switch and page-fault micro-benchmarks', '', (words) =>
  words.length === 0 ? [SYSCALL, FORK_EXEC, CTX_SUMMARY, pageFault('/tmp/XXX')] : '',
);

export const LAT_SYSCALL_COMMAND = command('lat_syscall', 'time a null system call (lmbench)', '[-P <parallelism>] [-W <warmup>] [-N <repetitions>] null', (words) => {
  if (words.length !== 1) return '';
  return words[0] === 'null' ? [SYSCALL] : `only the null system call is modelled here`;
});

export const LAT_PROC_COMMAND = command('lat_proc', 'time process creation: fork+execve+exit (lmbench)', '[-P <parallelism>] [-W <warmup>] [-N <repetitions>] exec|fork', (words) => {
  if (words.length !== 1) return '';
  return words[0] === 'exec' || words[0] === 'fork' ? [FORK_EXEC] : 'only fork+execve is modelled here (use exec)';
});

export const LAT_CTX_COMMAND = command('lat_ctx', 'time a context switch between 2 processes (lmbench)', '[-P <parallelism>] [-W <warmup>] [-N <repetitions>] [-s kbytes] processes [processes ...]', (words, size) => {
  if (words.length === 0) return '';
  if ((size !== null && size !== '0' && size !== '0k') || words.some((w) => w !== '2')) return 'only 2 processes of size 0 are modelled here (lat_ctx -s 0 2)';
  return [CTX_ALONE];
});

export const LAT_PAGEFAULT_COMMAND = command('lat_pagefault', 'time a minor page fault on a mapped file (lmbench)', '[-C] [-P <parallelism>] [-W <warmup>] [-N <repetitions>] [file]', (words) => {
  if (words.length > 1) return '';
  return [pageFault(words[0] ?? '/tmp/XXX')];
});
