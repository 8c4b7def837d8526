/**
 * forkwait: Adams & Agesen's process-creation nanobenchmark (ASPLOS 2006) — the parent
 * forks, the child exits at once, the parent waits, 40,000 times by default. It runs the
 * engine's forkwait workload (workloads/process-creation.ts) and prints the elapsed
 * virtual time and the time per fork/wait pair.
 */
import type { Command, CommandContext, CommandOutcome } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_MS, NS_PER_S, NS_PER_US } from '../../sim/units.ts';
import { MAX_COUNT, MAX_SECONDS, parseCount } from './option-values.ts';
import { runOneTask } from './one-task-run.ts';
import { seconds, wholeTransactions } from './task-watch.ts';

/** The iterations Adams & Agesen timed. */
const DEFAULT_ITERATIONS = 40_000;
const LOOK_INTERVAL_NS = 100 * NS_PER_MS;

export const FORKWAIT_COMMAND: Command = {
  name: 'forkwait',
  summary: 'time fork + wait without exec, 40,000 times (Adams & Agesen 2006)',
  run(ctx: CommandContext, args: readonly string[]): CommandOutcome {
    const iterations = args.length === 0 ? DEFAULT_ITERATIONS : args.length === 1 ? parseCount(args[0] ?? '', MAX_COUNT) : null;
    if (iterations === null || iterations < 1) return done('usage: forkwait [iterations]\n', 1);
    return runOneTask(ctx, {
      spec: { command: 'forkwait', workload: 'forkwait', workers: 1, maxTransactions: iterations, maxDurationNs: MAX_SECONDS * NS_PER_S },
      header: '',
      lookNs: LOOK_INTERVAL_NS,
      report: (p) => {
        const n = wholeTransactions(p);
        return `forkwait: ${n} fork/wait pairs in ${seconds(p.elapsedNs).toFixed(3)} s: ${(n > 0 ? p.elapsedNs / p.transactions / NS_PER_US : 0).toFixed(2)} microseconds each\n`;
      },
      failure: (error) => `forkwait: fork: ${error}\n`,
    });
  },
};
