import { describe, expect, test } from 'vitest';
import { catchUp } from './lockstep-clock.ts';

describe('catching up to an instant', () => {
  test('in steps that grow while each call is quick and shrink when one is slow, ending exactly at the target', async () => {
    let wall = 0;
    const targets: number[] = [];
    await catchUp(0, () => 100e9, () => wall, (to) => {
      targets.push(to);
      // A call costs 10 wall ms per virtual second past 20 s: the steps must come down again.
      wall += to > 20e9 ? ((to - (targets.at(-2) ?? 0)) / 1e9) * 10 : 1;
      return Promise.resolve(to);
    });
    const steps = targets.map((t, i) => t - (targets[i - 1] ?? 0));
    expect(targets.at(-1)).toBe(100e9);
    expect(steps[0]).toBe(1e9);
    expect(steps[1]).toBe(2e9);
    expect(Math.max(...steps)).toBeGreaterThan(8e9);
    // Once calls cost 10 ms per virtual s, steps settle near 25 s (250 ms of wall time).
    expect(steps.slice(-2).every((s) => s <= 50e9)).toBe(true);
  });

  test('stops when a step answers null (a worker failed, a newer load)', async () => {
    const targets: number[] = [];
    await catchUp(0, () => 100e9, () => 0, (to) => {
      targets.push(to);
      return Promise.resolve(targets.length === 3 ? null : to);
    });
    expect(targets).toHaveLength(3);
  });
});
