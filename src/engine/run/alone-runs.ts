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
 * Such guests differ in their random clients (each guest's draws follow its name), so the
 * first's run alone stands for the others as a ratio: its throughput alone over its own on a
 * dedicated server (run beside it, one guest more), times each other's dedicated server's.
 * The CLI runs them to the end of its run; a page worker keeps them at its instant.
 */
import type { PlatformResult } from '../metrics/results.ts';
import { round } from '../metrics/result-records.ts';
import type { GuestSpec, PlatformKind, Scenario } from '../scenario/schema.ts';
import type { PlatformSimulation } from './platform-simulation.ts';

/** The most distinct guests a platform is run alone for. */
export const ALONE_RUNS_MAX = 16;

/** What a guest's run alone measured: its throughput there, or for a guest of a group, the group's first guest's figures. */
export interface AloneThroughput {
  readonly perSecond: number;
  /** For the other guests of a group: the first's name and its throughput alone over its own dedicated server's. */
  readonly from?: { readonly guest: string; readonly aloneVsNative: number };
}

export class AloneRuns {
  private readonly runs: { readonly sim: PlatformSimulation; readonly native: PlatformSimulation | null; readonly names: readonly string[] }[] = [];

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
      // The first guest on its own dedicated server too, for the others of its group: its clients draw as they do alone.
      this.runs.push({ sim: create(alone, kind), native: same.length > 1 ? create(alone, 'native') : null, names: same.map((g) => g.name) });
    }
  }

  advanceTo(ns: number): void {
    for (const r of this.runs) {
      r.sim.advanceTo(ns);
      r.native?.advanceTo(ns);
    }
  }

  /** What each guest (by name) did alone, since its workload started; missing where not measured or not running. */
  throughputs(): Map<string, AloneThroughput> {
    const out = new Map<string, AloneThroughput>();
    for (const { sim, native, names } of this.runs) {
      const perSecond = runningThroughput(sim);
      if (perSecond === null) continue;
      const [first, ...others] = names;
      if (first !== undefined) out.set(first, { perSecond });
      const nativePerSecond = native ? runningThroughput(native) : null;
      if (first === undefined || nativePerSecond === null || nativePerSecond <= 0) continue;
      for (const n of others) out.set(n, { perSecond, from: { guest: first, aloneVsNative: perSecond / nativePerSecond } });
    }
    return out;
  }
}

/** The one guest's throughput per second since its workload started, or null when it is not running. */
function runningThroughput(sim: PlatformSimulation): number | null {
  const g = sim.guests[0];
  if (!g || g.state !== 'running') return null;
  const runningS = g.runningNs(sim.now) / 1e9;
  return runningS > 0 ? g.transactions / runningS : null;
}

/** Throughput per second of each guest (by name) alone on platform `kind` after `durationS`; missing where not measured. */
export function aloneThroughputs(
  scenario: Scenario,
  kind: PlatformKind,
  durationS: number,
  create: (s: Scenario, kind: PlatformKind) => PlatformSimulation,
): Map<string, AloneThroughput> {
  const runs = new AloneRuns(scenario, kind, create);
  runs.advanceTo(durationS * 1e9);
  return runs.throughputs();
}

/** A platform's result with each guest's alone throughput filled in (null where not measured). */
export function withAloneThroughputs(result: PlatformResult, alone: ReadonlyMap<string, AloneThroughput>): PlatformResult {
  return {
    ...result,
    guests: result.guests.map((g) => {
      const v = alone.get(g.name);
      if (v === undefined) return { ...g, alonePerSecond: null };
      return { ...g, alonePerSecond: round(v.perSecond, 3), ...(v.from ? { aloneFrom: { guest: v.from.guest, aloneVsNative: round(v.from.aloneVsNative, 6) } } : {}) };
    }),
  };
}
