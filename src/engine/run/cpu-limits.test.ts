import { describe, expect, test } from 'vitest';
import { XEN, guest, runPlatform, testScenario } from '../memory/test-host.ts';
import type { Task } from './core/task.ts';

const ratio = (a: number, b: number): number => a / b;

describe('CPU shares and caps', () => {
  test('under contention, CPU divides in proportion to the shares (cgroup cpu.shares, Xen credit weight)', () => {
    const s = testScenario([guest('heavy', 'cpu-int', { limits: { cpuShares: 2048 } }), guest('light', 'cpu-int')], { cores: 1, bareMetal: XEN });
    for (const kind of ['container', 'bare-metal'] as const) {
      const [heavy, light] = runPlatform(s, kind, 30).result.guests;
      expect(ratio(heavy!.throughput.perSecond, light!.throughput.perSecond), kind).toBeCloseTo(2, 1);
    }
  });

  test('without contention shares change nothing: each guest has a core of its own', () => {
    const s = testScenario([guest('heavy', 'cpu-int', { limits: { cpuShares: 8192 } }), guest('light', 'cpu-int')], { cores: 2 });
    const [heavy, light] = runPlatform(s, 'container', 20).result.guests;
    expect(ratio(heavy!.throughput.perSecond, light!.throughput.perSecond)).toBeCloseTo(1, 2);
  });

  test('a cap holds a guest to its share of a core even when cores are idle', () => {
    const capped = testScenario([guest('c', 'cpu-int', { vcpus: 2, limits: { cpuCapPercent: 50 } })], { cores: 4, bareMetal: XEN });
    const free = testScenario([guest('c', 'cpu-int', { vcpus: 2 })], { cores: 4, bareMetal: XEN });
    for (const kind of ['container', 'bare-metal'] as const) {
      const c = runPlatform(capped, kind, 20).result.guests[0]!;
      const f = runPlatform(free, kind, 20).result.guests[0]!;
      // Two vCPUs uncapped use two cores; the cap allows half of one.
      expect(ratio(c.throughput.perSecond, f.throughput.perSecond), kind).toBeCloseTo(0.25, 1);
      expect(c.latencyMs.p99!, kind).toBeGreaterThan(f.latencyMs.p99!);
    }
  });

  test('disk weights (CFQ blkio.weight) divide a contended disk in proportion', () => {
    const s = testScenario([guest('big', 'idle', { limits: { blkioWeight: 1000 } }), guest('small', 'idle')]);
    const tasks: Task[] = [];
    runPlatform(s, 'container', 20, {
      atS: 5,
      act: (sim) => {
        for (const g of sim.guests) {
          const t = sim.startTask(g, { command: 'dd', workload: 'seq-write', workers: 1 });
          if (typeof t === 'string') throw new Error(t);
          tasks.push(t);
        }
      },
    });
    // Each request is stretched by the weights backlogged when it arrives: close to 2, a little under.
    const r = ratio(tasks[0]!.transactions, tasks[1]!.transactions);
    expect(r).toBeGreaterThan(1.85);
    expect(r).toBeLessThan(2.05);
  });
});
