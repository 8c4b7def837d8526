import { describe, expect, test } from 'vitest';
import presetJson from '../../../public/presets/classroom-default.json' with { type: 'json' };
import type { PlatformResult } from '../metrics/results.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { GuestSpec, HostSpec, PlatformKind, Scenario } from '../scenario/schema.ts';
import { collectResults } from './collect-results.ts';
import { createPlatformSimulation } from './run-scenario.ts';

function preset(): Scenario {
  const r = parseScenario(presetJson);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

const linuxGuests: GuestSpec[] = [
  { name: 'web1', os: 'linux', vcpus: 1, memoryMiB: 1024, workload: { kind: 'web-server' } },
  { name: 'db1', os: 'linux', vcpus: 1, memoryMiB: 2048, workload: { kind: 'oltp' } },
];

function scenario(over: { cpu?: HostSpec['cpu']; platforms?: Partial<Scenario['platforms']> } = {}): Scenario {
  const base = preset();
  return {
    ...base,
    host: { ...base.host, disk: 'ssd', ...(over.cpu ? { cpu: over.cpu } : {}) },
    platforms: { ...base.platforms, ...over.platforms },
    guests: linuxGuests,
  };
}

/** Memory is a plan, not a consequence of running: a short run is enough. */
function run(s: Scenario, kind: PlatformKind): PlatformResult {
  const sim = createPlatformSimulation(s, kind);
  sim.advanceTo(10e9);
  const r = collectResults(sim);
  expect(r.refusal).toBeUndefined();
  return r;
}

const xen = { 'bare-metal': { style: 'xen', guestMode: 'paravirtual', paging: 'shadow' } } as const;
const esx = { 'bare-metal': { style: 'esx', guestMode: 'binary-translation', paging: 'shadow' } } as const;

describe('memory by layer', () => {
  test('Xen holds the hypervisor and the driver domain (dom0) under its guests', () => {
    const m = run(scenario({ platforms: xen }), 'bare-metal').memoryMiB;
    expect(m.byLayer['hypervisor']).toBeGreaterThan(0);
    expect(m.byLayer['driver-domain (dom0)']).toBeGreaterThan(0);
    expect(m.byLayer['service console']).toBeUndefined();
    expect(m.byLayer['host-os']).toBeUndefined();
  });

  test('ESX holds the hypervisor and its service console, and no dom0', () => {
    const m = run(scenario({ platforms: esx }), 'bare-metal').memoryMiB;
    expect(m.byLayer['hypervisor']).toBeGreaterThan(0);
    expect(m.byLayer['service console']).toBeGreaterThan(0);
    expect(m.byLayer['driver-domain (dom0)']).toBeUndefined();
  });

  test('hosted holds a host OS, and each VM has its own monitor overhead', () => {
    const r = run(scenario(), 'hosted');
    expect(r.memoryMiB.byLayer['host-os']).toBeGreaterThan(0);
    for (const g of r.guests) expect(g.memoryMiB['monitor-overhead'], g.name).toBeGreaterThan(0);
    const perVm = r.guests.reduce((sum, g) => sum + (g.memoryMiB['monitor-overhead'] ?? 0), 0);
    expect(r.memoryMiB.byLayer['monitor-overhead']).toBeCloseTo(perVm, 1);
  });

  test('a VM reserves all its memory, a container only what it uses', () => {
    const vm = run(scenario(), 'hosted').guests[0];
    const ct = run(scenario(), 'container').guests[0];
    const sum = (r: Readonly<Record<string, number>> | undefined): number => Object.values(r ?? {}).reduce((a, b) => a + b, 0);
    const inside = sum(vm?.memoryMiB) - (vm?.memoryMiB['monitor-overhead'] ?? 0);
    expect(inside).toBeCloseTo(1024, 1);
    expect(vm?.memoryMiB['guest-unused']).toBeGreaterThan(0);
    expect(ct?.memoryMiB['guest-unused']).toBeUndefined();
    expect(ct?.memoryMiB['guest-kernel']).toBeUndefined();
    expect(sum(ct?.memoryMiB)).toBeLessThan(1024);
  });

  test('the container platform needs less memory in total than bare metal for the same Linux guests', () => {
    const containers = run(scenario(), 'container').memoryMiB;
    for (const platforms of [xen, esx]) {
      const bare = run(scenario({ platforms }), 'bare-metal').memoryMiB;
      expect(containers.total, platforms['bare-metal'].style).toBeLessThan(bare.total);
    }
    expect(containers.byLayer['shared-kernel']).toBeGreaterThan(0);
  });

  test('the totals add up their parts', () => {
    for (const kind of ['native', 'hosted', 'bare-metal', 'container'] as const) {
      const m = run(scenario(), kind).memoryMiB;
      const parts = Object.values(m.byLayer).reduce((a, b) => a + b, 0);
      expect(m.total, kind).toBeCloseTo(parts, 0);
    }
  });

  test('shadow paging costs shadow page tables that nested paging does not', () => {
    const shadow = run(scenario({ cpu: 'core2-2006' }), 'hosted');
    const nested = run(scenario({ cpu: 'nehalem-2009' }), 'hosted');
    expect(shadow.label).toContain('shadow');
    expect(nested.label).toContain('nested');
    expect(shadow.memoryMiB.byLayer['shadow-page-tables']).toBeGreaterThan(0);
    for (const g of shadow.guests) expect(g.memoryMiB['shadow-page-tables'], g.name).toBeGreaterThan(0);
    expect(nested.memoryMiB.byLayer['shadow-page-tables']).toBeUndefined();
    // Same guests otherwise: the difference is exactly the shadows.
    expect(shadow.memoryMiB.total - nested.memoryMiB.total).toBeCloseTo(shadow.memoryMiB.byLayer['shadow-page-tables'] ?? 0, 0);
  });
});
