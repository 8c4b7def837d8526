import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GuestHeap } from './guest-heap.ts';
import type { GuestRuntime } from './guest-runtime.ts';
import { picksBefore } from './ready-guests.ts';

/** Only what the heap's order reads: an index and a vruntime. */
function guests(n: number): GuestRuntime[] {
  return Array.from({ length: n }, (_, index) => ({ index, vruntime: 0 }) as GuestRuntime);
}

/** The guest a scan in index order keeping the strictly lowest vruntime picks: what the scheduler did before its index. */
function scanned(inHeap: readonly GuestRuntime[]): GuestRuntime | null {
  let best: GuestRuntime | null = null;
  for (const g of [...inHeap].sort((a, b) => a.index - b.index)) if (best === null || g.vruntime < best.vruntime) best = g;
  return best;
}

describe('the heap of guests waiting for a core', () => {
  test('after any mix of joins, key changes and leaves it picks the guest an index-order scan would', () => {
    const op = fc.record({ guest: fc.nat(15), kind: fc.constantFrom('set', 'delete'), vruntime: fc.integer({ min: 0, max: 5 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const gs = guests(16);
        const heap = new GuestHeap(picksBefore);
        const members = new Set<GuestRuntime>();
        for (const o of ops) {
          const g = gs[o.guest] as GuestRuntime;
          if (o.kind === 'set') {
            // Ties in vruntime are common (small integers): they must go to the lowest index.
            g.vruntime = o.vruntime;
            heap.set(g);
            members.add(g);
          } else {
            heap.delete(g);
            members.delete(g);
          }
          expect(heap.size).toBe(members.size);
          expect(heap.peek()).toBe(scanned([...members]));
        }
      }),
    );
  });
});
