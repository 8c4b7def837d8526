/**
 * top (procps 3.2.7): redraws the machine's summary and busiest tasks every `-d` seconds
 * of virtual time (1 s by default here; procps's own default is 3 s) until `q` or Ctrl-C,
 * or for `-n` refreshes. `-b` (batch) writes frames one after another with no escape
 * sequences and every task, for scripts: `top -b -n 1`. Interactive frames clear the
 * screen and fit the terminal's rows, on the terminal's alternate screen (as procps's top
 * does through terminfo's smcup/rmcup), so on quitting the screen is as it was before
 * `top` and no frame is left in the scrollback. The figures are the Machine's (top-frame.ts).
 */
import type { Command, CommandContext, CommandOutcome, RunningCommand } from '../command.ts';
import { done } from '../command.ts';
import { parseOptions } from '../common/options.ts';
import type { CpuTimes, Machine, ProcessInfo } from '../../os/machine.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { renderFrame, SUMMARY_LINES } from './top-frame.ts';

const CLEAR_SCREEN = '\x1b[H\x1b[2J';
/** xterm's alternate screen buffer (DECSET / DECRST 1049, terminfo smcup / rmcup): a screen with no scrollback. */
const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\x1b[?1049l';
const DEFAULT_DELAY_NS = NS_PER_S;
/** Shortest and longest refresh interval accepted, s. */
const MIN_DELAY_S = 0.1;
const MAX_DELAY_S = 3600;
/** Most refreshes `-n` may ask for, and most task rows a batch frame lists. */
const MAX_ITERATIONS = 10_000_000;
const MAX_BATCH_ROWS = 1000;
const USAGE = '\tprocps version 3.2.7\nusage:\ttop -hv | -bcisSH -d delay -n iterations [-u user | -U user] -p pid [,pid ...]\n';

interface TopOptions {
  /** `-h` or `-v`: print the version and usage. */
  readonly help: boolean;
  readonly batch: boolean;
  readonly fullCommand: boolean;
  readonly hideIdle: boolean;
  readonly delayNs: number;
  readonly iterations: number | null;
  readonly user: string | null;
  readonly pids: ReadonlySet<number> | null;
}

/** Parses top's options; a string is the message to print (status 1). */
export function parseTopOptions(args: readonly string[]): TopOptions | string {
  const parsed = parseOptions(args, 'bciHsShv', 'ndupU');
  if (!parsed.ok) return `top: ${parsed.error}\n${USAGE}`;
  const { flags, values, operands } = parsed.value;
  if (operands.length > 0) return `top: unknown argument '${operands[0] ?? ''}'\n${USAGE}`;
  const delay = values.get('d');
  const delayS = delay === undefined ? null : Number(delay);
  if (delayS !== null && !(delayS >= 0 && Number.isFinite(delayS))) return `top: bad delay interval '${delay ?? ''}'\n`;
  const n = values.get('n');
  if (n !== undefined && !/^\d{1,12}$/.test(n)) return `top: bad iterations arg '${n}'\n`;
  const pidText = values.get('p');
  const pids = pidText === undefined ? null : pidText.split(',').map(Number);
  if (pids?.some((p) => !Number.isInteger(p) || p < 0)) return `top: bad pid '${pidText ?? ''}'\n`;
  return {
    help: flags.has('h') || flags.has('v'),
    batch: flags.has('b'),
    fullCommand: flags.has('c'),
    hideIdle: flags.has('i'),
    delayNs: delayS === null ? DEFAULT_DELAY_NS : Math.min(Math.max(delayS, MIN_DELAY_S), MAX_DELAY_S) * NS_PER_S,
    iterations: n === undefined ? null : Math.max(1, Math.min(Number(n), MAX_ITERATIONS)),
    user: values.get('u') ?? values.get('U') ?? null,
    pids: pids ? new Set(pids) : null,
  };
}

const NO_CPU: CpuTimes = { user: 0, system: 0, idle: 0, iowait: 0, steal: 0 };

function cpuDelta(now: CpuTimes, before: CpuTimes): CpuTimes {
  const d = (a: number, b: number): number => Math.max(0, a - b);
  return { user: d(now.user, before.user), system: d(now.system, before.system), idle: d(now.idle, before.idle), iowait: d(now.iowait, before.iowait), steal: d(now.steal, before.steal) };
}

class TopRun implements RunningCommand {
  private lastNs: number;
  private dueNs: number;
  private frames = 0;
  private previousCpu: CpuTimes = NO_CPU;
  private quitting = false;
  private finished = false;

  constructor(
    private readonly machine: Machine,
    private readonly o: TopOptions,
    private readonly rows: number,
    private readonly columns: number,
  ) {
    this.lastNs = machine.now();
    this.dueNs = this.lastNs;
  }

  advance(nowNs: number): { output: string; done: boolean; status: number } {
    if (this.finished) return { output: '', done: true, status: 0 };
    this.lastNs = Math.max(this.lastNs, nowNs);
    if (this.quitting) return this.end('');
    if (this.lastNs < this.dueNs) return { output: '', done: false, status: 0 };
    const frame = this.frame();
    this.frames++;
    this.dueNs = this.lastNs + this.o.delayNs;
    if (this.o.iterations !== null && this.frames >= this.o.iterations) return this.end(frame);
    return { output: frame, done: false, status: 0 };
  }

  nextWakeNs(): number | null {
    if (this.finished) return null;
    return this.quitting ? this.lastNs : this.dueNs;
  }

  key(data: string): void {
    if (data === 'q' || data === 'Q') this.quitting = true;
    // Space or Enter: refresh now.
    else if (data === ' ' || data === '\r') this.dueNs = this.lastNs;
  }

  interrupt(): string {
    if (this.finished) return '';
    this.finished = true;
    return this.o.batch ? '^C\n' : this.leave();
  }

  private end(output: string): { output: string; done: boolean; status: number } {
    this.finished = true;
    return { output: this.o.batch ? output : output + this.leave(), done: true, status: 0 };
  }

  /** Interactive top goes back to the main screen, where the prompt follows its command line. */
  private leave(): string {
    return this.frames > 0 ? LEAVE_ALTERNATE_SCREEN : '';
  }

  /** Whether the table lists `p` under `-u`, `-p` and `-i`. */
  private selected(p: ProcessInfo): boolean {
    const o = this.o;
    return (o.user === null || p.user === o.user) && (o.pids === null || o.pids.has(p.pid)) && (!o.hideIdle || p.state === 'R' || p.cpuPercent > 0);
  }

  private frame(): string {
    const cpu = this.machine.cpuTimes();
    const cpuSinceLast = cpuDelta(cpu, this.previousCpu);
    this.previousCpu = cpu;
    const uptimeNs = this.lastNs - this.machine.bootedAtNs();
    // procps top has no previous sample for its first frame: the summary's CPU and each process's %CPU are both
    // averages since boot (its CPU time over the uptime), so they agree; later frames are over the delay.
    const all = this.frames > 0 ? this.machine.processes() : this.machine.processes().map((p) => ({ ...p, cpuPercent: uptimeNs > 0 ? (p.cpuTimeNs / uptimeNs) * 100 : 0 }));
    const lines = renderFrame(
      {
        nowNs: this.lastNs,
        uptimeNs,
        load: this.machine.loadAverage(),
        cpuDelta: cpuSinceLast,
        memory: this.machine.memory(),
        allProcesses: all,
        processes: all.filter((p) => this.selected(p)),
      },
      {
        maxRows: this.o.batch ? MAX_BATCH_ROWS : Math.max(0, this.rows - SUMMARY_LINES),
        columns: this.o.batch ? Infinity : this.columns,
        fullCommand: this.o.fullCommand,
      },
    );
    if (this.o.batch) return lines.join('\n') + '\n\n';
    // A terminal shorter than the summary shows its first lines: more would scroll the top one away.
    return (this.frames === 0 ? ENTER_ALTERNATE_SCREEN : '') + CLEAR_SCREEN + lines.slice(0, Math.max(1, this.rows)).join('\n');
  }
}

export const TOP_COMMAND: Command = {
  name: 'top',
  summary: 'show CPU, memory and the busiest processes, refreshed every second (q quits)',
  run(ctx: CommandContext, args: readonly string[]): CommandOutcome {
    const o = parseTopOptions(args);
    if (typeof o === 'string') return done(o, 1);
    if (o.help) return done(USAGE);
    return { kind: 'running', run: new TopRun(ctx.machine, o, ctx.rows, ctx.columns) };
  },
};
