import { describe, expect, test } from 'vitest';
import { DirtyThrottle } from './dirty-throttle.ts';

describe("DirtyThrottle: Linux's balance_dirty_pages", () => {
  test('a writer within the limit never waits; past it, it waits until the oldest writeback brings what is dirty under the limit', () => {
    const d = new DirtyThrottle(100);
    expect(d.dirtied(0, 10, 40)).toBe(0);
    expect(d.dirtied(1, 20, 40)).toBe(1);
    // 120 dirty: the first 40, written at 10, must go first.
    expect(d.dirtied(2, 30, 40)).toBe(10);
    // By 15 the first is written: 80 dirty, then 120 with this one: wait for the second, written at 20.
    expect(d.dirtied(15, 40, 40)).toBe(20);
    // Long after everything was written nothing is dirty.
    expect(d.dirtied(100, 110, 40)).toBe(100);
  });
});
