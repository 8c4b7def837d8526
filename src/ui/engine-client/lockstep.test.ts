import { describe, expect, test } from 'vitest';
import { PLATFORM_KINDS, PlatformWorkerApi, loadPreset, type PlatformKind, type PlatformSnapshot } from '../../engine/index.ts';
import type { PlatformView } from '../store/playground-state.ts';
import { FAST_STEP_NS, MAX_TICK_WALL_MS, adaptFastStepNs, appendBounded, compareSnapshots, seriesPoint, virtualStepNs } from './lockstep.ts';

const scenario = loadPreset('classroom-default');

function snapshotsAt(ns: number): Map<PlatformKind, PlatformSnapshot> {
  return new Map(
    PLATFORM_KINDS.map((k) => {
      const api = new PlatformWorkerApi();
      api.load(scenario, k);
      return [k, api.advanceTo(ns)];
    }),
  );
}

const views = (snaps: ReadonlyMap<PlatformKind, PlatformSnapshot>): Record<PlatformKind, PlatformView> =>
  Object.fromEntries(PLATFORM_KINDS.map((k) => [k, { kind: k, health: 'ok', snapshot: snaps.get(k) ?? null }])) as Record<PlatformKind, PlatformView>;

describe('lockstep pacing', () => {
  test('virtual step is speed × wall time, capped, never negative', () => {
    expect(virtualStepNs(1, 100)).toBe(1e8);
    expect(virtualStepNs(0.5, 100)).toBe(5e7);
    expect(virtualStepNs(10, 60_000)).toBe(10 * MAX_TICK_WALL_MS * 1e6);
    expect(virtualStepNs(1, -5)).toBe(0);
  });

  test('the infinite-speed step grows after quick ticks and shrinks after slow ones, within bounds', () => {
    expect(adaptFastStepNs(FAST_STEP_NS, 10)).toBe(2 * FAST_STEP_NS);
    expect(adaptFastStepNs(FAST_STEP_NS, 1_000)).toBe(FAST_STEP_NS / 2);
    expect(adaptFastStepNs(300e9, 0)).toBe(300e9);
    expect(adaptFastStepNs(1e9, 10_000)).toBe(1e9);
  });

  test('series keep the newest points up to the limit', () => {
    let list: readonly number[] = [];
    for (let i = 0; i < 7; i++) list = appendBounded(list, i, 5);
    expect(list).toEqual([2, 3, 4, 5, 6]);
  });
});

describe('comparing snapshots', () => {
  test('fills relativeToNative with the engine comparison', () => {
    const snaps = snapshotsAt(30e9);
    const compared = compareSnapshots(snaps, views(snaps));
    const native = compared.get('native')?.result.guests.filter((g) => g.relativeToNative !== null) ?? [];
    expect(native.length).toBeGreaterThan(0);
    expect(native.every((g) => g.relativeToNative === 1)).toBe(true);
    const point = seriesPoint(snaps.get('hosted') as PlatformSnapshot);
    expect(point.tS).toBe(30);
  });

  test('without a native result at this instant nothing is relative', () => {
    const snaps = snapshotsAt(30e9);
    snaps.delete('native');
    const compared = compareSnapshots(snaps, views(new Map()));
    for (const s of compared.values()) expect(s.result.guests.every((g) => g.relativeToNative === null)).toBe(true);
  });
});
