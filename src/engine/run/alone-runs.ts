/**
 * "Alone on this platform" (docs/model.md "The baseline"): each guest run again on the
 * platform without its neighbours — the same host, seed and duration, the faults aimed at it
 * kept and the others' dropped, a workload aimed at a peer guest talking to a remote machine
 * instead. Its throughput there, against its dedicated server (native), is the
 * virtualization overhead; the shared run against it, the cost of sharing.
 *
 * Cost: one more simulation per guest and platform, each of one guest. Guests that differ
 * only in their names share one run (a thousand containers of three kinds: three runs), and
 * a platform with more than ALONE_RUNS_MAX distinct guests gets none (its figures are null).
 */
import type { GuestSpec, PlatformKind, Scenario } from '../scenario/schema.ts';
import type { PlatformSimulation } from './platform-simulation.ts';

/** The most distinct guests a platform is run alone for. */
export const ALONE_RUNS_MAX = 16;

/** Throughput per second of each guest (by name) alone on platform `kind` after `durationS`; missing where not measured. */
export function aloneThroughputs(
  scenario: Scenario,
  kind: PlatformKind,
  durationS: number,
  create: (s: Scenario, kind: PlatformKind) => PlatformSimulation,
): Map<string, number> {
  const byKind = new Map<string, GuestSpec[]>();
  for (const g of scenario.guests) {
    const key = JSON.stringify({ ...g, name: '' });
    byKind.set(key, [...(byKind.get(key) ?? []), g]);
  }
  const out = new Map<string, number>();
  if (byKind.size > ALONE_RUNS_MAX) return out;
  for (const same of byKind.values()) {
    const first = same[0] as GuestSpec;
    const faults = scenario.faults?.filter((f) => f.target === first.name);
    const alone: Scenario = { ...scenario, guests: [first], ...(faults ? { faults } : {}) };
    const sim = create(alone, kind);
    sim.advanceTo(durationS * 1e9);
    const g = sim.guests[0];
    if (!g || g.state !== 'running') continue;
    const runningS = g.runningNs(sim.now) / 1e9;
    if (runningS > 0) for (const s of same) out.set(s.name, g.transactions / runningS);
  }
  return out;
}
