/**
 * sysbench 1.0 (`sysbench cpu|memory|fileio|oltp run`): runs one workload for `--time`
 * seconds (default 10) or `--events` events with `--threads` workers (default 1), then
 * prints sysbench's report (sysbench-report.ts). Tests map to engine workloads: cpu →
 * 'cpu-int' (an event is one million instructions, not a prime search), memory → 'stream'
 * (an event is one MiB moved), fileio → 'file-server' (an event is one file operation),
 * oltp → 'oltp' (an event is one TPC-B-like transaction). The 0.4 syntax (`--test=cpu`,
 * `--num-threads`, `--max-time`, `--max-requests`) is accepted too.
 */
import type { Command, CommandContext, CommandOutcome, RunningCommand } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_MS, NS_PER_S } from '../../sim/units.ts';
import { MAX_SECONDS, MAX_THREADS, parseCount, splitLongOption } from './option-values.ts';
import { SYSBENCH_VERSION, sysbenchBanner, sysbenchReport, type SysbenchTest } from './sysbench-report.ts';
import { nextLookNs, notStarted, startWatched, type WatchedTask } from './task-watch.ts';

const TEST_WORKLOAD: Readonly<Record<SysbenchTest, string>> = { cpu: 'cpu-int', memory: 'stream', fileio: 'file-server', oltp: 'oltp' };
const TEST_NAMES: Readonly<Record<string, SysbenchTest>> = { cpu: 'cpu', memory: 'memory', fileio: 'fileio', oltp: 'oltp', oltp_read_write: 'oltp' };
/** Tests whose data set must exist first (the others say they need no preparation). */
const NEEDS_DATA: ReadonlySet<SysbenchTest> = new Set(['fileio', 'oltp']);

/** sysbench's defaults: 10 s, unlimited events, one thread. */
const DEFAULT_TIME_S = 10;
/** How often the command looks at its task. */
const LOOK_INTERVAL_NS = 100 * NS_PER_MS;

const OPTION_ALIASES: Readonly<Record<string, 'threads' | 'time' | 'events' | 'test'>> = {
  '--threads': 'threads',
  '--num-threads': 'threads',
  '--time': 'time',
  '--max-time': 'time',
  '--events': 'events',
  '--max-requests': 'events',
  '--test': 'test',
};
/** Options of the real tests that tune what the model does not have: accepted, ignored. */
const IGNORED_PREFIXES = ['--cpu-', '--memory-', '--file-', '--mysql-', '--pgsql-', '--db-', '--table', '--rand-', '--report-interval', '--percentile', '--histogram'];

const USAGE = [
  'Usage:',
  '  sysbench [options]... [testname] [command]',
  '',
  'Commands implemented by most tests: prepare run cleanup help',
  '',
  'General options:',
  '  --threads=N                     number of threads to use [1]',
  '  --events=N                      limit for total number of events [0]',
  '  --time=N                        limit for total execution time in seconds [10]',
  '  --version[=on|off]              print version and exit [off]',
  '',
  'Compiled-in tests:',
  '  fileio - File I/O test',
  '  cpu - CPU performance test',
  '  memory - Memory functions speed test',
  '  oltp - OLTP (TPC-B-like) database test',
  '',
].join('\n');

interface SysbenchArgs {
  readonly test: string | null;
  readonly command: string | null;
  readonly threads: number;
  readonly timeS: number;
  readonly events: number;
  readonly version: boolean;
}

/** Parses sysbench's command line; a string is the error to print. */
export function parseSysbenchArgs(args: readonly string[]): SysbenchArgs | string {
  const words: string[] = [];
  let threads = 1;
  let timeS = DEFAULT_TIME_S;
  let events = 0;
  let version = false;
  let test: string | null = null;
  for (const arg of args) {
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const { name, value } = splitLongOption(arg);
    const key = OPTION_ALIASES[name];
    if (name === '--version') version = value === null || value === 'on';
    else if (key === 'test' && value) test = value;
    else if (key && key !== 'test') {
      const n = parseCount(value ?? '');
      if (n === null) return `sysbench: invalid value for ${name}: '${value ?? ''}'\n`;
      if (key === 'threads') threads = Math.max(1, Math.min(n, MAX_THREADS));
      else if (key === 'time') timeS = n;
      else events = n;
    } else if (!IGNORED_PREFIXES.some((p) => name.startsWith(p)) || value === null) {
      return `invalid option: ${arg}\n${USAGE}`;
    }
  }
  if (test === null) test = words.shift() ?? null;
  return { test, command: words[0] ?? null, threads, timeS, events, version };
}

