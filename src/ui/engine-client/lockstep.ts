/**
 * The pacing and the bookkeeping of one lockstep tick: how far virtual time moves for the
 * wall time that passed, how the four platforms' snapshots are compared with native (by
 * the engine's compareWithNative — the page computes no model results), and the bounded
 * per-column series.
 */
import { compareWithNative, PLATFORM_KINDS, type GuestRange, type PlatformKind, type PlatformResult, type PlatformSnapshot } from '../../engine/index.ts';
import type { PlatformView, SeriesPoint } from '../store/playground-state.ts';

/** Wall ms between ticks (≈10 Hz, the page's metric rate). */
export const TICK_MS = 100;
/** Wall time counted per tick at most: a tab back from the background does not jump hours ahead. */
export const MAX_TICK_WALL_MS = 250;
/** At infinite speed, the virtual step per tick starts here and adapts so a tick takes about TICK_MS. */
export const FAST_STEP_NS = 5e9;
const FAST_STEP_MIN_NS = 1e9;
const FAST_STEP_MAX_NS = 300e9;
/** Points kept per column. */
export const SERIES_LIMIT = 300;
/**
 * Guests' cumulative results the page takes per tick at most, per platform: a bigger
 * scenario's ticks each bring the next window of this many guests in turn (guestWindowAt),
 * since copying, comparing and drawing a thousand guests' results four times a tick is
 * what kept the page's main thread past 50 ms at a time. Totals and rates come every tick.
 */
export const GUEST_RESULTS_PER_TICK = 100;

/** The guests whose results tick number `tick` brings, or undefined for all of them (a scenario of up to GUEST_RESULTS_PER_TICK guests). */
export function guestWindowAt(tick: number, guests: number): GuestRange | undefined {
  if (guests <= GUEST_RESULTS_PER_TICK) return undefined;
  const windows = Math.ceil(guests / GUEST_RESULTS_PER_TICK);
  return { from: (tick % windows) * GUEST_RESULTS_PER_TICK, count: GUEST_RESULTS_PER_TICK };
}

/** Virtual ns to advance for `elapsedMs` wall ms at `speed` (finite speeds only). */
export function virtualStepNs(speed: number, elapsedMs: number): number {
  return Math.max(0, Math.round(speed * Math.min(Math.max(elapsedMs, 0), MAX_TICK_WALL_MS) * 1e6));
}

/** A step of work scaled toward `targetMs` of wall time from the last one's `elapsedMs`: at most doubled or halved, within [min, max]. */
export function adaptStep(step: number, elapsedMs: number, targetMs: number, min: number, max: number): number {
  const ratio = Math.min(2, Math.max(0.5, targetMs / Math.max(elapsedMs, 1)));
  return Math.min(max, Math.max(min, step * ratio));
}

/** The next infinite-speed step: grows when the last tick was quicker than TICK_MS, shrinks when slower. */
export function adaptFastStepNs(stepNs: number, tickMs: number): number {
  return Math.round(adaptStep(stepNs, tickMs, TICK_MS, FAST_STEP_MIN_NS, FAST_STEP_MAX_NS));
}

/**
 * The fresh snapshots with relativeToNative filled in. A platform without a fresh result
 * stands in with its last one; without a native result at this instant nothing is relative
 * (a stale baseline would compare different instants).
 */
export function compareSnapshots(
  fresh: ReadonlyMap<PlatformKind, PlatformSnapshot>,
  views: Readonly<Record<PlatformKind, PlatformView>>,
): Map<PlatformKind, PlatformSnapshot> {
  const first = fresh.values().next();
  if (first.done) return new Map();
  const atNs = first.value.nowNs;
  const noBaseline: PlatformResult = { ...first.value.result, guests: [] };
  const resultOf = (k: PlatformKind): PlatformResult => {
    const f = fresh.get(k);
    if (f) return f.result;
    const last = views[k].snapshot;
    if (k === 'native') return last && last.nowNs === atNs && views.native.health === 'ok' ? last.result : noBaseline;
    return last?.result ?? noBaseline;
  };
  const compared = compareWithNative(
    Object.fromEntries(PLATFORM_KINDS.map((k) => [k, resultOf(k)])) as Record<PlatformKind, PlatformResult>,
  );
  return new Map([...fresh].map(([k, s]) => [k, { ...s, result: compared[k] }]));
}

/**
 * Compared snapshots that carry a window of the guests, each with its platform's other
 * guests as it showed them last: every guest's figures are the engine's, compared at the
 * tick its window came (at most a second or so ago for a thousand guests).
 */
export function withHeldGuests(
  compared: ReadonlyMap<PlatformKind, PlatformSnapshot>,
  views: Readonly<Record<PlatformKind, PlatformView>>,
): Map<PlatformKind, PlatformSnapshot> {
  return new Map(
    [...compared].map(([k, s]) => {
      const { from, total } = s.guests;
      const held = views[k].snapshot?.result.guests;
      if ((from === 0 && s.result.guests.length === total) || held?.length !== total) return [k, s];
      const guests = held.slice();
      guests.splice(from, s.result.guests.length, ...s.result.guests);
      return [k, { ...s, result: { ...s.result, guests }, guests: { from: 0, total } }];
    }),
  );
}

/**
 * One point of the series; each guest's throughput goes in a typed array in the order of
 * `guestNames` (NaN for a guest without a figure): 300 points of a thousand guests kept as
 * objects were a million retained numbers for the collector to trace.
 */
export function seriesPoint(s: PlatformSnapshot, guestNames: readonly string[]): SeriesPoint {
  const tx = s.rates.throughputByGuest;
  return {
    tS: s.nowNs / 1e9,
    cpuShareByLayer: s.rates.cpuShareByLayer,
    exitsPerSecond: Object.values(s.rates.exitsPerSecond).reduce((a, b) => a + b, 0),
    throughputByGuest: Float64Array.from(guestNames, (n) => tx[n] ?? NaN),
  };
}

export function appendBounded<T>(list: readonly T[], item: T, limit = SERIES_LIMIT): readonly T[] {
  const next = list.length >= limit ? list.slice(list.length - limit + 1) : list.slice();
  next.push(item);
  return next;
}
