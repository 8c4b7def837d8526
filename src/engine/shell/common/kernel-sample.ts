/**
 * What vmstat (Linux's and Solaris') differences its reports from: a machine's kernel
 * counters and CPU times at one moment, and the zeros it counted from at boot.
 */
import { NO_COUNTS } from '../../os/kernel-counters.ts';
import type { CpuTimes, KernelCounters, Machine, RunQueue } from '../../os/machine.ts';
import { NS_PER_S } from '../../sim/units.ts';

export interface KernelSample {
  readonly atNs: number;
  readonly counters: KernelCounters;
  readonly cpu: CpuTimes;
}

export function kernelSample(m: Machine, atNs: number): KernelSample {
  return { atNs, counters: m.kernelCounters(), cpu: m.cpuTimes() };
}

/** The machine at its boot: nothing counted yet, so a first report gives averages since boot. */
export function bootSample(m: Machine): KernelSample {
  return { atNs: m.bootedAtNs(), counters: NO_COUNTS, cpu: { user: 0, system: 0, idle: 0, iowait: 0, steal: 0 } };
}

/** The processes that can run now (R) and that wait for a device (D), as the machine's kernel counts them: vmstat's r and b. */
export function runnableAndBlocked(m: Machine): RunQueue {
  const kernel = m.kernelRunQueue?.();
  if (kernel) return kernel;
  let runnable = 0;
  let blocked = 0;
  for (const p of m.processes()) {
    if (p.state === 'R') runnable++;
    else if (p.state === 'D') blocked++;
  }
  return { runnable, blocked };
}

/** The rate of counter `k` per second between two samples. */
export function ratePerSecond(now: KernelSample, before: KernelSample, k: keyof KernelCounters): number {
  const seconds = Math.max((now.atNs - before.atNs) / NS_PER_S, 1e-9);
  return Math.max(0, now.counters[k] - before.counters[k]) / seconds;
}
