import { describe, expect, test } from 'vitest';
import { PLATFORM_KINDS, PlatformWorkerApi, loadPreset, type GuestRange, type PlatformKind, type PlatformSnapshot } from '../../engine/index.ts';
import type { PlatformView } from '../store/playground-state.ts';
import { FAST_STEP_NS, MAX_TICK_WALL_MS, adaptFastStepNs, appendBounded, compareSnapshots, guestWindowAt, seriesPoint, virtualStepNs, withHeldGuests } from './lockstep.ts';

const scenario = loadPreset('classroom-default');

function snapshotsAt(ns: number, guests?: GuestRange): Map<PlatformKind, PlatformSnapshot> {
  return new Map(
    PLATFORM_KINDS.map((k) => {
      const api = new PlatformWorkerApi();
      api.load(scenario, k);
      return [k, api.advanceTo(ns, guests)];
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
  test('bring every guest\'s result up to a hundred guests, and past that the next hundred in turn', () => {
    expect(guestWindowAt(3, 6)).toBeUndefined();
    expect(guestWindowAt(0, 100)).toBeUndefined();
    expect([0, 1, 9, 10, 11].map((t) => guestWindowAt(t, 1000)?.from)).toEqual([0, 100, 900, 0, 100]);
    expect(guestWindowAt(2, 250)).toEqual({ from: 200, count: 100 });
  });

  test('a snapshot of a window of guests is the engine\'s compared results there, with the platform\'s other guests as shown before', () => {
    const before = compareSnapshots(snapshotsAt(20e9), views(new Map()));
    const windowed = snapshotsAt(30e9, { from: 1, count: 1 });
    const whole = compareSnapshots(snapshotsAt(30e9), views(new Map()));
    const kept = withHeldGuests(compareSnapshots(windowed, views(before)), views(before));
    for (const k of PLATFORM_KINDS) {
      const w = windowed.get(k);
      const s = kept.get(k);
      const total = before.get(k)?.result.guests.length ?? 0;
      expect(total).toBeGreaterThan(2);
      expect(w?.guests).toEqual({ from: 1, total });
      expect(w?.result.guests.map((g) => g.name)).toEqual([before.get(k)?.result.guests[1]?.name]);
      expect(s?.guests).toEqual({ from: 0, total });
      expect(s?.nowNs).toBe(30e9);
      expect(s?.rates).toBe(w?.rates);
      expect(s?.result.cpuMsByLayer).toEqual(whole.get(k)?.result.cpuMsByLayer);
      expect(s?.result.guests[0]).toBe(before.get(k)?.result.guests[0]);
      expect(s?.result.guests[1]).toEqual(whole.get(k)?.result.guests[1]);
      expect(s?.result.guests.slice(2)).toEqual(before.get(k)?.result.guests.slice(2));
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
