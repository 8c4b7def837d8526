import { describe, expect, test } from 'vitest';
import { Rng } from './rng.ts';

function u32s(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.nextU32());
}

describe('Rng', () => {
  test('the same seed gives the same sequence', () => {
    expect(u32s(new Rng(42), 200)).toEqual(u32s(new Rng(42), 200));
  });

  test('different seeds give different sequences', () => {
    expect(u32s(new Rng(42), 20)).not.toEqual(u32s(new Rng(43), 20));
  });

  test('next() stays in [0, 1)', () => {
    const rng = new Rng(1);
    const xs = Array.from({ length: 10_000 }, () => rng.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  test('the same seed and the same sequence of splits give identical sub-streams', () => {
    const a = new Rng(9);
    const b = new Rng(9);
    const [a1, a2] = [a.split('web1'), a.split('build1')];
    const [b1, b2] = [b.split('web1'), b.split('build1')];
    expect(u32s(a1, 50)).toEqual(u32s(b1, 50));
    expect(u32s(a2, 50)).toEqual(u32s(b2, 50));
  });

  test('different labels split from the same state give different streams', () => {
    const a = new Rng(9).split('web1');
    const b = new Rng(9).split('web2');
    expect(u32s(a, 20)).not.toEqual(u32s(b, 20));
  });

  test('a split depends only on the seed and its label: not on draws or other splits', () => {
    const plain = u32s(new Rng(5).split('a'), 10);
    const afterDraws = new Rng(5);
    afterDraws.nextU32();
    afterDraws.split('b');
    expect(u32s(afterDraws.split('a'), 10)).toEqual(plain);
    // Splitting leaves the parent's own stream untouched.
    const parent = new Rng(5);
    parent.split('x');
    expect(u32s(parent, 10)).toEqual(u32s(new Rng(5), 10));
  });

  test('unitGamma has mean 1 and variance 1/shape', () => {
    const rng = new Rng(2024);
    const shape = 8;
    const n = 20_000;
    let sum = 0;
    let sumSq = 0;
    let min = Infinity;
    for (let i = 0; i < n; i++) {
      const x = rng.unitGamma(shape);
      min = Math.min(min, x);
      sum += x;
      sumSq += x * x;
    }
    const mean = sum / n;
    const variance = sumSq / n - mean * mean;
    expect(min).toBeGreaterThan(0);
    // Standard error of the mean is 0.354 / sqrt(20000) ≈ 0.0025.
    expect(Math.abs(mean - 1)).toBeLessThan(0.01);
    expect(variance).toBeGreaterThan(0.9 / shape);
    expect(variance).toBeLessThan(1.1 / shape);
  });

  test("unitGamma's squeeze accepts only draws the full Marsaglia–Tsang test accepts, so it changes no stream", () => {
    let squeezed = 0;
    let bothAccept = 0;
    for (const shape of [1, 2, 8, 16, 32, 64, 256]) {
      const d = shape - 1 / 3;
      const c = 1 / Math.sqrt(9 * d);
      for (let x = -6; x <= 6; x += 1 / 512) {
        const v0 = 1 + c * x;
        if (v0 <= 0) continue;
        const v = v0 * v0 * v0;
        const exact = 0.5 * x * x + d - d * v + d * Math.log(v);
        // The largest u the squeeze takes (one 2^-32 step of the generator below its bound).
        const u = 1 - 0.0331 * x ** 4 - 2 ** -32;
        if (u <= 0) continue;
        squeezed++;
        if (Math.log(u) < exact) bothAccept++;
      }
    }
    expect(squeezed).toBeGreaterThan(10_000);
    expect(bothAccept).toBe(squeezed);
  });
});
