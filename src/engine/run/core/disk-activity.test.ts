import { describe, expect, test } from 'vitest';
import { DiskActivity } from './disk-activity.ts';

describe('DiskActivity: what a block layer counts of its disk', () => {
  test('time in flight counts overlapping requests once, gaps not at all, and nothing past the moment it is read', () => {
    const d = new DiskActivity();
    d.issued(10, 20);
    d.issued(15, 30);
    expect(d.busyAt(25)).toBe(15);
    expect(d.busyAt(40)).toBe(20);
    d.issued(50, 60);
    expect(d.busyAt(55)).toBe(25);
    expect(d.busyAt(100)).toBe(30);
  });

  test('latencies add up per request, from issue to completion', () => {
    const d = new DiskActivity();
    d.issued(10, 20);
    d.issued(15, 30);
    d.issued(40, 40);
    expect(d.awaitNs).toBe(25);
  });

  test("writeback dirtied long before it is written counts from when it could enter the block layer's queue of 128 requests", () => {
    const d = new DiskActivity();
    d.issued(0, 10_000, 10);
    expect(d.awaitNs).toBe(128 * 10);
    expect(d.busyAt(10_000)).toBe(128 * 10);
  });
});
