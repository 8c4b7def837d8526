/**
 * The OOM killer: when memory cannot be reclaimed any further, a kernel kills a process to
 * free its memory. Linux's oom_badness scores a process by its resident memory (RSS, page
 * tables and swap) as a share of the memory it may use, so the biggest process goes —
 * whoever owns it. A memory cgroup's OOM chooses only among the cgroup's own processes; a
 * VM's guest kernel only among the VM's.
 */

export interface OomCandidate {
  readonly guest: number;
  /** The guest's workload (its main process) or memory a process of it allocated. */
  readonly process: 'workload' | 'allocation';
  readonly rssMiB: number;
}

/** The process with the largest RSS; on a tie, the first listed (the kernel's scan order). */
export function pickVictim(candidates: readonly OomCandidate[]): OomCandidate | null {
  let best: OomCandidate | null = null;
  for (const c of candidates) if (c.rssMiB > 0 && (best === null || c.rssMiB > best.rssMiB)) best = c;
  return best;
}
