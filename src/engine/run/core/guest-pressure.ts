/**
 * One guest's memory under pressure: what it wants beyond its plan (memory a process
 * allocated), and what the platform's mechanisms did to it (pages shared, ballooned,
 * swapped, page cache dropped, processes OOM-killed). The core keeps the account (the
 * `allocate` action writes it); the memory extension (memory/) recomputes the rest
 * whenever the guests' demand changes.
 */
export class GuestPressure {
  /** Anonymous memory processes of the guest allocated and touched beyond its workload (a memory hog), MiB. */
  allocatedMiB = 0;
  /** Swap its processes reserved for anonymous memory they map (a kernel that reserves it, Solaris'), beyond its workload's, MiB. */
  reservedMiB = 0;
  /** The guest's own kernel OOM-killed its workload (a VM keeps running without it). */
  workloadKilled = false;
  /** The memory an administrator asked a VM's balloon driver to leave it (xm mem-set, virsh setmem), MiB; null: all of it. */
  balloonTargetMiB: number | null = null;

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

  /** The guest starts afresh (a boot): no allocations, its whole memory, its workload alive. */
  restarted(): void {
    this.allocatedMiB = 0;
    this.reservedMiB = 0;
    this.balloonTargetMiB = null;
    this.workloadKilled = false;
    this.oomLog.length = 0;
  }
}

/** One OOM kill as the killing kernel recorded it. */
export interface OomLogEntry {
  readonly atNs: number;
  /** The killed process's guest (by index). */
  readonly guest: number;
  /** Its pid where its kernel logs it; null: a VM's own process, numbered by the host's ps when read. */
  readonly pid: number | null;
  /** The process's name (task->comm: its program's base name, at most 15 characters). */
  readonly comm: string;
  /** oom_badness: resident memory as a share of what the killer's domain may use, in thousandths. */
  readonly score: number;
  readonly rssKiB: number;
  /** Killed by a memory cgroup's OOM killer rather than the whole kernel's. */
  readonly cgroup: boolean;
}
