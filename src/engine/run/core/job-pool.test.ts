import { describe, expect, test } from 'vitest';
import { PLATFORM_KINDS, createPlatformSimulation, parseScenario } from '../../index.ts';
import { hostingServer } from '../hosting-server.fixture.ts';
import { JobPool, sameFigures } from './job-pool.ts';
import type { Job } from './job.ts';

describe('guests whose jobs are the same share one', () => {
  test.each(PLATFORM_KINDS.map((k) => [k]))('a hosting server of a few kinds of guest: %s', (kind) => {
    const parsed = parseScenario(hostingServer(30));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const sim = createPlatformSimulation(parsed.scenario, kind);
    const jobs = sim.guests.map((g) => g.workloadJob).filter((j) => j !== null);
    const distinct = new Set(jobs);
    // Fewer jobs than guests, and no two of them alike.
    expect(distinct.size).toBeLessThan(jobs.length);
    const kept = [...distinct];
    kept.forEach((a, i) => kept.slice(i + 1).forEach((b) => expect(sameFigures(a, b)).toBe(false)));
  });

  test('a job differing in one figure, even by the sign of a zero, is its own', () => {
    const pool = new JobPool();
    const a = { burstNs: 0, ns: new Float64Array([1, 2]) } as unknown as Job;
    const same = { burstNs: 0, ns: new Float64Array([1, 2]) } as unknown as Job;
    const other = { burstNs: 0, ns: new Float64Array([1, 3]) } as unknown as Job;
    const negativeZero = { burstNs: -0, ns: new Float64Array([1, 2]) } as unknown as Job;
    const infinite = { burstNs: Infinity, ns: new Float64Array([1, 2]) } as unknown as Job;
    const nan = { burstNs: NaN, ns: new Float64Array([1, 2]) } as unknown as Job;
    expect(pool.shared(a)).toBe(a);
    expect(pool.shared(same)).toBe(a);
    expect(pool.shared(other)).toBe(other);
    expect(pool.shared(negativeZero)).toBe(negativeZero);
    expect(pool.shared(infinite)).toBe(infinite);
    expect(pool.shared(nan)).toBe(nan);
  });
});
