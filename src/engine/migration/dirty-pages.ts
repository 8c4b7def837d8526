/**
 * How fast a guest dirties its memory, from what its workload does (its operation mix ×
 * its throughput on this platform), and how much of it a round of pre-copy finds dirty.
 *
 * Pages written per transaction: each page fault (a fresh anonymous or copy-on-write page
 * is written), the stores among the bytes it streams (STORE_SHARE, one page per 4 KiB),
 * the disk blocks read into or written from its page cache, and half its packets'
 * payload (the received half lands in its buffers).
 *
 * The writes fall on the writable working set (Clark et al.'s WWS): the workload's
 * resident memory and page cache. Assumption: uniformly, so the distinct pages dirtied in
 * an interval T are W (1 − e^(−rT/W)), which saturates at the working set.
 */
import { STORE_SHARE } from '../calibration/migration-costs.ts';
import { PAGE_BYTES } from '../sim/units.ts';
import type { OpMix } from '../workloads/op-mix.ts';

/** Pages one transaction of `m` writes (not distinct). */
export function pageWritesPerTx(m: OpMix): number {
  const diskBytes = (m.diskOps + m.writebackOps) * m.diskBytesPerOp;
  const received = (m.netPackets / 2) * m.netBytesPerPacket;
  return m.pageFaults + (m.memBytes * STORE_SHARE) / PAGE_BYTES + diskBytes / PAGE_BYTES + received / PAGE_BYTES;
}

export interface DirtyingModel {
  /** Page writes per second. */
  readonly pagesPerSecond: number;
  /** Pages the writes fall on. */
  readonly workingSetPages: number;
}

/** Distinct pages dirtied in `ns` of virtual time. */
export function pagesDirtiedIn(d: DirtyingModel, ns: number): number {
  if (d.workingSetPages <= 0 || d.pagesPerSecond <= 0) return 0;
  return d.workingSetPages * (1 - Math.exp(-(d.pagesPerSecond * ns) / 1e9 / d.workingSetPages));
}
