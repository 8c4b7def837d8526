import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FreeCores } from './free-cores.ts';

/** The scan the scheduler did before: the list of free cores in the order freed, searched from the newest. */
function scannedTake(free: number[], lastGuest: readonly number[], gi: number): number {
  let warm = -1;
  let unused = -1;
  for (let i = free.length - 1; i >= 0; i--) {
    const last = lastGuest[free[i] as number];
    if (last === gi) {
      warm = i;
      break;
    }
    if (last === -1 && unused < 0) unused = i;
  }
  const [c] = free.splice(warm >= 0 ? warm : unused >= 0 ? unused : 0, 1) as [number];
  return c;
}

describe('the free cores', () => {
  test('a guest gets the core the scan of the free list gave it: its own last, else an unused one, else the one free longest', () => {
    const step = fc.record({ take: fc.boolean(), guest: fc.nat(5), pick: fc.nat(100) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(step, { maxLength: 300 }), (cores, steps) => {
        const lastGuest = Array.from({ length: cores }, () => -1);
        const cut = new FreeCores(lastGuest);
        const list: number[] = [];
        for (let c = 0; c < cores; c++) {
          cut.addUnused(c);
          list.push(c);
        }
        const busy: number[] = [];
        for (const s of steps) {
          if (s.take && list.length > 0) {
            const c = cut.take(s.guest);
            expect(c).toBe(scannedTake(list, lastGuest, s.guest));
            lastGuest[c] = s.guest;
            busy.push(c);
          } else if (busy.length > 0) {
            const [c] = busy.splice(s.pick % busy.length, 1) as [number];
            cut.release(c);
            list.push(c);
          }
          expect(cut.count).toBe(list.length);
          const newestFirst: number[] = [];
          for (let c = cut.newest(); c >= 0; c = cut.older(c)) newestFirst.push(c);
          expect(newestFirst).toEqual([...list].reverse());
        }
      }),
    );
  });
});
