/**
 * dd (GNU coreutils) writing zeros: `dd if=/dev/zero of=FILE bs=1M count=N`. Its flags choose
 * the write path, as on Linux:
 * - by default the copy goes through the page cache (workloads/dd-writes.ts: each 1 MiB block
 *   copied into dirty pages, written back later), so dd reports memory-copy speed until its
 *   kernel's dirty limit holds it to writeback's (run/core/dirty-throttle.ts);
 * - conv=fdatasync or conv=fsync: the same, then one flush that waits for every block still
 *   unwritten and the file's journal commit; the report's time includes it (dd's stats come
 *   after its fdatasync);
 * - oflag=direct, dsync or sync: every block written and waited for (the engine's
 *   sequential-write workload 'seq-write', one transaction = 1 MiB).
 * `of=/dev/null` touches no disk: the kernel zeroes each block for read(2) and drops it for
 * write(2), system time at the memory's bandwidth (workloads/dd-writes.ts ZEROS_TO_NULL).
 * Simplified: the engine always writes in 1 MiB requests whatever `bs` says, and only
 * /dev/zero can be read. Solaris 10's dd reports its records without a rate.
 *
 * The file appears in the machine's file system as a short placeholder text (the
 * simulator keeps no bytes) that reports the size dd wrote, so `ls` and `df` show it. A
 * copy larger than the file system's free space stops when the space runs out, with
 * `No space left on device`, as `dd if=/dev/zero of=/fill` does on a real disk (and, as
 * coreutils 8.4 quits on the failed write, without its flush). Report layout of coreutils
 * 8.4: `N+0 records in`, `N+0 records out`, `X bytes (Y MB) copied, Z s, W MB/s`.
 */
import type { DiskInfo } from '../../os/machine.ts';
import type { Command, CommandContext, CommandOutcome, RunningCommand } from '../command.ts';
import { done } from '../command.ts';
import { resolvePath } from '../paths.ts';
import { MIB, NS_PER_MS, NS_PER_S } from '../../sim/units.ts';
import { MAX_COUNT, MAX_SECONDS, parseByteSize, parseCount } from './option-values.ts';
import { nextLookNs, notStarted, perSecond, seconds, startWatched, type WatchedTask } from './task-watch.ts';
import { BUFFERED_SEQ_WRITE, FDATASYNC, ZEROS_TO_NULL } from '../../workloads/dd-writes.ts';

/** dd's default block size (ibs = obs = 512). */
const DEFAULT_BS = 512;
/** Largest block dd may use here: dd allocates one such buffer. */
const MAX_BS = 1024 * MIB;
const LOOK_INTERVAL_NS = 100 * NS_PER_MS;
/**
 * The first look, 1 ms after the start; each later one after as long again as the run has
 * taken, up to LOOK_INTERVAL_NS. The flush starts when dd is seen done with its writes, so
 * it starts within the time they took — before a disk slower than the copy is through them.
 */
const FIRST_LOOK_NS = NS_PER_MS;
/** oflag values that make every write wait for the disk. */
const SYNC_OFLAGS = ['direct', 'dsync', 'sync'];
/** conv values that flush the file once the copy is done. */
const FLUSH_CONVS = ['fdatasync', 'fsync'];
const TRY_HELP = "Try `dd --help' for more information.\n";
/** Open errors that stop dd before it copies anything (other file-system refusals only lose the placeholder). */
const FATAL_OPEN_ERRORS = ['No such file or directory', 'Is a directory', 'Not a directory', 'Read-only file system'];

interface DdArgs {
  readonly input: string | null;
  readonly output: string | null;
  readonly bs: number;
  /** Blocks to copy, or null for "until stopped". */
  readonly count: number | null;
  readonly status: 'default' | 'noxfer' | 'none';
  /** Through the page cache, through it and flushed at the end, or every write waited for. */
  readonly write: 'buffered' | 'flushed' | 'sync';
}

/** Parses dd's `name=value` operands; a string is the error to print. */
export function parseDdArgs(args: readonly string[]): DdArgs | string {
  let input: string | null = null;
  let output: string | null = null;
  let bs = DEFAULT_BS;
  let count: number | null = null;
  let status: DdArgs['status'] = 'default';
  let flush = false;
  let sync = false;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const key = eq < 0 ? arg : arg.slice(0, eq);
    const value = eq < 0 ? '' : arg.slice(eq + 1);
    if (eq < 0) return `dd: unrecognized operand \`${arg}'\n${TRY_HELP}`;
    if (key === 'if') input = value;
    else if (key === 'of') output = value;
    else if (key === 'bs' || key === 'obs' || key === 'ibs') {
      const size = parseByteSize(value);
      if (size === null) return `dd: invalid number \`${value}'\n`;
      if (size > MAX_BS) return 'dd: memory exhausted\n';
      bs = size;
    } else if (key === 'count') {
      const n = parseCount(value, MAX_COUNT);
      if (n === null) return `dd: invalid number \`${value}'\n`;
      count = n;
    } else if (key === 'status') {
      if (value !== 'none' && value !== 'noxfer' && value !== 'progress') return `dd: invalid status flag: \`${value}'\n${TRY_HELP}`;
      if (value !== 'progress') status = value;
    } else if (key === 'conv') {
      flush ||= value.split(',').some((v) => FLUSH_CONVS.includes(v));
    } else if (key === 'oflag') {
      sync ||= value.split(',').some((v) => SYNC_OFLAGS.includes(v));
    } else if (key !== 'iflag') {
      return `dd: unrecognized operand \`${arg}'\n${TRY_HELP}`;
    }
  }
  return { input, output, bs, count, status, write: sync ? 'sync' : flush ? 'flushed' : 'buffered' };
}

