/**
 * One guest's memory under pressure: what it wants beyond its plan (memory a process
 * allocated), and what the platform's mechanisms did to it (pages shared, ballooned,
 * swapped, page cache dropped, processes OOM-killed). Recomputed by memory-pressure.ts
 * whenever the guests' demand changes.
 */
import type { OomLogEntry } from './oom-kernel-log.ts';

export class GuestPressure {
  /** Anonymous memory processes of the guest allocated and touched beyond its workload (a memory hog), MiB. */
  allocatedMiB = 0;
  /** The guest's own kernel OOM-killed its workload (a VM keeps running without it). */
  workloadKilled = false;

  /** This guest's share of the one copy of pages it shares with identical guests, and what sharing saved it, MiB. */
  sharedMiB = 0;
  sharingSavedMiB = 0;
  balloonedMiB = 0;
  swappedMiB = 0;
  /** Page cache the host (or its cgroup) dropped, MiB. */
  cacheDroppedMiB = 0;
  /** Share of its working set's page touches that find the page in swap (0–1). */
  outFraction = 0;

  /** Pages read back from swap, and processes OOM-killed in (or because of) this guest. */
  swapIns = 0;
  oomKills = 0;
  /** OOM kills that took the guest's allocations (their owners see it: touching-workers.ts). */
  allocationKills = 0;
  /** What the last OOM kill was, for people. */
  lastOomKill: string | null = null;
  /** OOM kills a VM's own kernel logged since it booted (its dmesg). */
  readonly oomLog: OomLogEntry[] = [];

  /** Clears what the mechanisms did (before they are recomputed). */
  resetReclaim(): void {
    this.sharedMiB = 0;
    this.sharingSavedMiB = 0;
    this.balloonedMiB = 0;
    this.swappedMiB = 0;
    this.cacheDroppedMiB = 0;
    this.outFraction = 0;
  }

  /** The guest starts afresh (a boot): no allocations, its workload alive. */
  restarted(): void {
    this.allocatedMiB = 0;
    this.workloadKilled = false;
    this.oomLog.length = 0;
  }
}
