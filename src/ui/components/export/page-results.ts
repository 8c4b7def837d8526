/**
 * The results the page exports: the engine's ScenarioResult (the same shape as the CLI's
 * `run --format json`), put together from each platform's latest snapshot. Nothing is
 * computed here: the figures are the ones the engine reported, compared with native by
 * the store. Only a consistent set is exported — every platform's snapshot at one instant.
 */
import { PLATFORM_KINDS, type PlatformKind, type PlatformResult, type ScenarioResult } from '../../../engine/index.ts';
import type { PlaygroundState, WorkerHealth } from '../../store/playground-state.ts';
import { PLATFORM_TITLE } from '../names/platform-names.ts';

export type PageResults = { readonly ok: true; readonly result: ScenarioResult; readonly nowNs: number } | { readonly ok: false; readonly why: string };

const NOT_READY: Readonly<Record<WorkerHealth, string>> = {
  starting: 'is still starting',
  ok: 'is catching up',
  crashed: 'has crashed: restart it first',
  hung: 'stopped answering: restart it first',
};

export function pageResults(state: Pick<PlaygroundState, 'scenario' | 'platforms'>): PageResults {
  const atNs = state.platforms.native.snapshot?.nowNs;
  const entries: [PlatformKind, PlatformResult][] = [];
  for (const kind of PLATFORM_KINDS) {
    const { health, snapshot } = state.platforms[kind];
    if (health !== 'ok' || !snapshot || snapshot.nowNs !== atNs) {
      return { ok: false, why: `${PLATFORM_TITLE[kind]} ${NOT_READY[health]}, so there are no figures for every platform at one instant.` };
    }
    entries.push([kind, snapshot.result]);
  }
  const platforms = Object.fromEntries(entries) as Record<PlatformKind, PlatformResult>;
  const nowNs = atNs ?? 0;
  return { ok: true, nowNs, result: { scenario: state.scenario.name, seed: state.scenario.seed, durationS: nowNs / 1e9, platforms } };
}