/** A byte count or rate as coreutils prints it (SI, 3 figures): `1.1 GB`, `105 MB`. */
export function siBytes(x: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let k = 0;
  let v = x;
  while (v >= 999.5 && k < units.length - 1) {
    v /= 1000;
    k++;
  }
  const text = k > 0 && v < 9.95 ? v.toFixed(1) : String(Math.round(v));
  return `${text} ${units[k] ?? 'B'}`;
}

/** Seconds as printf's %g prints them (6 significant digits, no trailing zeros). */
function gSeconds(ns: number): string {
  return String(Number(seconds(ns).toPrecision(6)));
}

/**
 * What dd may write: the blocks asked for (all it can, without a count), or the whole blocks
 * that fit in the free space, which then runs out.
 */
interface CopyLimit {
  readonly bytes: number;
  readonly noSpace: boolean;
}

function copyLimit(a: DdArgs, freeBytes: number): CopyLimit {
  const asked = a.count === null ? Infinity : a.count * a.bs;
  const fits = Math.floor(freeBytes / a.bs) * a.bs;
  return fits < asked ? { bytes: fits, noSpace: true } : { bytes: asked, noSpace: false };
}

/** Free bytes on the file system holding `path`: the disk mounted at the longest prefix of it. */
function freeBytesAt(disks: readonly DiskInfo[], path: string): number {
  let best: DiskInfo | null = null;
  for (const d of disks) {
    const under = d.mount === '/' || path === d.mount || path.startsWith(d.mount + '/');
    if (under && (best === null || d.mount.length > best.mount.length)) best = d;
  }
  return best === null ? Infinity : Math.max(0, best.sizeKiB - best.usedKiB) * 1024;
}

/** dd's closing fdatasync, started once its writes are done, and when. */
interface Flush {
  readonly task: WatchedTask;
  readonly startNs: number;
}

class DdRun implements RunningCommand {
  private last: number;
  private finished = false;
  private flush: Flush | null = null;
  /** Without a count, the run stops at the simulator's longest run. */
  private readonly deadlineNs: number | null;

  constructor(
    private readonly ctx: CommandContext,
    private readonly a: DdArgs,
    private readonly filePath: string | null,
    private readonly limit: CopyLimit,
    private readonly task: WatchedTask,
    private readonly startNs: number,
  ) {
    this.last = startNs;
    this.deadlineNs = a.count === null ? startNs + MAX_SECONDS * NS_PER_S : null;
  }

  advance(nowNs: number): { output: string; done: boolean; status: number } {
    if (this.finished) return { output: '', done: true, status: 0 };
    this.last = Math.max(this.last, nowNs);
    const p = this.task.handle.progress();
    if (!p.done) return { output: '', done: false, status: 0 };
    // Run to its limit, the copy is exactly that; stopped at the time cap, what got done.
    const bytes = Math.min(this.limit.bytes, p.transactions * MIB);
    const full = bytes >= this.limit.bytes && this.limit.noSpace;
    let elapsedNs = p.elapsedNs;
    // conv=fdatasync after a whole copy (dd quits on a failed write without it): the report waits for the flush.
    if (this.a.write === 'flushed' && bytes >= this.limit.bytes && !full) {
      if (this.flush === null) this.flush = { task: startWatched(this.ctx.machine, { command: this.task.spec.command, workload: FDATASYNC, workers: 1, maxTransactions: 1 }), startNs: nowNs };
      const f = this.flush.task.handle.progress();
      if (!f.done) return { output: '', done: false, status: 0 };
      elapsedNs = this.flushedAtNs(this.flush);
    }
    this.finished = true;
    return { output: this.finish(bytes, elapsedNs, full), done: true, status: full ? 1 : 0 };
  }

  nextWakeNs(): number | null {
    if (this.finished) return null;
    const interval = Math.min(LOOK_INTERVAL_NS, Math.max(FIRST_LOOK_NS, this.last - this.startNs));
    return nextLookNs(this.last, interval, this.deadlineNs);
  }

