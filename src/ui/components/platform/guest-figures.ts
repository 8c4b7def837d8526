/**
 * What a guest card shows, picked out of the engine's result: its CPU time and how much of
 * it went to layers below the guest, and its memory parts, largest first. Sums and shares
 * of given figures only.
 */
import type { GuestResult } from '../../../engine/index.ts';

/** The layers a guest runs its own code in; everything else is spent for it underneath. */
const OWN_LAYERS = new Set(['guest-user', 'guest-kernel']);

export interface GuestCpu {
  readonly totalMs: number;
  /** Share of the guest's CPU time spent in layers under it (0–1), null without CPU time. */
  readonly belowShare: number | null;
  /** Each layer under the guest with its share of the guest's CPU time, largest first. */
  readonly belowByLayer: readonly { readonly layer: string; readonly share: number }[];
}

export function guestCpu(g: GuestResult): GuestCpu {
  let total = 0;
  let below = 0;
  const under: [string, number][] = [];
  for (const [layer, ms] of Object.entries(g.cpuMsByLayer)) {
    total += ms;
    if (OWN_LAYERS.has(layer)) continue;
    below += ms;
    if (ms > 0) under.push([layer, ms]);
  }
  const belowByLayer = total > 0 ? under.sort((a, b) => b[1] - a[1]).map(([layer, ms]) => ({ layer, share: ms / total })) : [];
  return { totalMs: total, belowShare: total > 0 ? below / total : null, belowByLayer };
}

export interface MemoryPart {
  readonly part: string;
  readonly mib: number;
}

export function memoryParts(g: GuestResult): { readonly total: number; readonly parts: readonly MemoryPart[] } {
  const parts = Object.entries(g.memoryMiB)
    .map(([part, mib]) => ({ part, mib }))
    .filter((p) => p.mib > 0)
    .sort((a, b) => b.mib - a.mib);
  return { total: parts.reduce((a, p) => a + p.mib, 0), parts };
}
