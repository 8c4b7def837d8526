/**
 * `make -j N` of a Linux 2.6 kernel (in whatever directory: the source tree is implied).
 * The build is the engine's 'kernel-build' workload, one transaction per C file compiled,
 * with N workers, stopping after FILES=k files (default 300, a small configuration). As
 * files complete it prints kbuild's `  CC      kernel/sched.o` lines (names cycled from
 * kernel-objects.ts; at most 20 lines per virtual second are shown), then kbuild's closing
 * lines and, like `time make`, the real/user/sys times (user and system as the guest
 * accounts them: task-watch.ts).
 */
import type { Machine } from '../../os/machine.ts';
import type { Command, CommandContext, CommandOutcome, RunningCommand } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_MS, NS_PER_S } from '../../sim/units.ts';
import { KERNEL_OBJECTS } from './kernel-objects.ts';
import { MAX_COUNT, MAX_SECONDS, MAX_THREADS, parseCount } from './option-values.ts';
import { guestCpuNs, notStarted, startWatched, wholeTransactions, type WatchedTask } from './task-watch.ts';

/** Files a default build compiles: a small 2.6 configuration. */
const DEFAULT_FILES = 300;
/** How often the build prints progress, and how many CC lines at most each time (20 per second). */
const LOOK_INTERVAL_NS = 250 * NS_PER_MS;
const LINES_PER_LOOK = 5;
/** Lines still owed at the end that are printed before the closing lines. */
const MAX_FINAL_LINES = 20;
/** Targets that build the kernel. */
const BUILD_TARGETS = new Set(['all', 'vmlinux', 'bzImage']);
const CLEAN_TARGETS = new Set(['clean', 'mrproper', 'distclean']);

const USAGE = 'Usage: make [options] [target] ...\nOptions:\n  -j [N], --jobs[=N]   Allow N jobs at once; infinite jobs with no arg.\n  -s, --silent         Don\'t echo recipes.\n  -C DIRECTORY         Change to DIRECTORY before doing anything.\n  FILES=N              (simulator) compile N files [300].\n';

interface MakeArgs {
  readonly jobs: number;
  readonly files: number;
  readonly silent: boolean;
  readonly targets: readonly string[];
}

/** Reads `-j N`, `-jN`, `--jobs[=N]`, `-s`, `-C DIR`, `VAR=value` and targets; a string is the error. */
export function parseMakeArgs(args: readonly string[]): MakeArgs | string {
  let jobs = 1;
  let files = DEFAULT_FILES;
  let silent = false;
  const targets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const jobsText = jobsOption(arg);
    if (jobsText !== null) {
      const next = args[i + 1];
      const takesNext = jobsText === '' && next !== undefined && /^\d+$/.test(next);
      if (takesNext) i++;
      const text = takesNext ? next : jobsText;
      // make -j without a number: no limit; here, the simulator's most.
      const n = text === '' ? MAX_THREADS : parseCount(text, MAX_THREADS);
      if (n === null || n === 0) return `make: the \`-j' option requires a positive integer argument\n${USAGE}`;
      jobs = n;
    } else if (arg === '-s' || arg === '--silent' || arg === '--quiet') silent = true;
    else if (arg === '-C') i++;
    else if (arg.startsWith('-C') || arg.startsWith('--directory=') || arg === '-k' || arg === '-i') continue;
    else if (arg.startsWith('-')) return `make: invalid option -- '${arg.replace(/^-+/, '')}'\n${USAGE}`;
    else if (arg.startsWith('FILES=')) {
      const n = parseCount(arg.slice(6), MAX_COUNT);
      if (n === null || n === 0) return `make: FILES must be a positive number\n`;
      files = n;
    } else if (!arg.includes('=')) targets.push(arg);
  }
  return { jobs, files, silent, targets };
}

/** The value text of a jobs option (`-j4` → `4`, `-j` → ``), or null if `arg` is not one. */
function jobsOption(arg: string): string | null {
  if (arg === '--jobs') return '';
  if (arg.startsWith('--jobs=')) return arg.slice('--jobs='.length);
  return arg.startsWith('-j') ? arg.slice(2) : null;
}