  interrupt(): string {
    if (this.finished) return '';
    this.finished = true;
    this.task.handle.cancel();
    const p = this.task.handle.progress();
    if (this.flush !== null) {
      // Stopped in its flush: every block was written, and the time runs to now.
      this.flush.task.handle.cancel();
      return '^C' + this.finish(this.limit.bytes, this.flushedAtNs(this.flush), false);
    }
    // dd catches SIGINT and reports the whole records written so far.
    const bytes = Math.floor(Math.min(this.limit.bytes, p.transactions * MIB) / this.a.bs) * this.a.bs;
    return '^C' + this.finish(bytes, p.elapsedNs, false);
  }

  /** From dd's start to the end of its flush (or where the flush was stopped), ns. */
  private flushedAtNs(f: Flush): number {
    return f.startNs - this.startNs + f.task.handle.progress().elapsedNs;
  }

  private finish(bytesCopied: number, elapsedNs: number, noSpace: boolean): string {
    const bytes = Math.max(0, Math.floor(bytesCopied));
    if (this.filePath !== null) writePlaceholder(this.ctx, this.filePath, bytes);
    return report(this.a, bytes, elapsedNs, noSpace);
  }
}

/** What dd prints when it stops after `bytes`; `noSpace`: the next block was read but could not be written. */
function report(a: DdArgs, bytes: number, elapsedNs: number, noSpace: boolean): string {
  const error = noSpace ? `dd: writing \`${a.output ?? ''}': No space left on device\n` : '';
  if (a.status === 'none') return error;
  const full = Math.floor(bytes / a.bs);
  const partial = bytes % a.bs > 0 ? 1 : 0;
  let out = `${error}${full + (noSpace ? 1 : 0)}+${partial} records in\n${full}+${partial} records out\n`;
  if (a.status === 'default') {
    out += `${bytes} bytes (${siBytes(bytes)}) copied, ${gSeconds(elapsedNs)} s, ${siBytes(perSecond(bytes, elapsedNs))}/s\n`;
  }
  return out;
}

/** Writes the placeholder standing for the file's bytes (its reported size); null on success, else the file system's error. */
function writePlaceholder(ctx: CommandContext, path: string, bytes: number): string | null {
  const text = `dd wrote ${bytes} bytes of zeros here; the simulator does not keep file contents.\n`;
  const r = ctx.machine.fs.write(path, text, false, ctx.machine.now(), bytes);
  return r.ok ? null : r.error;
}

export const DD_COMMAND: Command = {
  name: 'dd',
  summary: 'copy zeros to a file or /dev/null and report the rate',
  run(ctx: CommandContext, args: readonly string[]): CommandOutcome {
    const parsed = parseDdArgs(args);
    if (typeof parsed === 'string') return done(parsed, 1);
    // Solaris 10's dd (usr/src/cmd/dd/dd.c of 2005) reports its records and no rate: time it to read one.
    const a: DdArgs = ctx.machine.family === 'solaris' && parsed.status === 'default' ? { ...parsed, status: 'noxfer' } : parsed;
    if (a.input !== '/dev/zero') return done("dd: this simulator's dd reads only /dev/zero (use if=/dev/zero)\n", 1);
    if (a.output === null || a.output === '/dev/stdout') return done('dd: writing zeros to the terminal is not supported here; use of=FILE or of=/dev/null\n', 1);
    const toNull = a.output === '/dev/null';
    if (!toNull && a.output.startsWith('/dev/')) return done(`dd: opening \`${a.output}': Permission denied\n`, 1);
    const filePath = toNull ? null : resolvePath(ctx.cwd, a.output);
    if (filePath !== null) {
      // Opening truncates the file: what it held is free again.
      const error = writePlaceholder(ctx, filePath, 0);
      if (error !== null && FATAL_OPEN_ERRORS.includes(error)) return done(`dd: opening \`${a.output}': ${error}\n`, 1);
    }
    const limit = copyLimit(a, filePath === null ? Infinity : freeBytesAt(ctx.machine.disks(), filePath));
    // Nothing to copy (count=0, or a full file system): the report at once.
    if (limit.bytes === 0) return done(report(a, 0, 0, limit.noSpace), limit.noSpace ? 1 : 0);
    const startNs = ctx.machine.now();
    const task = startWatched(ctx.machine, {
      command: ['dd', ...args].join(' '),
      workload: toNull ? ZEROS_TO_NULL : a.write === 'sync' ? 'seq-write' : BUFFERED_SEQ_WRITE,
      workers: 1,
      maxDurationNs: MAX_SECONDS * NS_PER_S,
      ...(limit.bytes !== Infinity ? { maxTransactions: limit.bytes / MIB } : {}),
    });
    return notStarted('dd', task) ?? { kind: 'running', run: new DdRun(ctx, a, filePath, limit, task, startNs) };
  },
};
