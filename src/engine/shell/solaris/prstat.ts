/**
 * prstat: Solaris's top. Interactive, it redraws the screen every interval of virtual time
 * (default 1 s here; Solaris's is 5) until `q` or Ctrl-C; `prstat interval count` prints
 * `count` reports one after another (no redraw), and `prstat 1 1` finishes at once, for
 * scripts. -n limits the process lines.
 */
import type { Machine } from '../../os/machine.ts';
import type { Command, CommandContext, RunningCommand } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { prstatScreen } from './prstat-format.ts';

const CLEAR = '\x1b[H\x1b[2J';
const USAGE = 'Usage:\tprstat [-acHJLmrRtTvZ] [-u euidlist] [-U uidlist]\n\t[-p pidlist] [-P cpulist] [-C psrsetlist] [-h lgrouplist]\n\t[-j projidlist] [-k taskidlist] [-z zoneidlist]\n\t[-s key | -S key] [-n nprocs[,nusers]] [-d u|d]\n\t[interval [count]]\n';

interface PrstatArgs {
  readonly intervalNs: number;
  /** Reports to print; null: interactive until quit. */
  readonly count: number | null;
  readonly rows: number | null;
  /** -Z: the zone's summary under the processes. */
  readonly zones: boolean;
}

function parseArgs(args: readonly string[]): PrstatArgs | string {
  let rows: number | null = null;
  let zones = false;
  const numbers: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-n') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1) return `prstat: invalid argument for -n\n${USAGE}`;
      rows = n;
    } else if (arg === '-Z') {
      zones = true;
    } else if (arg.startsWith('-')) {
      return `prstat: illegal option -- ${arg.slice(1, 2)}\n${USAGE}`;
    } else {
      const n = Number(arg);
      if (!Number.isInteger(n) || n < 1) return `prstat: invalid argument -- ${arg}\n${USAGE}`;
      numbers.push(n);
    }
  }
  if (numbers.length > 2) return USAGE;
  return { intervalNs: (numbers[0] ?? 1) * NS_PER_S, count: numbers[1] ?? null, rows, zones };
}

class PrstatRun implements RunningCommand {
  private nextFrameNs: number;
  private lastNowNs: number;
  private left: number;
  private quit = false;

  constructor(
    private readonly machine: Machine,
    private readonly opts: PrstatArgs,
    private readonly screenRows: number,
  ) {
    this.nextFrameNs = machine.now();
    this.lastNowNs = this.nextFrameNs;
    this.left = opts.count ?? Infinity;
  }

  nextWakeNs(): number | null {
    if (this.quit) return this.lastNowNs;
    return this.left > 0 ? this.nextFrameNs : null;
  }

  advance(nowNs: number): { readonly output: string; readonly done: boolean; readonly status: number } {
    this.lastNowNs = Math.max(this.lastNowNs, nowNs);
    if (this.quit) return { output: '', done: true, status: 0 };
    let out = '';
    if (nowNs >= this.nextFrameNs && this.left > 0) {
      out = this.frame();
      this.left--;
      this.nextFrameNs += this.opts.intervalNs;
      if (this.nextFrameNs <= nowNs) this.nextFrameNs = nowNs + this.opts.intervalNs;
    }
    return { output: out, done: this.left <= 0, status: 0 };
  }

  key(data: string): void {
    if (data === 'q' || data === 'Q') this.quit = true;
  }

  interrupt(): string {
    this.quit = true;
    this.left = 0;
    return '';
  }

  private frame(): string {
    const interactive = this.opts.count === null;
    const rows = this.opts.rows ?? Math.max(1, this.screenRows - 3);
    const text = prstatScreen(this.machine, rows, this.opts.zones).join('\n') + '\n';
    return interactive ? CLEAR + text : text;
  }
}

function runPrstat(ctx: CommandContext, args: readonly string[]) {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return done(parsed, 2);
  if (parsed.count === 1) {
    const rows = parsed.rows ?? Math.max(1, ctx.rows - 3);
    return done(prstatScreen(ctx.machine, rows, parsed.zones).join('\n') + '\n');
  }
  return { kind: 'running' as const, run: new PrstatRun(ctx.machine, parsed, ctx.rows) };
}

export const PRSTAT: Command = {
  name: 'prstat',
  summary: 'report active process statistics',
  run: runPrstat,
};
