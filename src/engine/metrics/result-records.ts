/**
 * The result format's records: CPU by layer and exits by reason as named, non-zero fields
 * in canonical order, and the rounding every figure gets.
 */
import { EXIT_REASONS } from './exit-reasons.ts';
import { LAYERS } from './layers.ts';

/** Non-zero layers in the canonical order, ms (or `nsPerUnit`) to 3 decimals. */
export function layerRecord(ns: Float64Array, nsPerUnit = 1e6): Record<string, number> {
  const out: Record<string, number> = {};
  LAYERS.forEach((layer, i) => {
    const v = ns[i] as number;
    if (v > 0) out[layer] = round(v / nsPerUnit, 3);
  });
  return out;
}

/** Non-zero exit reasons, as whole counts (or to `digits` decimals, for one packet's share). */
export function exitRecord(counts: Float64Array, digits = 0): Record<string, number> {
  const out: Record<string, number> = {};
  EXIT_REASONS.forEach((reason, i) => {
    const v = round(counts[i] as number, digits);
    if (v > 0) out[reason] = v;
  });
  return out;
}

export function round(v: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}
