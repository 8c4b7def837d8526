import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from './latency-histogram.ts';

function percentile(ns: number, q: number): number | null {
  const h = new LatencyHistogram();
  h.record(LatencyHistogram.bucketOf(ns), 1000);
  return h.quantile(q);
}

describe('LatencyHistogram', () => {
  it('reads a response time within a bucket (ten per decade) of what was recorded', () => {
    for (const ns of [5_000, 68_870_000, 2.5e9]) {
      const p50 = percentile(ns, 0.5) as number;
      expect(p50 / ns).toBeGreaterThan(0.79);
      expect(p50 / ns).toBeLessThan(1.26);
    }
  });

  it('tells sub-microsecond transactions apart: a 140 ns system call is not read as the floor', () => {
    const native = percentile(140, 0.5) as number;
    const hosted = percentile(810, 0.5) as number;
    expect(native).toBeLessThan(200);
    expect(native).toBeGreaterThan(110);
    expect(hosted / native).toBeGreaterThan(4);
  });

  it('has no percentile without a sample', () => {
    expect(new LatencyHistogram().quantile(0.5)).toBeNull();
  });
});
