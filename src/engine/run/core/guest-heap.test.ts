import { describe, expect, test } from 'vitest';
import { Rng } from '../../sim/rng.ts';
import { GuestHeap } from './guest-heap.ts';
import type { GuestRuntime } from './guest-runtime.ts';

/** The guest a scan in index order picks: the least vruntime, the first among equals. */
function scanned(members: Set<GuestRuntime>, all: GuestRuntime[]): GuestRuntime | null {
  let best: GuestRuntime | null = null;
  for (const g of all) if (members.has(g) && (best === null || g.vruntime < best.vruntime)) best = g;
  return best;
}

describe('GuestHeap', () => {
  test('its top is always the guest a scan in index order would pick, through joins, leaves and vruntime changes', () => {
    const rng = new Rng(11);
    const all = Array.from({ length: 40 }, (_, index) => ({ index, vruntime: 0 }) as GuestRuntime);
    const members = new Set<GuestRuntime>();
    const heap = new GuestHeap((g) => members.has(g));
    for (let step = 0; step < 5000; step++) {
      const g = all[Math.floor(rng.next() * all.length)] as GuestRuntime;
      // Coarse vruntimes, so ties are common and the lowest index must win them.
      if (rng.next() < 0.7) g.vruntime += Math.floor(rng.next() * 3);
      if (rng.next() < 0.6) members.add(g);
      else members.delete(g);
      heap.note(g);
      // Read now and then, so several changes pile up between reads.
      if (rng.next() < 0.3) expect(heap.peek()).toBe(scanned(members, all));
    }
  });
});
