import { describe, expect, test } from 'vitest';
import presetJson from '../../../public/presets/classroom-default.json' with { type: 'json' };
import type { GuestResult } from '../metrics/results.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';
import { collectResults } from './collect-results.ts';
import { createPlatformSimulation } from './run-scenario.ts';

function preset(): Scenario {
  const r = parseScenario(presetJson);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

/** One Linux database guest (disk-bound: a log write and a page read per transaction) on an SSD host. */
function scenario(platforms: Partial<Scenario['platforms']> = {}): Scenario {
  const base = preset();
  return {
    ...base,
    host: { ...base.host, disk: 'ssd' },
    platforms: { ...base.platforms, ...platforms },
    guests: [{ name: 'db1', os: 'linux', vcpus: 1, memoryMiB: 1024, workload: { kind: 'oltp' } }],
  };
}

function runGuest(s: Scenario, kind: PlatformKind, seconds = 20): GuestResult {
  const sim = createPlatformSimulation(s, kind);
  sim.advanceTo(seconds * 1e9);
  const r = collectResults(sim);
  expect(r.refusal).toBeUndefined();
  const g = r.guests[0] as GuestResult;
  expect(g.state).toBe('running');
  expect(g.throughput.perSecond).toBeGreaterThan(0);
  return g;
}

const xenPv = scenario({ 'bare-metal': { style: 'xen', guestMode: 'paravirtual', paging: 'shadow' } });
const esx = scenario({ 'bare-metal': { style: 'esx', guestMode: 'binary-translation', paging: 'shadow' } });

describe('which layers a disk-heavy guest’s I/O crosses', () => {
  test('Xen (paravirtual): the driver domain does the I/O; no host kernel, no VMM', () => {
    const g = runGuest(xenPv, 'bare-metal');
    expect(g.cpuMsByLayer['driver-domain']).toBeGreaterThan(0);
    expect(g.cpuMsByLayer['hypervisor']).toBeGreaterThan(0);
    expect(g.cpuMsByLayer['host-kernel']).toBeUndefined();
    expect(g.cpuMsByLayer['vmm']).toBeUndefined();
    // Requests reach dom0 over event channels, not through exits.
    expect(g.exitsByReason['hypercall:event-channel']).toBeGreaterThan(0);
    expect(Object.keys(g.exitsByReason).filter((r) => r.startsWith('exit:'))).toEqual([]);
  });

  test('hosted: the host kernel and the VMM do the I/O, reached by world switches; no driver domain', () => {
    const g = runGuest(scenario(), 'hosted');
    expect(g.cpuMsByLayer['host-kernel']).toBeGreaterThan(0);
    expect(g.cpuMsByLayer['vmm']).toBeGreaterThan(0);
    expect(g.cpuMsByLayer['driver-domain']).toBeUndefined();
    expect(g.cpuMsByLayer['hypervisor']).toBeUndefined();
    expect(g.exitsByReason['world-switch']).toBeGreaterThan(0);
    expect(g.exitsByReason['exit:io-port']).toBeGreaterThan(0);
  });

  test('container: the shared kernel does the I/O; no driver domain, host kernel, VMM or hypervisor', () => {
    const g = runGuest(scenario(), 'container');
    expect(g.cpuMsByLayer['shared-kernel']).toBeGreaterThan(0);
    for (const layer of ['driver-domain', 'host-kernel', 'vmm', 'hypervisor', 'guest-kernel']) {
      expect(g.cpuMsByLayer[layer], layer).toBeUndefined();
    }
    expect(g.exitsByReason).toEqual({});
  });

  test('ESX: the hypervisor itself does the I/O; no driver domain', () => {
    const g = runGuest(esx, 'bare-metal');
    expect(g.cpuMsByLayer['hypervisor']).toBeGreaterThan(0);
    expect(g.cpuMsByLayer['driver-domain']).toBeUndefined();
    expect(g.cpuMsByLayer['host-kernel']).toBeUndefined();
    expect(g.cpuMsByLayer['vmm']).toBeUndefined();
  });

  test('the driver domain’s share grows with disk work: a database guest costs dom0 more than a compute guest', () => {
    const compute: Scenario = { ...xenPv, guests: [{ name: 'db1', os: 'linux', vcpus: 1, memoryMiB: 1024, workload: { kind: 'cpu-int' } }] };
    const busy = runGuest(xenPv, 'bare-metal', 40);
    const calm = runGuest(compute, 'bare-metal', 40);
    // Both booted the same way; only the database keeps sending requests to dom0.
    expect(busy.cpuMsByLayer['driver-domain']).toBeGreaterThan(10 * (calm.cpuMsByLayer['driver-domain'] ?? 0));
  });
});
