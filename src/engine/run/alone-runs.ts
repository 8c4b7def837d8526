/**
 * "Alone on this platform" (docs/model.md "The baseline"): each guest run again on the
 * platform without its neighbours — the same host, seed and instant, the faults aimed at it
 * kept and the others' dropped, a workload aimed at a peer guest talking to a remote machine
 * instead. Its throughput there, against its dedicated server (native), is the
 * virtualization overhead; the shared run against it, the cost of sharing.
 *
 * Cost: one more simulation per guest and platform, each of one guest. Guests that differ
 * only in their names share one run (a thousand containers of three kinds: three runs), and
 * a platform with more than ALONE_RUNS_MAX distinct guests gets none (its figures are null).
 * The CLI runs them to the end of its run; a page worker keeps them at its instant.
 */
import type { PlatformResult } from '../metrics/results.ts';
import { round } from '../metrics/result-records.ts';
import type { GuestSpec, PlatformKind, Scenario } from '../scenario/schema.ts';
import type { PlatformSimulation } from './platform-simulation.ts';

/** The most distinct guests a platform is run alone for. */
export const ALONE_RUNS_MAX = 16;

export class AloneRuns {
  private readonly runs: { readonly sim: PlatformSimulation; readonly names: readonly string[] }[] = [];

  constructor(scenario: Scenario, kind: PlatformKind, create: (s: Scenario, kind: PlatformKind) => PlatformSimulation) {
    const byKind = new Map<string, GuestSpec[]>();
    for (const g of scenario.guests) {
      const key = JSON.stringify({ ...g, name: '' });
      byKind.set(key, [...(byKind.get(key) ?? []), g]);
    }
    if (byKind.size > ALONE_RUNS_MAX) return;
    for (const same of byKind.values()) {
      const first = same[0] as GuestSpec;
      const faults = scenario.faults?.filter((f) => f.target === first.name);
      const alone: Scenario = { ...scenario, guests: [first], ...(faults ? { faults } : {}) };
      this.runs.push({ sim: create(alone, kind), names: same.map((g) => g.name) });
    }
  }

  advanceTo(ns: number): void {
    for (const r of this.runs) r.sim.advanceTo(ns);
  }

  /** Throughput per second of each guest (by name) alone, since its workload started; missing where not measured or not running. */
  throughputs(): Map<string, number> {
    const out = new Map<string, number>();
    for (const { sim, names } of this.runs) {
      const g = sim.guests[0];
      if (!g || g.state !== 'running') continue;
      const runningS = g.runningNs(sim.now) / 1e9;
      if (runningS > 0) for (const n of names) out.set(n, g.transactions / runningS);
    }
    return out;
  }
}

/** Throughput per second of each guest (by name) alone on platform `kind` after `durationS`; missing where not measured. */
export function aloneThroughputs(
  scenario: Scenario,
  kind: PlatformKind,
  durationS: number,
  create: (s: Scenario, kind: PlatformKind) => PlatformSimulation,
): Map<string, number> {
  const runs = new AloneRuns(scenario, kind, create);
  runs.advanceTo(durationS * 1e9);
  return runs.throughputs();
}

/** A platform's result with each guest's alone throughput filled in (null where not measured). */
export function withAloneThroughputs(result: PlatformResult, alone: ReadonlyMap<string, number>): PlatformResult {
  return {
    ...result,
    guests: result.guests.map((g) => {
      const v = alone.get(g.name);
      return { ...g, alonePerSecond: v === undefined ? null : round(v, 3) };
    }),
  };
}