class SysbenchRun implements RunningCommand {
  private pending: string;
  private last: number;
  private finished = false;

  constructor(
    private readonly test: SysbenchTest,
    private readonly task: WatchedTask,
    startNs: number,
    private readonly deadlineNs: number | null,
  ) {
    this.last = startNs;
    this.pending = sysbenchBanner(task.spec.workers);
  }

  advance(nowNs: number): { output: string; done: boolean; status: number } {
    if (this.finished) return { output: '', done: true, status: 0 };
    this.last = Math.max(this.last, nowNs);
    let output = this.pending;
    this.pending = '';
    const p = this.task.handle.progress();
    if (p.done) {
      this.finished = true;
      output += sysbenchReport(this.test, p);
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
    this.task.handle.cancel();
    // sysbench dies on SIGINT without a report.
    return this.pending + '^C\n';
  }
}

function startRun(ctx: CommandContext, test: SysbenchTest, a: SysbenchArgs, args: readonly string[]): CommandOutcome {
  // 0 means "no limit" for both; with neither limit, stop at the simulator's longest run.
  const timeS = a.timeS > 0 ? Math.min(a.timeS, MAX_SECONDS) : MAX_SECONDS;
  const startNs = ctx.machine.now();
  const task = startWatched(ctx.machine, {
    command: ['sysbench', ...args].join(' '),
    workload: TEST_WORKLOAD[test],
    workers: a.threads,
    maxDurationNs: timeS * NS_PER_S,
    ...(a.events > 0 ? { maxTransactions: a.events } : {}),
  });
  return notStarted('sysbench', task) ?? { kind: 'running', run: new SysbenchRun(test, task, startNs, startNs + timeS * NS_PER_S) };
}

export const SYSBENCH_COMMAND: Command = {
  name: 'sysbench',
  summary: 'run a cpu, memory, fileio or oltp benchmark (sysbench 1.0)',
  run(ctx: CommandContext, args: readonly string[]): CommandOutcome {
    const a = parseSysbenchArgs(args);
    if (typeof a === 'string') return done(a, 1);
    if (a.version) return done(`${SYSBENCH_VERSION}\n`);
    if (a.test === null) return done(USAGE, 1);
    const test = Object.hasOwn(TEST_NAMES, a.test) ? TEST_NAMES[a.test] : undefined;
    if (!test) return done(`${SYSBENCH_VERSION} (using bundled LuaJIT 2.1.0-beta2)\n\nFATAL: Cannot find benchmark '${a.test}': no such built-in test, file or module\n`, 1);
    switch (a.command) {
      case 'run':
        return startRun(ctx, test, a, args);
      case 'prepare':
      case 'cleanup':
        return NEEDS_DATA.has(test)
          ? done(`${SYSBENCH_VERSION} (using bundled LuaJIT 2.1.0-beta2)\n\nThe simulated ${a.test} data set is always in place: nothing to ${a.command}.\n`)
          : done(`${SYSBENCH_VERSION} (using bundled LuaJIT 2.1.0-beta2)\n\n'${a.test}' test does not implement the '${a.command}' command.\n`, 1);
      case 'help':
      case null:
        return done(`${SYSBENCH_VERSION} (using bundled LuaJIT 2.1.0-beta2)\n\n${a.test} options: none beyond the general ones (--threads, --time, --events).\n`, a.command === null ? 1 : 0);
      default:
        return done(`${SYSBENCH_VERSION} (using bundled LuaJIT 2.1.0-beta2)\n\nUnknown command: ${a.command}\n`, 1);
    }
  },
};
