/**
 * bash's `time` keyword: times the pipeline that follows it and, when it ends, prints bash's
 * three lines. real is the virtual time it took; user and sys are the CPU time the guest's
 * own accounting gives the tasks it started (workload-commands/task-watch.ts: what a VMM,
 * hypervisor or driver domain spent on their behalf is invisible to the guest and shows only
 * in real). Commands that start no task (echo, ls, sleep) take no CPU here.
 */
import type { Machine, TaskHandle, TaskSpec } from '../os/machine.ts';
import { NS_PER_S } from '../sim/units.ts';
import type { CommandContext } from './command.ts';
import { guestCpuNs } from './workload-commands/task-watch.ts';

export class PipelineTimer {
  /** The context the timed pipeline's commands run in: the session's, its machine noting each task started. */
  readonly ctx: CommandContext;
  private readonly startNs: number;
  private readonly handles: TaskHandle[] = [];

  constructor(private readonly outer: CommandContext) {
    this.startNs = outer.machine.now();
    this.ctx = { ...outer, machine: noteTasks(outer.machine, this.handles) };
  }

  /** bash's report, and the pipeline's `cd` kept for the session. */
  finish(): string {
    this.outer.cwd = this.ctx.cwd;
    let userNs = 0;
    let systemNs = 0;
    for (const h of this.handles) {
      const cpu = guestCpuNs(h.progress());
      userNs += cpu.userNs;
      systemNs += cpu.systemNs;
    }
    return `\nreal\t${bashTime(this.outer.machine.now() - this.startNs)}\nuser\t${bashTime(userNs)}\nsys\t${bashTime(systemNs)}\n`;
  }
}

/** "0m2.004s", as bash's TIMEFORMAT default prints a time. */
function bashTime(ns: number): string {
  const ms = Math.max(0, Math.round(ns / (NS_PER_S / 1000)));
  return `${Math.floor(ms / 60_000)}m${((ms % 60_000) / 1000).toFixed(3)}s`;
}

/** `machine`, with every task started through it noted in `handles`. */
function noteTasks(machine: Machine, handles: TaskHandle[]): Machine {
  return new Proxy(machine, {
    get(target, key) {
      if (key === 'startTask') {
        return (spec: TaskSpec): TaskHandle => {
          const handle = target.startTask(spec);
          handles.push(handle);
          return handle;
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
