/**
 * bash's `time` keyword (and Solaris' /usr/bin/time): times the pipeline that follows it and,
 * when it ends, prints its three lines in the format of the `TimeReport`. real is the virtual time it took; user and sys are the CPU time the guest's
 * own accounting gives the tasks it started (workload-commands/task-watch.ts: what a VMM,
 * hypervisor or driver domain spent on their behalf is invisible to the guest and shows only
 * in real). Commands that start no task (echo, ls, sleep) take no CPU here.
 */
import type { Machine, TaskHandle, TaskSpec } from '../os/machine.ts';
import { NS_PER_S } from '../sim/units.ts';
import type { CommandContext } from './command.ts';
import { guestCpuNs } from './workload-commands/task-watch.ts';

/** bash's keyword; Solaris 10's time(1), plain or with -p (POSIX's format). */
export type TimeReport = 'bash' | 'sunos' | 'posix';

export class PipelineTimer {
  /** The context the timed pipeline's commands run in: the session's, its machine noting each task started. */
  readonly ctx: CommandContext;
  private readonly startNs: number;
  private readonly handles: TaskHandle[] = [];

  constructor(
    private readonly outer: CommandContext,
    private readonly report: TimeReport = 'bash',
  ) {
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
    const realNs = this.outer.machine.now() - this.startNs;
    switch (this.report) {
      case 'bash':
        return `\nreal\t${bashTime(realNs)}\nuser\t${bashTime(userNs)}\nsys\t${bashTime(systemNs)}\n`;
      case 'posix':
        return `\nreal ${secondsFixed(realNs)}\nuser ${secondsFixed(userNs)}\nsys ${secondsFixed(systemNs)}\n`;
      case 'sunos':
        return `\n${sunosTime('real', realNs)}${sunosTime('user', userNs)}${sunosTime('sys ', systemNs)}`;
    }
  }
}

/** "0m2.004s", as bash's TIMEFORMAT default prints a time. */
function bashTime(ns: number): string {
  const ms = Math.max(0, Math.round(ns / (NS_PER_S / 1000)));
  return `${Math.floor(ms / 60_000)}m${((ms % 60_000) / 1000).toFixed(3)}s`;
}

/** time -p's "%.2f" seconds (its clock ticks at 100 Hz, so to the hundredth). */
function secondsFixed(ns: number): string {
  return (Math.floor(ns / (NS_PER_S / 100)) / 100).toFixed(2);
}

/** Tenths of a second, seconds, minutes and hours as Solaris' time(1) splits them (its `quant`), least first. */
const SUNOS_PLACES = [10, 10, 6, 10, 6, 10, 10, 10];
/** What its printt writes for a leading zero digit, and after each digit (once a digit was not zero, and before). */
const SUNOS_PAD = '000      ';
const SUNOS_SEP = ['', '', '.', '', ':', '', ':', '', ''];
const SUNOS_NSEP = ['', '', '.', '', ' ', '', ' ', '', ''];

/**
 * One line of Solaris' time(1) (usr/src/cmd/time/time.c, printt): tenths of a second, leading
 * zeros as spaces, "h:mm:ss.t" once hours or minutes show — `real        1.0`, `real     1:05.3`.
 */
function sunosTime(label: string, ns: number): string {
  let rest = Math.floor(ns / (NS_PER_S / 10));
  const digits = SUNOS_PLACES.map((place) => {
    const d = rest % place;
    rest = Math.floor(rest / place);
    return d;
  });
  let line = label;
  let nonzero = false;
  for (let i = digits.length; i >= 1; i--) {
    const d = digits[i - 1] as number;
    line += d !== 0 ? String(d) : nonzero ? '0' : (SUNOS_PAD[i] as string);
    nonzero ||= d !== 0;
    line += (nonzero ? SUNOS_SEP : SUNOS_NSEP)[i] as string;
  }
  return line + '\n';
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
