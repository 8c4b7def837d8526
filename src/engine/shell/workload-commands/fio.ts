/**
 * fio (3.x command line): one job, `fio --name=NAME --rw=randwrite --bs=4k --iodepth=1
 * --numjobs=1 --direct=0 --fsync=1 --ioengine=psync --runtime=30 [--size=1g]`. It runs the
 * engine's fio workload built from those options (workloads/fio.ts: one transaction is one
 * I/O) for the runtime, or until `size` bytes per job are done, and prints fio's summary
 * with what the engine measured: IOPS, bandwidth, completion-latency percentiles, CPU.
 * Options the model has no use for (--filename, --group_reporting, --time_based …) are
 * accepted and ignored; single-dash options (`-rw=read`) are read as fio reads them.
 */
import type { Command, CommandContext, CommandOutcome } from '../command.ts';
import { done } from '../command.ts';
import type { TaskProgress } from '../../os/machine.ts';
import { NS_PER_MS, NS_PER_S } from '../../sim/units.ts';
import { fioInFlight, fioJob, fioWorkload, type FioJob } from '../../workloads/fio.ts';
import { FIO_ENGINES, FIO_RW } from '../../workloads/workload-parameters.ts';
import { MAX_SECONDS, parseCount, parseDurationNs, parseToolSize, splitLongOption } from './option-values.ts';
import { runOneTask } from './one-task-run.ts';
import { guestCpuNs, seconds } from './task-watch.ts';

const FIO_VERSION = 'fio-3.1';
const LOOK_INTERVAL_NS = 500 * NS_PER_MS;
const MIB = 1024 * 1024;
/** Options fio has that change nothing the model has. */
const IGNORED = new Set(['--filename', '--directory', '--group_reporting', '--time_based', '--thread', '--randrepeat', '--norandommap', '--output-format', '--gtod_reduce', '--ramp_time', '--invalidate']);

interface FioArgs {
  readonly name: string;
  readonly job: FioJob;
  readonly runtimeNs: number | null;
  readonly sizeBytes: number | null;
}

/** A fio boolean: 1/0, true/false. */
function flag(v: string): boolean | null {
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return null;
}

/** Parses fio's options; a string is the error to print. */
export function parseFioArgs(args: readonly string[]): FioArgs | string {
  const o: Record<string, string> = {};
  for (const raw of args) {
    const arg = raw.startsWith('--') ? raw : raw.startsWith('-') ? `-${raw}` : raw;
    const { name, value } = splitLongOption(arg);
    if (IGNORED.has(name)) continue;
    if (!name.startsWith('--') || value === null) return `fio: unrecognized option '${raw}'\n`;
    o[name.slice(2)] = value;
  }
  const known = ['name', 'rw', 'readwrite', 'bs', 'blocksize', 'iodepth', 'numjobs', 'direct', 'fsync', 'ioengine', 'runtime', 'size'];
  const unknown = Object.keys(o).find((k) => !known.includes(k));
  if (unknown !== undefined) return `fio: option '${unknown}' is not modelled here\n`;
  const rw = o['rw'] ?? o['readwrite'] ?? 'read';
  if (!(FIO_RW as readonly string[]).includes(rw)) return `fio: rw=${rw}: only ${FIO_RW.join(', ')} are modelled here\n`;
  const bsText = o['bs'] ?? o['blocksize'] ?? '4k';
  const bs = parseToolSize(bsText);
  if (bs === null || bs % 512 !== 0 || bs > 16 * MIB) return `fio: bs=${bsText}: a multiple of 512 bytes up to 16m\n`;
  const count = (key: string, fallback: number, max: number): number | null => (o[key] === undefined ? fallback : parseCount(o[key] ?? '', max));
  const iodepth = count('iodepth', 1, 256);
  const numjobs = count('numjobs', 1, 64);
  const fsync = count('fsync', 0, 1_000_000);
  if (iodepth === null || iodepth < 1 || numjobs === null || numjobs < 1 || fsync === null) return 'fio: iodepth and numjobs are whole numbers ≥ 1, fsync ≥ 0\n';
  const direct = flag(o['direct'] ?? '0');
  if (direct === null) return `fio: direct=${o['direct'] ?? ''}: 0 or 1\n`;
  const ioengine = o['ioengine'] ?? 'psync';
  if (!(FIO_ENGINES as readonly string[]).includes(ioengine)) return `fio: ioengine=${ioengine}: only ${FIO_ENGINES.join(' and ')} are modelled here\n`;
  const runtimeNs = o['runtime'] === undefined ? null : parseDurationNs(o['runtime']);
  if (o['runtime'] !== undefined && (runtimeNs === null || runtimeNs <= 0)) return `fio: runtime=${o['runtime']}: a duration such as 30 or 2m\n`;
  const sizeBytes = o['size'] === undefined ? null : parseToolSize(o['size']);
  if (o['size'] !== undefined && sizeBytes === null) return `fio: size=${o['size']}: a size such as 1g\n`;
  if (runtimeNs === null && sizeBytes === null) return 'fio: give --runtime=<seconds> or --size=<bytes> (the job needs an end)\n';
  const job = fioJob({ rw: rw as FioJob['rw'], bs, iodepth, numjobs, direct, fsync, ioengine: ioengine as FioJob['ioengine'] });
  return { name: o['name'] ?? 'job', job, runtimeNs, sizeBytes };
}

