import { describe, expect, test } from 'vitest';
import { guest, runPlatform, testScenario } from '../memory/test-host.ts';

describe('a workload with a fixed amount of work (operations)', () => {
  test('stops after its operations, and its throughput is over the time they took, not the whole run', () => {
    const s = testScenario([guest('files', 'file-server', { workload: { kind: 'file-server', concurrency: 1, operations: 90_000 } })]);
    const short = runPlatform(s, 'native', 60);
    const long = runPlatform(s, 'native', 120);
    const [a, b] = [short.result.guests[0], long.result.guests[0]];
    if (!a || !b) throw new Error('no guest');
    const done = short.sim.guests[0]?.transactions ?? 0;
    expect(done).toBeGreaterThanOrEqual(90_000);
    // A batch in flight when the count is reached completes: at most one batch more.
    expect(done).toBeLessThan(90_000 * 1.05);
    expect(long.sim.guests[0]?.transactions).toBe(done);
    expect(b.throughput.perSecond).toBe(a.throughput.perSecond);
    expect(a.state).toBe('running');
    // The result says when the work was done; the guest stays up.
    expect(a.workloadDoneMs).toBeGreaterThan(a.bootMs ?? Infinity);
    expect(a.workloadDoneMs).toBeLessThan(60_000);
    expect(b.workloadDoneMs).toBe(a.workloadDoneMs);
    expect(a.workloadDoneMs).toBeCloseTo((a.bootMs ?? 0) + (done / a.throughput.perSecond) * 1000, -1);
  });

  test('a workload without operations never reports its work done', () => {
    const s = testScenario([guest('files', 'file-server', { workload: { kind: 'file-server', concurrency: 1 } })]);
    expect(runPlatform(s, 'native', 30).result.guests[0]?.workloadDoneMs).toBeUndefined();
  });

  test('a scenario refuses operations on a kind without transactions of its own', () => {
    expect(() => testScenario([guest('q', 'idle', { workload: { kind: 'idle', operations: 10 } as never })])).toThrow(/operations/);
  });
});
