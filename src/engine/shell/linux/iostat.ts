/**
 * iostat (sysstat 9.0.4, RHEL 6's): `iostat [-c] [-d] [-k | -m] [-x] [device ...] [interval [count]]`.
 * The first report gives averages since boot, each later one the interval since the one
 * before: the CPU split (avg-cpu) and, per disk, requests per second and what they read and
 * wrote — with -x the requests' size, queue length, latency (await), service time and how
 * long the disk was busy (%util). The figures are the Machine's kernel counters: a VM sees
 * its virtual disk (busy while its requests are in flight, queued behind other guests' at
 * the physical disk included); a container, like its host, the host's disk with every
 * container's requests (its /proc/diskstats is the host kernel's). The model merges no
 * requests (rrqm/s, wrqm/s 0).
 */
import type { CpuTimes, Machine } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { intervalAndCount, parseOptions } from '../common/options.ts';
import { refreshing } from '../common/refresh.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { diskRates } from '../common/disk-rates.ts';
import { bootSample, kernelSample, type KernelSample } from '../common/kernel-sample.ts';
import { civilTime } from './virtual-calendar.ts';
import { diskDeviceName } from './block-device.ts';

const USAGE = [
  'Usage: iostat [ options ] [ <interval> [ <count> ] ]',
  'Options are:',
  '[ -c ] [ -d ] [ -N ] [ -n ] [ -h ] [ -k | -m ] [ -t ] [ -V ] [ -x ]',
  '[ <device> [...] | ALL ] [ -p [ <device> [,...] | ALL ] ]',
].join('\n') + '\n';
const VERSION = 'sysstat version 9.0.4\n(C) Sebastien Godard (sysstat <at> orange.fr)\n';
/** 512-byte sectors in a KiB: the "blocks" of iostat's default unit. */
const SECTORS_PER_KIB = 2;

const f2 = (v: number, width: number): string => (Number.isFinite(v) ? v : 0).toFixed(2).padStart(width);
const whole = (v: number, width: number): string => String(Math.max(0, Math.round(v))).padStart(width);

function banner(m: Machine): string {
  const t = civilTime(m.now(), m.epochUnixS);
  const date = `${String(t.month).padStart(2, '0')}/${String(t.day).padStart(2, '0')}/${t.year}`;
  return `${m.osName} ${m.kernelRelease} (${m.hostname}) \t${date} \t_${m.arch}_\t(${m.cpu().count} CPU)\n\n`;
}

/** avg-cpu: each share of the CPU time between the samples, in per cent (%nice is always 0: nothing runs niced). */
function cpuReport(now: CpuTimes, before: CpuTimes): string {
  const d = (k: keyof CpuTimes): number => Math.max(0, now[k] - before[k]);
  const parts = [d('user'), 0, d('system'), d('iowait'), d('steal'), d('idle')];
  const total = parts.reduce((a, b) => a + b, 0);
  const pct = total > 0 ? parts.map((x) => (100 * x) / total) : [0, 0, 0, 0, 0, 100];
  return `avg-cpu:  %user   %nice %system %iowait  %steal   %idle\n         ${pct.map((p) => f2(p, 6)).join('  ')}\n\n`;
}

type Unit = 'blocks' | 'kB' | 'MB';

/** The disk's line between the samples: the basic report, or -x's extended one. */
function deviceReport(name: string, now: KernelSample, before: KernelSample, unit: Unit, extended: boolean): string {
  const r = diskRates(now, before);
  const perKiB = unit === 'blocks' ? SECTORS_PER_KIB : unit === 'kB' ? 1 : 1 / 1024;
  const read = r.readKiB * perKiB;
  const written = r.writtenKiB * perKiB;
  const label = name.padEnd(13);
  if (!extended) {
    const names = unit === 'blocks' ? ['Blk_read/s', 'Blk_wrtn/s', 'Blk_read', 'Blk_wrtn'] : [`${unit}_read/s`, `${unit}_wrtn/s`, `${unit}_read`, `${unit}_wrtn`];
    const header = `Device:            tps ${names.slice(0, 2).map((n) => n.padStart(12)).join(' ')} ${names.slice(2).map((n) => n.padStart(10)).join(' ')}\n`;
    const tps = r.readsPerS + r.writesPerS;
    return `${header}${label} ${f2(tps, 8)} ${f2(read / r.seconds, 12)} ${f2(written / r.seconds, 12)} ${whole(read, 10)} ${whole(written, 10)}\n\n`;
  }
  const sizeNames = unit === 'blocks' ? ['rsec/s', 'wsec/s'] : [`r${unit}/s`, `w${unit}/s`];
  const header = `Device:         rrqm/s   wrqm/s     r/s     w/s ${sizeNames.map((n) => n.padStart(8)).join(' ')} avgrq-sz avgqu-sz   await  svctm  %util\n`;
  const values = [
    f2(0, 8),
    f2(0, 8),
    f2(r.readsPerS, 7),
    f2(r.writesPerS, 7),
    f2(read / r.seconds, 8),
    f2(written / r.seconds, 8),
    f2(r.kibPerRequest * SECTORS_PER_KIB, 8),
    f2(r.queue, 8),
    f2(r.awaitMs, 7),
    f2(r.serviceMs, 6),
    f2(r.busyPercent, 6),
  ];
  return `${header}${label} ${values.join(' ')}\n\n`;
}

export const IOSTAT: Command = {
  name: 'iostat',
  summary: 'CPU and disk I/O: requests, throughput, latency and utilisation per disk: iostat [-x] [-k] [interval [count]]',
  run(ctx, args) {
    const parsed = parseOptions(args, 'cdkmxV');
    if (!parsed.ok) return done(USAGE, 1);
    const { flags, operands } = parsed.value;
    if (flags.has('V')) return done(VERSION);
    if (flags.has('k') && flags.has('m')) return done(USAGE, 1);
    const devices = operands.filter((o) => !/^\d+$/.test(o));
    const numbers = operands.filter((o) => /^\d+$/.test(o));
    const schedule = intervalAndCount(numbers);
    if (!schedule) return done(USAGE, 1);
    const m = ctx.machine;
    const name = diskDeviceName(m);
    const unit: Unit = flags.has('k') ? 'kB' : flags.has('m') ? 'MB' : 'blocks';
    // -c or -d alone shows only that report; both or neither show both.
    const showCpu = flags.has('c') || !flags.has('d');
    const showDisk = (flags.has('d') || !flags.has('c')) && (devices.length === 0 || devices.includes(name) || devices.includes('ALL'));
    let last = bootSample(m);
    const frame = (nowNs: number, index: number): string => {
      const now = kernelSample(m, nowNs);
      const text = (index === 0 ? banner(m) : '') + (showCpu ? cpuReport(now.cpu, last.cpu) : '') + (showDisk ? deviceReport(name, now, last, unit, flags.has('x')) : '');
      last = now;
      return text;
    };
    if (schedule.intervalS === null) return done(frame(m.now(), 0));
    return { kind: 'running', run: refreshing({ startNs: m.now(), intervalNs: schedule.intervalS * NS_PER_S, count: schedule.count, fullScreen: false, quitKey: false, frame }) };
  },
};
