/**
 * vmstat (procps 3.2.7): `vmstat [-n] [delay [count]]`. The first report gives averages
 * since boot, each later one the `delay` seconds since the one before: processes running
 * (r) and waiting on a device (b), memory in KiB, KiB swapped in and out and blocks read
 * and written per second (1 KiB blocks), interrupts and context switches per second, and the
 * CPU split us/sy/id/wa/st in per cent — st the time a vCPU was ready while the
 * hypervisor ran something else. Without a delay it prints one report. The header is
 * printed again every screen height, unless -n. The figures are the Machine's.
 */
import type { CpuTimes, KernelCounters, Machine, MemoryInfo } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { intervalAndCount, parseOptions } from '../common/options.ts';
import { refreshing } from '../common/refresh.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { bootSample, kernelSample, ratePerSecond, runnableAndBlocked, type KernelSample } from '../common/kernel-sample.ts';

const HEADER = [
  'procs -----------memory---------- ---swap-- -----io---- --system-- -----cpu------',
  ' r  b   swpd   free   buff  cache   si   so    bi    bo   in   cs us sy id wa st',
];
const USAGE = [
  'usage: vmstat [-V] [-n] [delay [count]]',
  '              -V prints version.',
  '              -n causes the headers not to be reprinted regularly.',
  '              delay is the delay between updates in seconds. ',
  '              count is the number of updates.',
].join('\n') + '\n';
const VERSION = 'procps version 3.2.7\n';

/** procps' columns: widths %2u %2u %6u %6u %6u %6u %4u %4u %5u %5u %4u %4u %2u %2u %2u %2u %2u. */
const WIDTHS = [2, 2, 6, 6, 6, 6, 4, 4, 5, 5, 4, 4, 2, 2, 2, 2, 2];

function line(values: readonly number[]): string {
  return values.map((v, i) => String(Math.max(0, Math.round(v))).padStart(WIDTHS[i] ?? 2)).join(' ');
}

/** us sy id wa st: each share of the CPU time between the two samples, in per cent (procps rounds each). */
function cpuPercents(now: CpuTimes, before: CpuTimes): number[] {
  const d = (k: keyof CpuTimes): number => Math.max(0, now[k] - before[k]);
  const parts = [d('user'), d('system'), d('idle'), d('iowait'), d('steal')];
  const total = parts.reduce((a, b) => a + b, 0);
  // An interval with no CPU time (a machine just started): all idle, as a kernel with no ticks yet reads.
  return total > 0 ? parts.map((x) => (100 * x) / total) : [0, 0, 100, 0, 0];
}

/** One report: the state now, and rates over the time since `before`. */
function report(m: Machine, mem: MemoryInfo, now: KernelSample, before: KernelSample): string {
  const rate = (k: keyof KernelCounters): number => ratePerSecond(now, before, k);
  const { runnable, blocked } = runnableAndBlocked(m);
  return line([
    runnable,
    blocked,
    mem.swapTotalKiB - mem.swapFreeKiB,
    mem.freeKiB,
    mem.buffersKiB,
    mem.cachedKiB,
    rate('swappedInKiB'),
    rate('swappedOutKiB'),
    rate('readKiB'),
    rate('writtenKiB'),
    rate('interrupts'),
    rate('contextSwitches'),
    ...cpuPercents(now.cpu, before.cpu),
  ]);
}

export const VMSTAT: Command = {
  name: 'vmstat',
  summary: 'processes, memory, swap, I/O, interrupts and CPU (with steal): vmstat [delay [count]]',
  run(ctx, args) {
    const parsed = parseOptions(args, 'Vn');
    if (!parsed.ok) return done(`vmstat: ${parsed.error}\n${USAGE}`, 2);
    const { flags, operands } = parsed.value;
    if (flags.has('V')) return done(VERSION);
    const schedule = intervalAndCount(operands);
    if (!schedule) return done(USAGE, 2);
    const delay = schedule.intervalS;
    const m = ctx.machine;
    let last = bootSample(m);
    // The header again every screen height less its own two lines and the prompt's (procps' height).
    const every = flags.has('n') ? Infinity : Math.max(1, ctx.rows - 3);
    const frame = (nowNs: number, index: number): string => {
      const now = kernelSample(m, nowNs);
      const text = report(m, m.memory(), now, last);
      last = now;
      return (index % every === 0 ? HEADER.join('\n') + '\n' : '') + text + '\n';
    };
    if (delay === null) return done(frame(m.now(), 0));
    return { kind: 'running', run: refreshing({ startNs: m.now(), intervalNs: delay * NS_PER_S, count: schedule.count, fullScreen: false, quitKey: false, frame }) };
  },
};
