import { describe, expect, test } from 'vitest';
import { PLATFORM_KINDS, PlatformWorkerApi, loadPreset, type PlatformKind, type PlatformSnapshot } from '../../engine/index.ts';
import type { PlatformView } from '../store/playground-state.ts';
import { FAST_STEP_NS, MAX_TICK_WALL_MS, adaptFastStepNs, appendBounded, compareSnapshots, guestResultsEvery, seriesPoint, virtualStepNs, withHeldGuests } from './lockstep.ts';

const scenario = loadPreset('classroom-default');

function snapshotsAt(ns: number, guestResults = true): Map<PlatformKind, PlatformSnapshot> {
  return new Map(
    PLATFORM_KINDS.map((k) => {
      const api = new PlatformWorkerApi();
      api.load(scenario, k);
      return [k, api.advanceTo(ns, guestResults)];
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
  });

  test('without a native result at this instant nothing is relative', () => {
    const snaps = snapshotsAt(30e9);
    snaps.delete('native');
    const compared = compareSnapshots(snaps, views(new Map()));
    for (const s of compared.values()) expect(s.result.guests.every((g) => g.relativeToNative === null)).toBe(true);
  });
});

describe('a big scenario\'s ticks', () => {
  test('bring the guests\' results every tick up to a hundred guests, and less often past that', () => {
    expect(guestResultsEvery(6)).toBe(1);
    expect(guestResultsEvery(100)).toBe(1);
    expect(guestResultsEvery(101)).toBe(2);
    expect(guestResultsEvery(1000)).toBe(10);
  });

  test('a snapshot without the guests\' results keeps its platform\'s compared ones, with the fresh totals and rates', () => {
    const before = compareSnapshots(snapshotsAt(20e9), views(new Map()));
    const totals = snapshotsAt(30e9, false);
    expect([...totals.values()].every((s) => !s.guestResults && s.result.guests.length === 0)).toBe(true);
    const kept = withHeldGuests(totals, views(before));
    for (const k of PLATFORM_KINDS) {
      const s = kept.get(k);
      expect(s?.guestResults).toBe(true);
      expect(s?.nowNs).toBe(30e9);
      expect(s?.rates).toBe(totals.get(k)?.rates);
      expect(s?.result.cpuMsByLayer).toEqual(totals.get(k)?.result.cpuMsByLayer);
      expect(s?.result.guests).toBe(before.get(k)?.result.guests);
    }
  });
});

describe('the series', () => {
  test('a point keeps every guest\'s throughput in one typed array in the given order, however many guests', () => {
    const hosted = snapshotsAt(30e9).get('hosted') as PlatformSnapshot;
    const names = [...Object.keys(hosted.rates.throughputByGuest), 'gone'];
    const point = seriesPoint(hosted, names);
    expect(point.tS).toBe(30);
    expect(point.throughputByGuest).toBeInstanceOf(Float64Array);
    expect([...point.throughputByGuest.subarray(0, -1)]).toEqual(Object.values(hosted.rates.throughputByGuest));
    expect(point.throughputByGuest.at(-1)).toBeNaN();

    const thousand = Array.from({ length: 1000 }, (_, i) => `c${i}`);
    const rates = { ...hosted.rates, throughputByGuest: Object.fromEntries(thousand.map((n, i) => [n, i])) };
    const big = seriesPoint({ ...hosted, rates }, thousand);
    // Bounded per point: four own fields, the guests' figures in one 8-byte slot each.
    expect(Object.keys(big)).toHaveLength(4);
    expect(big.throughputByGuest.byteLength).toBe(8 * 1000);
    expect(big.throughputByGuest[999]).toBe(999);
  });
});
