/**
 * What a move did to the guests that stayed: each one's throughput while it ran, beside
 * its throughput over the same window of the same run without the move (a twin
 * simulation, same scenario and seed, so the difference is the move's alone).
 */
import type { SimulationCore } from '../run/core/simulation-core.ts';

export interface NeighbourEffect {
  readonly guest: string;
  /** What its workload counts (requests/s, ops/s, …), the unit of both rates. */
  readonly unit: string;
  /** Transactions per virtual second during the move, and without it. */
  readonly txPerSecond: number;
  readonly txPerSecondWithout: number;
}

/** Runs `moved` and its twin `still` over the move's window and compares the other guests. */
export function neighbourEffect(moved: SimulationCore, still: SimulationCore, movedGuest: string, endNs: number): NeighbourEffect[] {
  const others = moved.guests.map((g, i) => ({ g, twin: still.guests[i], i })).filter(({ g }) => g.spec.name !== movedGuest && g.plan !== null);
  const startNs = moved.now;
  const before = others.map(({ g, twin }) => [g.transactions, twin?.transactions ?? 0] as const);
  moved.advanceTo(endNs);
  still.advanceTo(endNs);
  const seconds = (endNs - startNs) / 1e9;
  const rate = (tx: number) => (seconds > 0 ? Math.round((tx / seconds) * 10) / 10 : 0);
  return others.map(({ g, twin }, k) => ({
    guest: g.spec.name,
    unit: g.workload.unit,
    txPerSecond: rate(g.transactions - (before[k]?.[0] ?? 0)),
    txPerSecondWithout: rate((twin?.transactions ?? 0) - (before[k]?.[1] ?? 0)),
  }));
}
