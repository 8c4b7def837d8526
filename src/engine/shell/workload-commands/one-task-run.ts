/**
 * A benchmark command that runs one engine task to its end and then prints a report of
 * what the engine measured (fio, ttcp, iperf, forkwait): it prints `header` at once,
 * looks at the task every `lookNs` (and at its time limit), and on Ctrl-C cancels it.
 */
import type { CommandContext, CommandOutcome, RunningCommand } from '../command.ts';
import type { TaskProgress, TaskSpec } from '../../os/machine.ts';
import { nextLookNs, startWatched, type WatchedTask } from './task-watch.ts';

export interface OneTaskOptions {
  readonly spec: TaskSpec;
  readonly header: string;
  readonly lookNs: number;
  /** The report once the task is done (its pid for the tools that print one). */
  readonly report: (p: TaskProgress, pid: number) => string;
  /** What to print when the task could not start or its peer went away. */
  readonly failure: (error: string) => string;
}

class OneTaskRun implements RunningCommand {
  private readonly task: WatchedTask;
  private readonly deadlineNs: number | null;
  private lastNs: number;
  private headerPending = true;
  private finished = false;

  constructor(
    ctx: CommandContext,
    private readonly o: OneTaskOptions,
  ) {
    this.lastNs = ctx.machine.now();
    this.deadlineNs = o.spec.maxDurationNs === undefined ? null : this.lastNs + o.spec.maxDurationNs;
    this.task = startWatched(ctx.machine, o.spec);
  }

  advance(nowNs: number): { output: string; done: boolean; status: number } {
    if (this.finished) return { output: '', done: true, status: 0 };
    this.lastNs = Math.max(this.lastNs, nowNs);
    const head = this.headerPending ? this.o.header : '';
    this.headerPending = false;
    const p = this.task.handle.progress();
    if (p.error !== undefined) return this.end(head + this.o.failure(p.error), 1);
    if (!p.done) return { output: head, done: false, status: 0 };
    return this.end(head + this.o.report(p, this.task.pid), 0);
  }

  nextWakeNs(): number | null {
    return this.finished ? null : nextLookNs(this.lastNs, this.o.lookNs, this.deadlineNs);
  }

  interrupt(): string {
    if (this.finished) return '';
    this.finished = true;
    this.task.handle.cancel();
    return '^C\n';
  }

  private end(output: string, status: number): { output: string; done: boolean; status: number } {
    this.finished = true;
    return { output, done: true, status };
  }
}

export function runOneTask(ctx: CommandContext, o: OneTaskOptions): CommandOutcome {
  return { kind: 'running', run: new OneTaskRun(ctx, o) };
}
