/**
 * Idle VMs' ticks on busy cores (owed-ticks.ts): owed only for idle time while every core
 * was busy, and the running sum over guests agrees with each guest's own figure.
 */
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../scenario/parse-scenario.ts';
import type { GuestSpec, Scenario } from '../../scenario/schema.ts';
import { createPlatformSimulation } from '../run-scenario.ts';

function scenario(guests: GuestSpec[], cores: number, xen: Record<string, string> = {}): Scenario {
  const r = parseScenario({
    version: 2,
    name: 'owed-ticks',
    seed: 5,
    host: { cpu: 'netburst-2003', cores, memoryMiB: 65536, disk: 'ssd', nic: '1g' },
    platforms: {
      hosted: { product: 'gsx-server', hostOs: 'linux', technique: 'binary-translation', devices: 'emulated' },
      'bare-metal': { product: 'xen', style: 'xen', guestMode: 'paravirtual', paging: 'shadow', ...xen },
      container: { product: 'virtuozzo', hostOs: 'linux', network: 'bridge', storage: 'bind' },
    },
    guests,
  });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

const vm = (name: string, kind: GuestSpec['workload']['kind']): GuestSpec => ({ name, os: 'linux', vcpus: 1, memoryMiB: 128, workload: { kind } });

describe('idle ticks owed to busy cores', () => {
  test('a guest alone owes no switches to itself: while its vCPU idles, its core is free', () => {
    // Round trips to a remote peer leave the vCPU idle between bursts, on the host's only core. Xen serves
    // the devices itself here, as Xen 1.0 did: with dom0 on that core, the idle guest's ticks would interrupt dom0.
    for (const kind of ['hosted', 'bare-metal'] as const) {
      const sim = createPlatformSimulation(scenario([vm('rr', 'net-rr')], 1, { ioBackends: 'hypervisor' }), kind);
      sim.advanceTo(60e9);
      const g = sim.guests[0];
      expect(g?.state, kind).toBe('running');
      expect(g?.transactions, kind).toBeGreaterThan(0);
      expect(sim.scheduler.guestSwitches, kind).toBe(0);
      expect(g?.switchesAt(sim.now), kind).toBe(0);
    }
  });

  test('the sum over guests is each guest’s switches added up, however the run was sliced', () => {
    const guests = [vm('busy', 'cpu-int'), vm('web', 'web-server'), ...Array.from({ length: 12 }, (_, i) => vm(`idle${i}`, 'idle'))];
    for (const kind of ['hosted', 'bare-metal'] as const) {
      const sim = createPlatformSimulation(scenario(guests, 2), kind);
      for (let t = 7; t <= 63; t += 7) {
        sim.advanceTo(t * 1e9);
        const perGuest = sim.guests.reduce((sum, g) => sum + g.switchesAt(sim.now), 0);
        expect(sim.scheduler.guestSwitches, `${kind} at ${t} s`).toBeCloseTo(perGuest, 3);
      }
      // The idle guests were switched to for their ticks: two cores were saturated by the busy guests some of the time.
      expect(sim.guests.slice(2).some((g) => g.switchesAt(sim.now) > 0), kind).toBe(true);
    }
  });
});
