/**
 * The guests indexed for a dispatch among hundreds (cpu-scheduler.ts): those with workers
 * on a core or queued (a waking guest is levelled with the least of them), those that
 * could take a core now (workers queued, a vCPU free) least CPU first, and running counts
 * of what a scan of every guest would add up. The scheduler tells it of every change to a
 * guest's run queue, busy vCPUs, vruntime or waking; each costs O(log n).
 */
import { GuestHeap } from './guest-heap.ts';
import type { GuestRuntime } from './guest-runtime.ts';

export class GuestIndex {
  private readonly active = new GuestHeap();
  readonly candidates = new GuestHeap();
  /** Of the candidates: how many woke and have not run since, and how many have a CPU cap. */
  wokenCandidates = 0;
  cappedCandidates = 0;
  /** Per guest index: whether it is counted among the woken and the capped candidates. */
  private readonly countedWoken: boolean[] = [];
  private readonly countedCapped: boolean[] = [];
  /** Runnable workers that can be on a vCPU, all guests together (CFS's slice follows them), and each guest's part. */
  runnableVcpus = 0;
  private readonly runnableOf: number[] = [];
  /** Until when some guest may be paused: a pause takes a candidate out of the running without telling the index. */
  pausesUntilNs = 0;

  /** The least vruntime among guests with workers on a core or queued (Infinity: none). */
  leastActiveVruntime(): number {
    return this.active.peek()?.vruntime ?? Infinity;
  }

  /** `g`'s run queue, busy vCPUs, vruntime or waking changed: it takes its place. */
  refresh(g: GuestRuntime): void {
    const i = g.index;
    const runnable = g.vcpusBusy + g.ready.length;
    const onVcpus = Math.min(g.vcpus, runnable);
    this.runnableVcpus += onVcpus - (this.runnableOf[i] ?? 0);
    this.runnableOf[i] = onVcpus;
    this.active.place(g, runnable > 0);
    const candidate = g.ready.length > 0 && g.vcpusBusy < g.vcpus;
    this.candidates.place(g, candidate);
    const woken = candidate && g.woken;
    if (woken !== (this.countedWoken[i] ?? false)) this.wokenCandidates += woken ? 1 : -1;
    this.countedWoken[i] = woken;
    const capped = candidate && g.capBudgetNs !== Infinity;
    if (capped !== (this.countedCapped[i] ?? false)) this.cappedCandidates += capped ? 1 : -1;
    this.countedCapped[i] = capped;
  }

  /** Whether every candidate may run at `now` (none capped, none paused), so the top of `candidates` is the one to run. */
  allMayRun(now: number): boolean {
    return this.cappedCandidates === 0 && now >= this.pausesUntilNs;
  }
}