/** `1m23.456s`, as bash's `time` prints a duration. */
function timeText(ns: number): string {
  const s = Math.max(0, ns / NS_PER_S);
  const m = Math.floor(s / 60);
  return `${m}m${(s - m * 60).toFixed(3)}s`;
}

function objectName(index: number): string {
  return KERNEL_OBJECTS[index % KERNEL_OBJECTS.length] ?? 'kernel/sched.o';
}

class MakeRun implements RunningCommand {
  private pending = '  CHK     include/linux/version.h\n  CHK     include/linux/utsrelease.h\n  CALL    scripts/checksyscalls.sh\n';
  private last: number;
  private printed = 0;
  private finished = false;

  constructor(
    private readonly a: MakeArgs,
    private readonly task: WatchedTask,
    private readonly machine: Machine,
    startNs: number,
  ) {
    this.last = startNs;
    if (a.silent) this.pending = '';
  }

  advance(nowNs: number): { output: string; done: boolean; status: number } {
    if (this.finished) return { output: '', done: true, status: 0 };
    this.last = Math.max(this.last, nowNs);
    const p = this.task.handle.progress();
    const compiled = Math.min(wholeTransactions(p), this.a.files);
    let output = this.pending + this.ccLines(compiled, LINES_PER_LOOK);
    this.pending = '';
    if (!p.done) return { output, done: false, status: 0 };
    this.finished = true;
    output += this.ccLines(compiled, MAX_FINAL_LINES);
    if (compiled < this.a.files) return { output: output + 'make: *** [vmlinux] Terminated\n', done: true, status: 2 };
    const cpu = guestCpuNs(p);
    output += this.a.silent ? '' : '  LD      vmlinux\n  SYSMAP  System.map\n  BUILD   arch/x86/boot/bzImage\n';
    output += 'Kernel: arch/x86/boot/bzImage is ready  (#1)\n';
    output += `\nreal\t${timeText(p.elapsedNs)}\nuser\t${timeText(cpu.userNs)}\nsys\t${timeText(cpu.systemNs)}\n`;
    return { output, done: true, status: 0 };
  }

  nextWakeNs(): number | null {
    if (this.finished) return null;
    return this.pending ? this.last : this.last + LOOK_INTERVAL_NS;
  }

  interrupt(): string {
    if (this.finished) return '';
    this.finished = true;
    this.task.handle.cancel();
    return `${this.pending}^Cmake: *** [${objectName(this.printed)}] Interrupt\n`;
  }

  /** CC lines for files compiled and not yet shown, at most `max`. */
  private ccLines(compiled: number, max: number): string {
    if (this.a.silent) {
      this.printed = compiled;
      return '';
    }
    let out = '';
    const upTo = Math.min(compiled, this.printed + max);
    for (; this.printed < upTo; this.printed++) out += `  CC      ${objectName(this.printed)}\n`;
    return out;
  }
}

export const MAKE_COMMAND: Command = {
  name: 'make',
  summary: 'build a Linux kernel (make -j N), printing each file compiled',
  run(ctx: CommandContext, args: readonly string[]): CommandOutcome {
    const a = parseMakeArgs(args);
    if (typeof a === 'string') return done(a, 2);
    const unknown = a.targets.find((t) => !BUILD_TARGETS.has(t) && !CLEAN_TARGETS.has(t));
    if (unknown !== undefined) return done(`make: *** No rule to make target \`${unknown}'.  Stop.\n`, 2);
    if (a.targets.length > 0 && a.targets.every((t) => CLEAN_TARGETS.has(t))) return done(a.silent ? '' : '  CLEAN   .tmp_versions\n  CLEAN   vmlinux System.map\n');
    const startNs = ctx.machine.now();
    const task = startWatched(ctx.machine, {
      command: ['make', ...args].join(' '),
      workload: 'kernel-build',
      workers: a.jobs,
      maxTransactions: a.files,
      maxDurationNs: MAX_SECONDS * NS_PER_S,
    });
    return notStarted('make', task) ?? { kind: 'running', run: new MakeRun(a, task, ctx.machine, startNs) };
  },
};
