import { describe, expect, test } from 'vitest';
import type { GuestResult } from '../metrics/results.ts';
import { L } from '../metrics/layers.ts';
import { collectResults } from '../run/collect-results.ts';
import { PLATFORM_MODELS } from './platform-models.ts';
import { createPlatformSimulation } from '../run/run-scenario.ts';
import { defaultScenario } from '../scenario/default-scenario.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';
import type { OpPaths } from './op-paths.ts';

/** One disk-bound Linux database (a synchronous commit and a page read per transaction) on a 15K SCSI host. */
function scenario(hostedDisk: 'file' | 'raw' = 'file'): Scenario {
  const base = defaultScenario();
  return {
    ...base,
    host: { ...base.host, disk: 'hdd' },
    platforms: {
      ...base.platforms,
      hosted: { hostOs: 'linux', technique: 'binary-translation', devices: 'emulated', disk: hostedDisk },
      'bare-metal': { style: 'xen', guestMode: 'paravirtual', paging: 'shadow' },
    },
    guests: [{ name: 'db', os: 'linux', vcpus: 1, memoryMiB: 1024, workload: { kind: 'oltp' } }],
  };
}

function paths(s: Scenario, kind: PlatformKind): OpPaths {
  const guest = s.guests[0];
  if (guest === undefined) throw new Error('no guest');
  return PLATFORM_MODELS[kind](s).plan(guest).paths;
}

function run(s: Scenario, kind: PlatformKind): GuestResult {
  const sim = createPlatformSimulation(s, kind);
  sim.advanceTo(30e9);
  const g = collectResults(sim).guests[0];
  if (g === undefined) throw new Error('no result');
  return g;
}

describe('a synchronous write waits for every layer that must make it durable', () => {
  test('on a hosted VM’s disk file it also waits for the host file system’s journal commit, done by the host kernel', () => {
    const p = paths(scenario('file'), 'hosted');
    expect(p.syncWrite.deviceWrites).toBe(1);
    expect(p.syncWrite.cpu.ns[L.hostKernel]).toBeGreaterThan(0);
  });

  test('on a raw partition, natively, on Xen’s split drivers and in a container the request is the whole path', () => {
    expect(paths(scenario('raw'), 'hosted').syncWrite.deviceWrites).toBe(0);
    for (const kind of ['native', 'bare-metal', 'container'] as const) {
      const p = paths(scenario(), kind);
      expect(p.syncWrite.deviceWrites).toBe(0);
      expect(p.syncWrite.cpu.total()).toBe(0);
    }
  });

  test('a disk-bound database loses to the journal commits on a hosted disk file, not on a raw partition or on Xen', () => {
    const native = run(scenario(), 'native').throughput.perSecond;
    const file = run(scenario('file'), 'hosted').throughput.perSecond;
    const raw = run(scenario('raw'), 'hosted').throughput.perSecond;
    const xen = run(scenario(), 'bare-metal').throughput.perSecond;
    // Two device requests per transaction natively, three through the host file system.
    expect(file / native).toBeLessThan(0.75);
    expect(file / native).toBeGreaterThan(0.6);
    expect(raw / native).toBeGreaterThan(0.95);
    expect(xen / native).toBeGreaterThan(0.95);
  });
});
