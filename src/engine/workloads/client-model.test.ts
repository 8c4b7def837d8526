import { describe, expect, test } from 'vitest';
import presetJson from '../../../public/presets/classroom-default.json' with { type: 'json' };
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { GuestSpec, Scenario } from '../scenario/schema.ts';
import { runScenario } from '../run/run-scenario.ts';
import { clientModel, exponentialNs, openGapNs } from './client-model.ts';

/** `n` instances of a service on one core of an SSD host. */
function instances(n: number, workload: Record<string, unknown>): Scenario {
  const guests = Array.from({ length: n }, (_, i) => ({ name: `web${i + 1}`, os: 'linux', vcpus: 1, memoryMiB: 1024, workload }));
  const r = parseScenario({ ...presetJson, host: { ...presetJson.host, cores: 1, memoryMiB: 16_384, disk: 'ssd' }, guests });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

const first = (s: Scenario, seconds: number, platform: 'native' | 'hosted' | 'container' = 'native') => {
  const g = runScenario(s, seconds).platforms[platform].guests[0];
  if (!g) throw new Error('no guest');
  return g;
};

describe('client models', () => {
  test('the parameters choose the model; draws are exponential, an open stream is split among the workers', () => {
    expect(clientModel({})).toEqual({ kind: 'saturating' });
    expect(clientModel({ thinkTimeMs: 0 })).toEqual({ kind: 'saturating' });
    expect(clientModel({ thinkTimeMs: 200 })).toEqual({ kind: 'think-time', meanThinkNs: 2e8 });
    expect(clientModel({ arrivalsPerSecond: 400 })).toEqual({ kind: 'open', arrivalsPerSecond: 400 });
    expect(exponentialNs(1e6, 0)).toBeCloseTo(0, 9);
    expect(exponentialNs(1e6, 1 - Math.exp(-1))).toBeCloseTo(1e6, 3);
    expect(openGapNs({ arrivalsPerSecond: 400 }, 64)).toBeCloseTo(1.6e8, 3);
  });

  test('closed loop with think time: throughput is clients / (think + response), as Little’s law says', () => {
    const g = first(instances(1, { kind: 'web-server', concurrency: 100, thinkTimeMs: 200 }), 30);
    const responseS = (g.latencyMs.p50 ?? 0) / 1000;
    expect(g.throughput.perSecond).toBeGreaterThan((100 / (0.2 + responseS)) * 0.95);
    expect(g.throughput.perSecond).toBeLessThan((100 / (0.2 + responseS)) * 1.05);
  });

  test('open loop: the server completes what arrives while it keeps up', () => {
    const g = first(instances(1, { kind: 'specweb', concurrency: 64, arrivalsPerSecond: 400 }), 30);
    expect(g.throughput.perSecond).toBeGreaterThan(380);
    expect(g.throughput.perSecond).toBeLessThan(420);
  });

  test('consolidating 1 → 4 instances on one core: response times grow', () => {
    const w = { kind: 'web-server', concurrency: 100, thinkTimeMs: 200 };
    for (const platform of ['hosted', 'container'] as const) {
      const one = first(instances(1, w), 20, platform).latencyMs.p99 ?? 0;
      const four = first(instances(4, w), 20, platform).latencyMs.p99 ?? 0;
      expect(four, platform).toBeGreaterThan(one * 1.2);
    }
  });

  test('runs repeat byte for byte', () => {
    const s = instances(2, { kind: 'osdb-oltp', concurrency: 16, arrivalsPerSecond: 300 });
    expect(JSON.stringify(runScenario(s, 10))).toBe(JSON.stringify(runScenario(s, 10)));
  });

  test('think time and an arrival rate do not go together; batch kinds take neither', () => {
    const refused = (workload: GuestSpec['workload'] | Record<string, unknown>): string[] => {
      const r = parseScenario({ ...presetJson, guests: [{ name: 'a', os: 'linux', vcpus: 1, memoryMiB: 512, workload }] });
      return r.ok ? [] : r.errors;
    };
    expect(refused({ kind: 'oltp', thinkTimeMs: 10, arrivalsPerSecond: 5 })).toEqual([
      'guests[0].workload.arrivalsPerSecond: clients either think between requests (thinkTimeMs) or arrive at a rate (arrivalsPerSecond), not both',
    ]);
    expect(refused({ kind: 'fio', thinkTimeMs: 10 })[0]).toMatch(/^guests\[0\]\.workload\.thinkTimeMs: fio does not take "thinkTimeMs"/);
  });
});
