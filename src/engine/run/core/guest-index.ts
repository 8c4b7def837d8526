/**
 * The guests indexed for a dispatch among many ready ones (runnable-guests.ts): those with
 * workers on a core or queued (a waking guest is levelled with the least of them), and
 * those that could take a core now (workers queued, a vCPU free) least CPU first. The
 * scheduler tells it of every change to a guest's run queue, busy vCPUs, vruntime or
 * waking: the counts of woken and capped candidates follow at once, the heaps when they
 * are read (guest-heap.ts).
 */
import { GuestHeap } from './guest-heap.ts';
import type { GuestRuntime } from './guest-runtime.ts';

const isActive = (g: GuestRuntime): boolean => g.vcpusBusy + g.ready.length > 0;
const isCandidate = (g: GuestRuntime): boolean => g.ready.length > 0 && g.vcpusBusy < g.vcpus;

export class GuestIndex {
  private readonly active = new GuestHeap(isActive);
  private readonly candidates = new GuestHeap(isCandidate);
  /** Of the candidates: how many woke and have not run since, and how many have a CPU cap. */
  wokenCandidates = 0;
  cappedCandidates = 0;
  /** Per guest index: whether it is counted among the woken and the capped candidates. */
  private readonly countedWoken: boolean[] = [];
  private readonly countedCapped: boolean[] = [];

  /** The least vruntime among guests with workers on a core or queued (Infinity: none). */
  leastActiveVruntime(): number {
    return this.active.peek()?.vruntime ?? Infinity;
  }

  /** The candidate that has had the least CPU (the lowest index among equals), or null. */
  leastServedCandidate(): GuestRuntime | null {
    return this.candidates.peek();
  }

  /** `g`'s run queue, busy vCPUs, vruntime or waking changed. */
  refresh(g: GuestRuntime): void {
    const i = g.index;
    this.active.note(g);
    this.candidates.note(g);
    const candidate = isCandidate(g);
    const woken = candidate && g.woken;
    if (woken !== (this.countedWoken[i] ?? false)) this.wokenCandidates += woken ? 1 : -1;
    this.countedWoken[i] = woken;
    const capped = candidate && g.capBudgetNs !== Infinity;
    if (capped !== (this.countedCapped[i] ?? false)) this.cappedCandidates += capped ? 1 : -1;
    this.countedCapped[i] = capped;
  }
}
