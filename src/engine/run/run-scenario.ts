/**
 * Runs a scenario on all four platforms for a virtual duration and compares each guest
 * with itself on native. This is what the CLI prints; the page runs each platform in its
 * own worker with the same PlatformSimulation.
 */
import type { GuestResult, PlatformResult, ScenarioResult } from '../metrics/results.ts';
import { PLATFORM_KINDS, type PlatformKind, type Scenario } from '../scenario/schema.ts';
import { round } from '../metrics/result-records.ts';
import { collectResults } from './collect-results.ts';
import { PLATFORM_MODELS } from '../platforms/platform-models.ts';
import { PlatformSimulation } from './platform-simulation.ts';

/** Builds the simulation of one platform for a scenario. */
export function createPlatformSimulation(scenario: Scenario, kind: PlatformKind): PlatformSimulation {
  return new PlatformSimulation(scenario, PLATFORM_MODELS[kind](scenario), PLATFORM_MODELS.native(scenario));
}

/** Virtual time between progress reports; slices give byte-identical results (run-scenario-progress.test.ts). */
const PROGRESS_SLICE_NS = 10e9;

/** `onProgress`, if given, hears the share done (0 to 1) as the platforms run one after another. */
export function runScenario(scenario: Scenario, durationS: number, onProgress?: (fraction: number) => void): ScenarioResult {
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
      return [kind, collectResults(sim)];
    }),
  ) as Record<PlatformKind, PlatformResult>;
  return {
    scenario: scenario.name,
    seed: scenario.seed,
    durationS,
    platforms: compareWithNative(raw),
  };
}

/** Fills each guest's `relativeToNative` from the native platform's result for the same guest. */
export function compareWithNative(results: Record<PlatformKind, PlatformResult>): Record<PlatformKind, PlatformResult> {
  const native = new Map(results.native.guests.map((g) => [g.name, g.throughput.perSecond]));
  const relative = (g: GuestResult): GuestResult => {
    const base = native.get(g.name) ?? 0;
    const r = g.state === 'running' && base > 0 && g.throughput.perSecond > 0 ? round(g.throughput.perSecond / base, 4) : null;
    return { ...g, relativeToNative: r };
  };
  return Object.fromEntries(
    PLATFORM_KINDS.map((kind): [PlatformKind, PlatformResult] => [kind, { ...results[kind], guests: results[kind].guests.map(relative) }]),
  ) as Record<PlatformKind, PlatformResult>;
}
