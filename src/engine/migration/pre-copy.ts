/**
 * Pre-copy (Clark et al., NSDI 2005, §3; Nelson et al., USENIX ATC 2005): round 1 sends
 * all of the VM's memory while it runs; each later round sends the pages dirtied during
 * the round before. When the product's stop rule says so, the VM is paused and the pages
 * dirtied during the last live round are sent (stop-and-copy). A cold move is that final
 * copy of all memory alone.
 */
import { PRECOPY_MAX_ROUNDS, XEN_PRECOPY } from '../calibration/migration-costs.ts';
import { PAGE_BYTES } from '../sim/units.ts';
import { pagesDirtiedIn, type DirtyingModel } from './dirty-pages.ts';
import type { PreCopyPolicy } from './migration-method.ts';

export interface MigrationRound {
  readonly round: number;
  readonly pages: number;
  readonly ms: number;
  /** Sent while the guest ran (false: while it was paused). */
  readonly live: boolean;
}

export interface CopyOutcome {
  readonly rounds: readonly MigrationRound[];
  /** Virtual ns of the live rounds, and of the paused copy. */
  readonly liveNs: number;
  readonly pausedCopyNs: number;
  readonly pagesSent: number;
  readonly stopReason: string;
}

interface RoundFacts {
  readonly round: number;
  readonly sent: number;
  readonly previous: number;
  readonly dirty: number;
  readonly total: number;
  readonly memoryPages: number;
  readonly pageNs: number;
}

/** Why the pre-copy stops after this round, or null to go on. */
function stopAfter(policy: PreCopyPolicy, f: RoundFacts): string | null {
  if (policy.rule === 'xen') {
    // xc_linux_save's tests, in its order (the rate is always at its maximum here: no rate limit is modelled).
    if (f.round > 1 && f.sent > f.previous) return 'more pages were dirtied than sent: not converging';
    if (f.round >= XEN_PRECOPY.maxRounds - 1) return `${XEN_PRECOPY.maxRounds} rounds`;
    if (f.sent < XEN_PRECOPY.fewPages) return `fewer than ${XEN_PRECOPY.fewPages} pages sent in the round`;
    if (f.total > XEN_PRECOPY.maxFactor * f.memoryPages) return `${XEN_PRECOPY.maxFactor}× the memory sent`;
    return null;
  }
  if (f.dirty * f.pageNs <= policy.targetNs) return `the rest fits in the ${policy.targetNs / 1e6} ms downtime target`;
  if (f.round >= PRECOPY_MAX_ROUNDS - 1) return `${PRECOPY_MAX_ROUNDS} rounds`;
  return null;
}

/** The rounds of a live pre-copy of `memoryPages` at `bytesPerNs`, with the guest dirtying as `d` says. */
export function preCopy(memoryPages: number, d: DirtyingModel, bytesPerNs: number, policy: PreCopyPolicy): CopyOutcome {
  const pageNs = PAGE_BYTES / bytesPerNs;
  const rounds: MigrationRound[] = [];
  let toSend = memoryPages;
  let previous = memoryPages;
  let total = 0;
  let liveNs = 0;
  for (let round = 1; ; round++) {
    const ns = toSend * pageNs;
    rounds.push({ round, pages: toSend, ms: ns / 1e6, live: true });
    total += toSend;
    liveNs += ns;
    const dirty = Math.min(memoryPages, Math.round(pagesDirtiedIn(d, ns)));
    const reason = stopAfter(policy, { round, sent: toSend, previous, dirty, total, memoryPages, pageNs });
    previous = toSend;
    toSend = dirty;
    if (reason !== null) {
      rounds.push({ round: round + 1, pages: dirty, ms: (dirty * pageNs) / 1e6, live: false });
      return { rounds, liveNs, pausedCopyNs: dirty * pageNs, pagesSent: total + dirty, stopReason: reason };
    }
  }
}

/** A cold move: everything copied while the guest is paused. */
export function stopAndCopy(pages: number, bytesPerNs: number, reason: string): CopyOutcome {
  const ns = (pages * PAGE_BYTES) / bytesPerNs;
  return { rounds: [{ round: 1, pages, ms: ns / 1e6, live: false }], liveNs: 0, pausedCopyNs: ns, pagesSent: pages, stopReason: reason };
}
