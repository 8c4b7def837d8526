import { describe, expect, test } from 'vitest';
import presetJson from '../../../public/presets/classroom-default.json' with { type: 'json' };
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { GuestSpec, Scenario } from '../scenario/schema.ts';
import { runScenario } from '../run/run-scenario.ts';

const guest = (name: string, workload: GuestSpec['workload']): GuestSpec => ({ name, os: 'linux', vcpus: 1, memoryMiB: 512, workload });

/** The classroom's host on an SSD, running one guest of each kind with parameters. */
function scenario(seed: number): Scenario {
  const r = parseScenario({
    ...presetJson,
    seed,
    host: { ...presetJson.host, disk: 'ssd' },
    guests: [
      guest('fio1', { kind: 'fio', rw: 'randwrite', bs: 4096, fsync: 1 }),
      guest('ttcp1', { kind: 'ttcp', direction: 'receive', mtu: 500 }),
      guest('db1', { kind: 'osdb-oltp' }),
      guest('web1', { kind: 'specweb' }),
      guest('fw1', { kind: 'forkwait' }),
      guest('rr1', { kind: 'netperf', test: 'UDP_RR' }),
    ],
  });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

describe('workloads with parameters', () => {
  test('run deterministically: the same scenario and seed give byte-identical results', () => {
    expect(JSON.stringify(runScenario(scenario(3), 10))).toBe(JSON.stringify(runScenario(scenario(3), 10)));
  });

  test('each runs on every platform that admits it, in its own unit', () => {
    const r = runScenario(scenario(3), 10);
    const native = new Map(r.platforms.native.guests.map((g) => [g.name, g]));
    expect(native.get('fio1')?.throughput.unit).toBe('IOPS');
    expect(native.get('ttcp1')?.throughput.unit).toBe('Mbit/s');
    for (const g of r.platforms['bare-metal'].guests) expect(g.throughput.perSecond, g.name).toBeGreaterThan(0);
  });
});
