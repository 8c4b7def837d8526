/**
 * Solaris 10's vmstat: `vmstat [interval [count]]`. The first report gives averages since
 * boot, each later one the interval since the one before: kernel threads runnable (r),
 * blocked on I/O (b) and swapped out (w); available swap and free memory in KB; page
 * reclaims and minor faults; KB paged in and out (file system and swap alike) and freed;
 * the page scanner; disk operations per second; interrupts, system calls and context
 * switches per second; and the CPU split us/sy/id, where id includes time waiting for I/O.
 * Columns are laid out as vmstat.c's adjprintf does: a number wider than its column takes
 * room from the columns after it. The header comes back after every 18 reports (REPRINT).
 * `vmstat -s` prints the event counters since boot instead (vmstat-sum.ts).
 */
import type { CpuTimes, KernelCounters, Machine } from '../../os/machine.ts';
import { bootSample, kernelSample, ratePerSecond, runnableAndBlocked, type KernelSample } from '../common/kernel-sample.ts';
import { PAGE_BYTES, NS_PER_S } from '../../sim/units.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { refreshing } from '../common/refresh.ts';
import { virtualSwap } from './swap.ts';
import { vmstatSumLines } from './vmstat-sum.ts';

const HEADER = [' kthr      memory            page            disk          faults      cpu', ' r b w   swap  free  re  mf pi po fr de sr s0 -- -- --   in   sy   cs us sy id'];
const USAGE = 'Usage: vmstat [-ipqsS] [-T d|u] [disk ...] [interval [count]]\n';
/** Reports between headers: vmstat.c prints the header again when `--lines` (set to REPRINT, 19) reaches 0. */
const REPORTS_PER_HEADER = 18;
/** The disk columns vmstat leaves room for; the host's one disk is the first. */
const DISK_COLUMNS = 4;

/** vmstat.c's adjprintf: each value right-aligned in its width, less what earlier values overflowed by. */
function laidOut(fields: readonly (readonly [number, number])[]): string {
  let adj = 0;
  let out = '';
  for (const [width, value] of fields) {
    const w = adj <= 0 ? width : adj >= width ? 1 : width - adj;
    const text = ' ' + String(Math.max(0, Math.round(value))).padStart(w);
    out += text;
    adj -= width + 1 - text.length;
  }
  return out;
}

function report(m: Machine, now: KernelSample, before: KernelSample): string {
  const rate = (k: keyof KernelCounters): number => ratePerSecond(now, before, k);
  const { runnable, blocked } = runnableAndBlocked(m);
  const d = (k: keyof CpuTimes): number => Math.max(0, now.cpu[k] - before.cpu[k]);
  const ticks = d('user') + d('system') + d('idle') + d('iowait') + d('steal');
  const pct = (x: number): number => (ticks > 0 ? (100 * x) / ticks : 0);
  const freedKiB = rate('swappedOutKiB');
  return laidOut([
    [1, runnable],
    [1, blocked],
    [1, 0],
    [6, virtualSwap(m).availableKiB],
    [5, m.memory().freeKiB],
    [3, 0],
    [3, rate('pageFaults')],
    [2, rate('readKiB') + rate('swappedInKiB')],
    [2, rate('writtenKiB') + freedKiB],
    [2, freedKiB],
    [2, 0],
    // The page scanner looks at every page it frees at least once.
    [2, freedKiB / (PAGE_BYTES / 1024)],
    [2, rate('diskOps')],
    ...Array.from({ length: DISK_COLUMNS - 1 }, () => [2, 0] as const),
    [4, rate('interrupts')],
    [4, rate('syscalls')],
    [4, rate('contextSwitches')],
    [2, pct(d('user'))],
    [2, pct(d('system') + d('steal'))],
    [2, ticks > 0 ? pct(d('idle') + d('iowait')) : 100],
  ]);
}

export const SOLARIS_VMSTAT: Command = {
  name: 'vmstat',
  summary: 'threads, swap, paging, disk, faults and CPU: vmstat [-s] [interval [count]]',
  run(ctx, args) {
    if (args[0] === '-s') return args.length === 1 ? done(vmstatSumLines(ctx.machine).join('\n') + '\n') : done(USAGE, 1);
    if (args.length > 2 || args.some((a) => !/^\d{1,9}$/.test(a) || Number(a) <= 0)) return done(USAGE, 1);
    const [interval, count] = args.map(Number);
    const m = ctx.machine;
    let last = bootSample(m);
    const frame = (nowNs: number, index: number): string => {
      const now = kernelSample(m, nowNs);
      const line = report(m, now, last);
      last = now;
      return (index % REPORTS_PER_HEADER === 0 ? HEADER.join('\n') + '\n' : '') + line + '\n';
    };
    if (interval === undefined) return done(frame(m.now(), 0));
    return { kind: 'running', run: refreshing({ startNs: m.now(), intervalNs: interval * NS_PER_S, count: count ?? null, fullScreen: false, quitKey: false, frame }) };
  },
};
