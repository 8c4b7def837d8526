import { describe, expect, test } from 'vitest';
import presetJson from '../../../public/presets/classroom-default.json' with { type: 'json' };
import type { GuestResult, PlatformResult } from '../metrics/results.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { HostSpec, PlatformKind, Scenario } from '../scenario/schema.ts';
import { collectResults } from './collect-results.ts';
import { createPlatformSimulation } from './run-scenario.ts';

function preset(): Scenario {
  const r = parseScenario(presetJson);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

function scenario(cpu: HostSpec['cpu'], platforms: Partial<Scenario['platforms']> = {}): Scenario {
  const base = preset();
  return { ...base, host: { ...base.host, cpu, disk: 'ssd' }, platforms: { ...base.platforms, ...platforms } };
}

/** Admission is decided when the simulation is built; a short run shows who works (`seconds` for a slow boot). */
function run(s: Scenario, kind: PlatformKind, seconds = 5): PlatformResult {
  const sim = createPlatformSimulation(s, kind);
  sim.advanceTo(seconds * 1e9);
  return collectResults(sim);
}

const guest = (r: PlatformResult, name: string): GuestResult => r.guests.find((g) => g.name === name) as GuestResult;

function expectWholePlatformRefused(r: PlatformResult, mentions: string): void {
  expect(r.refusal).toContain(mentions);
  expect(r.guests.map((g) => g.state)).toEqual(r.guests.map(() => 'refused'));
  for (const g of r.guests) {
    expect(g.reason).toBe(r.refusal);
    expect(g.cpuMsByLayer).toEqual({});
  }
  expect(r.bootMs).toBeNull();
}

describe('guests a platform cannot run', () => {
  const classroom = preset();

  test('the Windows guest is refused on the container platform because it needs its own kernel', () => {
    const win = guest(run(classroom, 'container'), 'win1');
    expect(win.state).toBe('refused');
    expect(win.reason).toMatch(/kernel/i);
    expect(win.cpuMsByLayer).toEqual({});
    expect(win.memoryMiB).toEqual({});
  });

  test('the same Windows guest runs on the hosted and bare-metal platforms', () => {
    for (const kind of ['hosted', 'bare-metal'] as const) {
      const r = run(classroom, kind);
      expect(r.refusal, kind).toBeUndefined();
      const win = guest(r, 'win1');
      expect(win.state, kind).not.toBe('refused');
      expect(win.reason, kind).toBeUndefined();
      expect(win.cpuMsByLayer['guest-kernel'], kind).toBeGreaterThan(0);
    }
  });

  test('the Linux guests of the classroom run in containers', () => {
    const r = run(classroom, 'container');
    expect(guest(r, 'web1').state).not.toBe('refused');
    expect(guest(r, 'build1').state).not.toBe('refused');
  });

  test('Windows on paravirtual Xen is refused (closed source, no modified kernel) while Linux guests run there', () => {
    const r = run(scenario('nehalem-2009', { 'bare-metal': { style: 'xen', guestMode: 'paravirtual', paging: 'shadow' } }), 'bare-metal');
    expect(r.refusal).toBeUndefined();
    expect(guest(r, 'win1').state).toBe('refused');
    expect(guest(r, 'win1').reason).toMatch(/paravirtual/i);
    expect(guest(r, 'web1').state).toBe('running');
    expect(guest(r, 'build1').state).toBe('running');
  });
});

describe('platforms the host CPU cannot support', () => {
  test('hardware assist on netburst-2003 (no VT-x) refuses the hosted platform and every guest on it', () => {
    expectWholePlatformRefused(run(scenario('netburst-2003'), 'hosted'), 'VT-x');
  });

  test('hardware-assisted Xen guests on netburst-2003 are refused too, but paravirtual ones run', () => {
    expectWholePlatformRefused(run(scenario('netburst-2003'), 'bare-metal'), 'VT-x');
    const pv = run(scenario('netburst-2003', { 'bare-metal': { style: 'xen', guestMode: 'paravirtual', paging: 'shadow' } }), 'bare-metal');
    expect(pv.refusal).toBeUndefined();
    expect(guest(pv, 'web1').state).toBe('running');
  });

  test('binary translation needs no VT-x: a hosted BT platform runs on netburst-2003', () => {
    const r = run(scenario('netburst-2003', { hosted: { hostOs: 'linux', technique: 'binary-translation', devices: 'emulated' } }), 'hosted');
    expect(r.refusal).toBeUndefined();
    expect(guest(r, 'web1').state).toBe('running');
  });

  test('nested paging on core2-2006 (no EPT) is refused', () => {
    const hosted = { hostOs: 'linux', technique: 'hardware-assist', devices: 'emulated', paging: 'nested' } as const;
    expectWholePlatformRefused(run(scenario('core2-2006', { hosted }), 'hosted'), 'EPT');
    // The preset's bare-metal platform asks for nested paging as well.
    expectWholePlatformRefused(run(scenario('core2-2006'), 'bare-metal'), 'EPT');
  });

  test('without an explicit paging mode, hosted hardware assist on core2-2006 falls back to shadow paging and runs', () => {
    const r = run(scenario('core2-2006'), 'hosted');
    expect(r.refusal).toBeUndefined();
    expect(r.label).toContain('shadow');
  });

  test('Xen with binary translation is refused: Xen has no binary translator', () => {
    const r = run(scenario('nehalem-2009', { 'bare-metal': { style: 'xen', guestMode: 'binary-translation', paging: 'shadow' } }), 'bare-metal');
    expectWholePlatformRefused(r, 'binary translator');
  });

  test('ESX with binary translation runs', () => {
    // Windows Server 2003's boot under binary translation on a 2003 Xeon takes longer than 5 s.
    const r = run(scenario('netburst-2003', { 'bare-metal': { style: 'esx', guestMode: 'binary-translation', paging: 'shadow' } }), 'bare-metal', 30);
    expect(r.refusal).toBeUndefined();
    expect(guest(r, 'win1').state).toBe('running');
  });
});

describe("a product's documented cap on powered-on VMs per host", () => {
  /** `n` small idle Linux guests on a host with memory for all of them, on `platforms` (which name their products). */
  function many(n: number, platforms: Partial<Scenario['platforms']>): Scenario {
    const base = preset();
    return {
      ...base,
      host: { ...base.host, cpu: 'core2-2006', cores: 16, memoryMiB: 262_144 },
      platforms: { ...base.platforms, ...platforms },
      guests: Array.from({ length: n }, (_, i) => ({ name: `vm${i + 1}`, os: 'linux' as const, vcpus: 1, memoryMiB: 64, workload: { kind: 'idle' as const } })),
    };
  }

  const refusedFor = (r: PlatformResult, pattern: RegExp): string[] => r.guests.filter((g) => g.state === 'refused' && pattern.test(g.reason ?? '')).map((g) => g.name);

  test('ESX Server runs 170 powered-on VMs and refuses the ones past them, saying why', () => {
    const r = run(many(175, { 'bare-metal': { style: 'esx', guestMode: 'binary-translation', paging: 'shadow', product: 'esx-server' } }), 'bare-metal');
    expect(refusedFor(r, /at most 170 powered-on virtual machines/)).toEqual(['vm171', 'vm172', 'vm173', 'vm174', 'vm175']);
    expect(r.guests.filter((g) => g.state === 'refused')).toHaveLength(5);
    expect(guest(r, 'vm171').reason).toContain('VMware ESX Server');
  });

  test('Virtual Server 2005 runs 64 and refuses the 65th', () => {
    const r = run(many(66, { hosted: { hostOs: 'windows', technique: 'binary-translation', devices: 'emulated', product: 'virtual-server-2005' } }), 'hosted');
    expect(refusedFor(r, /at most 64 powered-on virtual machines/)).toEqual(['vm65', 'vm66']);
  });

  test('a VM started again after a stop counts against the cap: while another took its place, it stays down, saying why', () => {
    const sim = createPlatformSimulation(many(64, { hosted: { hostOs: 'windows', technique: 'binary-translation', devices: 'emulated', product: 'virtual-server-2005' } }), 'hosted');
    sim.advanceTo(1e9);
    const first = sim.guests[0];
    if (!first) throw new Error('no guest');
    sim.stopGuest(first);
    const newcomer = sim.admit({ name: 'newcomer', os: 'linux', vcpus: 1, memoryMiB: 64, workload: { kind: 'idle' } });
    expect(newcomer.state).toBe('booting');
    expect(sim.startGuest(first)).toMatch(/at most 64 powered-on virtual machines/);
    expect(first.state).toBe('stopped');
    sim.stopGuest(newcomer);
    expect(sim.startGuest(first)).toBeNull();
    expect(first.state).toBe('booting');
  });

  test('products with no documented cap (GSX Server, Xen) and containers are limited by memory only', () => {
    const s = many(200, {
      hosted: { hostOs: 'linux', technique: 'binary-translation', devices: 'emulated', product: 'gsx-server' },
      'bare-metal': { style: 'xen', guestMode: 'paravirtual', paging: 'shadow', product: 'xen' },
    });
    for (const kind of ['hosted', 'bare-metal', 'container'] as const) expect(refusedFor(run(s, kind), /powered-on/), kind).toEqual([]);
  });
});
