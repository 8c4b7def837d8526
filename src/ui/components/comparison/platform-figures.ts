/**
 * Picks the figures the comparison charts show out of the store's platform views, in
 * column order. Only selection and unit scaling; every figure was computed by the engine.
 */
import { PLATFORM_KINDS, type PlatformKind, type PlatformResult, type StepRates } from '../../../engine/index.ts';
import type { PlatformView } from '../../store/playground-state.ts';

export interface PlatformFigures {
  readonly kind: PlatformKind;
  readonly result: PlatformResult | null;
  readonly rates: StepRates | null;
}

export function figuresOf(platforms: Readonly<Record<PlatformKind, PlatformView>>): PlatformFigures[] {
  return PLATFORM_KINDS.map((kind) => {
    const snap = platforms[kind].snapshot;
    return { kind, result: snap?.result ?? null, rates: snap?.rates ?? null };
  });
}

/** Names that occur as keys in any of the records, in first-seen order. */
export function keysOf(records: readonly (Readonly<Record<string, number>> | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r ?? {})) seen.add(k);
  return [...seen];
}

/** A value as a percentage (0–1 → 0–100), null kept. */
export const pct = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : v * 100);

type GuestResultOf = PlatformResult['guests'][number];

/** Each result's guests by name, built once: every per-guest figure looks a guest up, a thousand guests a thousand times. */
const byName = new WeakMap<PlatformResult, ReadonlyMap<string, GuestResultOf>>();

/** One guest's result on one platform, or undefined (not there, or no result yet). */
export function guestResult(f: PlatformFigures, name: string): GuestResultOf | undefined {
  if (!f.result) return undefined;
  let index = byName.get(f.result);
  if (!index) {
    index = new Map(f.result.guests.map((g) => [g.name, g]));
    byName.set(f.result, index);
  }
  return index.get(name);
}
