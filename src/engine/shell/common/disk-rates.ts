/**
 * What iostat (Linux's and Solaris') works out of two samples of a kernel's disk counters:
 * requests and KiB per second, the average queue, a request's latency and service time,
 * and how busy the disk was (os/kernel-counters.ts, run/core/disk-activity.ts).
 */
import type { KernelCounters } from '../../os/machine.ts';
import { NS_PER_MS, NS_PER_S } from '../../sim/units.ts';
import type { KernelSample } from './kernel-sample.ts';

export interface DiskRates {
  readonly seconds: number;
  readonly readsPerS: number;
  readonly writesPerS: number;
  /** KiB read and written in the interval. */
  readonly readKiB: number;
  readonly writtenKiB: number;
  /** Requests in flight on average (waiting or being served). */
  readonly queue: number;
  /** A request's average time from issue to completion, and the disk's busy time per request, ms. */
  readonly awaitMs: number;
  readonly serviceMs: number;
  /** Per cent of the interval the disk had requests in flight. */
  readonly busyPercent: number;
  /** KiB per request. */
  readonly kibPerRequest: number;
}

export function diskRates(now: KernelSample, before: KernelSample): DiskRates {
  const delta = (k: keyof KernelCounters): number => Math.max(0, now.counters[k] - before.counters[k]);
  const seconds = Math.max((now.atNs - before.atNs) / NS_PER_S, 1e-9);
  const ops = delta('diskOps');
  const reads = delta('readOps');
  const readKiB = delta('readKiB');
  const writtenKiB = delta('writtenKiB');
  const awaitNs = delta('diskAwaitNs');
  const busyNs = delta('diskBusyNs');
  const perOp = (x: number): number => (ops > 0 ? x / ops : 0);
  return {
    seconds,
    readsPerS: reads / seconds,
    writesPerS: (ops - reads) / seconds,
    readKiB,
    writtenKiB,
    queue: awaitNs / (seconds * NS_PER_S),
    awaitMs: perOp(awaitNs) / NS_PER_MS,
    serviceMs: perOp(busyNs) / NS_PER_MS,
    busyPercent: Math.min(100, (100 * busyNs) / (seconds * NS_PER_S)),
    kibPerRequest: perOp(readKiB + writtenKiB),
  };
}
