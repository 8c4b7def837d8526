/**
 * Runs a scenario on all four platforms for a virtual duration and compares each guest
 * with itself on native. This is what the CLI prints; the page runs each platform in its
 * own worker with the same PlatformSimulation.
 */
import { aboveNativeReason } from '../metrics/above-native.ts';
import type { GuestResult, PlatformResult, ScenarioResult } from '../metrics/results.ts';
import { PLATFORM_KINDS, type PlatformKind, type Scenario } from '../scenario/schema.ts';
import { withExplanation } from '../metrics/explain-guest.ts';
import { collectResults } from './collect-results.ts';
import { PLATFORM_MODELS } from '../platforms/platform-models.ts';
import { PlatformSimulation } from './platform-simulation.ts';
import { aloneThroughputs, withAloneThroughputs } from './alone-runs.ts';
import { splitAgainstBaseline } from '../metrics/baseline-split.ts';
import { round } from '../metrics/result-records.ts';

/** Builds the simulation of one platform for a scenario. */
export function createPlatformSimulation(scenario: Scenario, kind: PlatformKind): PlatformSimulation {
  return new PlatformSimulation(scenario, PLATFORM_MODELS[kind](scenario), PLATFORM_MODELS.native(scenario));
}

/** Virtual time between progress reports; slices give byte-identical results (run-scenario-progress.test.ts). */
const PROGRESS_SLICE_NS = 10e9;

/** How runScenario runs. */
export interface RunOptions {
  /** Also run each guest alone on each virtualized platform (default true; alone-runs.ts). */
  readonly alone?: boolean;
  /** Hears the share done (0 to 1) as the platforms run one after another. */
  readonly onProgress?: (fraction: number) => void;
}

/**
 * Runs `scenario` on every platform for `durationS` virtual seconds. With `alone` (the
 * default) each virtualized platform also runs each guest without its neighbours, so every
 * guest's result splits into its virtualization overhead and its cost of sharing (alone-runs.ts).
 */
export function runScenario(scenario: Scenario, durationS: number, { alone = true, onProgress }: RunOptions = {}): ScenarioResult {
  const endNs = durationS * 1e9;
  const raw = Object.fromEntries(
    PLATFORM_KINDS.map((kind, i) => {
      const sim = createPlatformSimulation(scenario, kind);
      if (onProgress)
        for (let t = PROGRESS_SLICE_NS; t < endNs; t += PROGRESS_SLICE_NS) {
          sim.advanceTo(t);
          onProgress((i + t / endNs) / PLATFORM_KINDS.length);
        }
      sim.advanceTo(endNs);
      const result = collectResults(sim);
      if (!alone || kind === 'native') return [kind, result];
      return [kind, withAloneThroughputs(result, aloneThroughputs(scenario, kind, durationS, createPlatformSimulation))];
    }),
  ) as Record<PlatformKind, PlatformResult>;
  return {
    scenario: scenario.name,
    seed: scenario.seed,
    durationS,
    platforms: compareWithNative(raw),
  };
}

/**
 * Fills each guest's figures against the baseline: relativeToNative from the native
 * platform's result for the same guest (its dedicated server), and where the guest's
 * throughput alone on the platform is known, the two factors it splits into. On native a
 * guest is alone by construction.
 */
export function compareWithNative(results: Record<PlatformKind, PlatformResult>): Record<PlatformKind, PlatformResult> {
  const native = new Map(results.native.guests.map((g) => [g.name, g.throughput.perSecond]));
  const baseline = new Map(results.native.guests.map((g) => [g.name, g]));
  const compare = (kind: PlatformKind, g: GuestResult): GuestResult => {
    const shared = g.state === 'running' ? g.throughput.perSecond : 0;
    // An identical guest's run alone stands for this one's as its ratio to its own dedicated server (alone-runs.ts).
    const from = g.aloneFrom;
    const alone = kind === 'native' ? shared : from ? round(from.aloneVsNative * (native.get(g.name) ?? 0), 3) : g.alonePerSecond;
    const compared = { ...g, alonePerSecond: alone, ...splitAgainstBaseline(shared, alone, native.get(g.name) ?? 0) };
    const why = kind === 'native' ? null : aboveNativeReason(compared, baseline.get(g.name));
    return withExplanation(why === null ? compared : { ...compared, aboveNative: why }, baseline.get(g.name), 'native');
  };
  return Object.fromEntries(
    PLATFORM_KINDS.map((kind): [PlatformKind, PlatformResult] => [kind, { ...results[kind], guests: results[kind].guests.map((g) => compare(kind, g)) }]),
  ) as Record<PlatformKind, PlatformResult>;
}
