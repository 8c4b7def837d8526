import { describe, expect, test } from 'vitest';
import { Rng } from '../../sim/rng.ts';
import type { GuestRuntime } from './guest-runtime.ts';
import { GuestSet } from './guest-set.ts';

function walk(set: GuestSet): number[] {
  const out: GuestRuntime[] = [];
  return out.slice(0, set.fill(out)).map((m) => m.index);
}

describe('GuestSet', () => {
  test('a walk meets exactly its members, in index order, and it counts them, through joins and leaves across word boundaries', () => {
    const rng = new Rng(5);
    const all = Array.from({ length: 130 }, (_, index) => ({ index }) as GuestRuntime);
    const set = new GuestSet();
    const members = new Set<number>();
    for (let step = 0; step < 3000; step++) {
      const g = all[Math.floor(rng.next() * all.length)] as GuestRuntime;
      const member = rng.next() < 0.55;
      set.set(g, member);
      if (member) members.add(g.index);
      else members.delete(g.index);
      expect(walk(set)).toEqual([...members].sort((a, b) => a - b));
      expect(set.size).toBe(members.size);
    }
  });

  test('bit 31 of a word and the last bit of the last word are found', () => {
    const set = new GuestSet();
    const g31 = { index: 31 } as GuestRuntime;
    const g63 = { index: 63 } as GuestRuntime;
    set.set(g31, true);
    set.set(g63, true);
    expect(walk(set)).toEqual([31, 63]);
    set.set(g31, false);
    expect(walk(set)).toEqual([63]);
  });
});