/** fio's bandwidth figure: MiB/s (MB/s). */
function bandwidth(bytesPerS: number): string {
  return `${(bytesPerS / MIB).toFixed(1)}MiB/s (${(bytesPerS / 1e6).toFixed(1)}MB/s)`;
}

function header(a: FioArgs): string {
  const j = a.job;
  const bs = `${j.bs}B-${j.bs}B`;
  return (
    `${a.name}: (g=0): rw=${j.rw}, bs=(R) ${bs}, (W) ${bs}, (T) ${bs}, ioengine=${j.ioengine}, iodepth=${j.iodepth}\n` +
    `${j.numjobs > 1 ? '...\n' : ''}${FIO_VERSION}\nStarting ${j.numjobs} process${j.numjobs > 1 ? 'es' : ''}\n`
  );
}

function report(a: FioArgs, p: TaskProgress, pid: number): string {
  const j = a.job;
  const write = j.rw === 'write' || j.rw === 'randwrite';
  const ios = Math.floor(p.transactions);
  const s = seconds(p.elapsedNs);
  const bytes = ios * j.bs;
  const msec = Math.round(p.elapsedNs / NS_PER_MS);
  const cpu = guestCpuNs(p);
  const pct = (ns: number): string => (p.elapsedNs > 0 ? ((100 * ns) / (p.elapsedNs * j.numjobs)).toFixed(2) : '0.00');
  const usec = (ms: number | null): string => (ms === null ? '-' : Math.round(ms * 1000).toString());
  const dir = write ? 'write' : 'read';
  return [
    '',
    `${a.name}: (groupid=0, jobs=${j.numjobs}): err= 0: pid=${pid}`,
    `  ${dir}: IOPS=${s > 0 ? Math.round(ios / s) : 0}, BW=${bandwidth(s > 0 ? bytes / s : 0)}(${(bytes / MIB).toFixed(1)}MiB/${msec}msec)`,
    `    clat percentiles (usec): 50.00th=[${usec(p.latencyMs.p50)}], 99.00th=[${usec(p.latencyMs.p99)}]`,
    `  cpu          : usr=${pct(cpu.userNs)}%, sys=${pct(cpu.systemNs)}%`,
    `  IO depths    : ${fioInFlight(j) / j.numjobs}=100.0%`,
    '',
    'Run status group 0 (all jobs):',
    `  ${dir.toUpperCase()}: bw=${bandwidth(s > 0 ? bytes / s : 0)}, io=${(bytes / MIB).toFixed(1)}MiB, run=${msec}-${msec}msec`,
    '',
  ].join('\n');
}

export const FIO_COMMAND: Command = {
  name: 'fio',
  summary: 'flexible I/O tester: --rw --bs --iodepth --numjobs --direct --fsync --ioengine --runtime --size',
  run(ctx: CommandContext, args: readonly string[]): CommandOutcome {
    if (args.length === 0) return done(`${FIO_VERSION}\nusage: fio --name=job --rw=randread --bs=4k [--iodepth=1] [--numjobs=1] [--direct=0] [--fsync=0] [--ioengine=psync] --runtime=30 | --size=1g\n`, 1);
    const a = parseFioArgs(args);
    if (typeof a === 'string') return done(a, 1);
    const workload = fioWorkload(a.job);
    const limit = a.sizeBytes === null ? {} : { maxTransactions: Math.max(1, Math.floor((a.sizeBytes * a.job.numjobs) / a.job.bs)) };
    return runOneTask(ctx, {
      spec: {
        command: `fio --name=${a.name}`,
        workload,
        workers: fioInFlight(a.job),
        maxDurationNs: a.runtimeNs ?? MAX_SECONDS * NS_PER_S,
        ...limit,
      },
      header: header(a),
      lookNs: LOOK_INTERVAL_NS,
      report: (p, pid) => report(a, p, pid),
      failure: (error) => `fio: ${error}\n`,
    });
  },
};
