/**
 * Which guests have work, for the CPU scheduler (cpu-scheduler.ts): those that could take a
 * core (a worker queued, a vCPU free: met in index order, so ties go as a scan of every
 * guest would), those with workers queued or running, and how many vCPUs' worth of workers are runnable (CFS's
 * slice follows it). With a few such guests a dispatch looks at each that could take a core, and a
 * waking guest is levelled against each active one; while many have work (every core
 * busy, a thousand booting) they are also indexed (guest-index.ts) and both are read off
 * heaps. Either way gives the same guest; the index costs O(log n) per change, so it is
 * kept only while it saves more than that.
 */
import { GuestIndex } from './guest-index.ts';
import type { GuestRuntime } from './guest-runtime.ts';
import { GuestSet } from './guest-set.ts';

/** Active guests past which they are indexed, and below which the index is dropped again (apart, so it is not rebuilt at every dispatch). */
const INDEX_FROM = 32;
const UNINDEX_BELOW = 8;

export class RunnableGuests {
  /** Guests that could take a core now: a worker queued and a vCPU free. */
  readonly candidates = new GuestSet();
  /** Guests with workers queued or on a vCPU. */
  private readonly active = new GuestSet();
  /** Runnable workers that can be on a vCPU, all guests together, and each guest's part. */
  runnableVcpus = 0;
  private readonly onVcpusOf: number[] = [];
  /** Until when some guest may be paused: a pause takes a ready guest out of the running without a change to its queue. */
  pausesUntilNs = 0;
  private index: GuestIndex | null = null;
  /** The active guests, when looked at one by one (reused). */
  private readonly scanned: GuestRuntime[] = [];

  /** `g`'s run queue, busy vCPUs, vruntime or waking changed. */
  changed(g: GuestRuntime): void {
    const runnable = g.vcpusBusy + g.ready.length;
    const onVcpus = Math.min(g.vcpus, runnable);
    this.runnableVcpus += onVcpus - (this.onVcpusOf[g.index] ?? 0);
    this.onVcpusOf[g.index] = onVcpus;
    this.active.set(g, runnable > 0);
    this.candidates.set(g, g.ready.length > 0 && g.vcpusBusy < g.vcpus);
    if (this.index !== null) {
      if (this.active.size < UNINDEX_BELOW) this.index = null;
      else this.index.refresh(g);
    } else if (this.active.size > INDEX_FROM) {
      const index = new GuestIndex();
      const n = this.active.fill(this.scanned);
      for (let i = 0; i < n; i++) index.refresh(this.scanned[i] as GuestRuntime);
      this.index = index;
    }
  }

  /** The least vruntime among guests with workers queued or running (Infinity: none). */
  leastActiveVruntime(): number {
    if (this.index) return this.index.leastActiveVruntime();
    let min = Infinity;
    const n = this.active.fill(this.scanned);
    for (let i = 0; i < n; i++) min = Math.min(min, (this.scanned[i] as GuestRuntime).vruntime);
    return min;
  }

  /**
   * The index, when the least-served candidate is its top: it is kept (many guests have
   * work) and every candidate may run at `now` (none capped, none paused). Else null:
   * the caller looks at each candidate.
   */
  indexed(now: number): GuestIndex | null {
    const index = this.index;
    return index !== null && index.cappedCandidates === 0 && now >= this.pausesUntilNs ? index : null;
  }
}
