import { describe, expect, test } from 'vitest';
import presetJson from '../../../public/presets/classroom-default.json' with { type: 'json' };
import type { GuestResult, PlatformResult } from '../metrics/results.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { GuestSpec, PlatformKind, Scenario } from '../scenario/schema.ts';
import { collectResults } from './collect-results.ts';
import { createPlatformSimulation } from './run-scenario.ts';

function preset(): Scenario {
  const r = parseScenario(presetJson);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

const idle = (name: string, os: GuestSpec['os'], vcpus = 1): GuestSpec => ({ name, os, vcpus, memoryMiB: 512, workload: { kind: 'idle' } });

/**
 * classroom-default's host moved to 2006 (CentOS 5's Linux 2.6.18, whose idle CPUs still tick:
 * tickless idle came with 2.6.21), with shadow paging (no EPT); `cpu` for another era.
 */
function scenario(guests: GuestSpec[], platforms: Partial<Scenario['platforms']> = {}, cpu: Scenario['host']['cpu'] = 'core2-2006'): Scenario {
  const base = preset();
  const periodic = { ...base.platforms, 'bare-metal': { ...base.platforms['bare-metal'], paging: 'shadow' as const } };
  return { ...base, host: { ...base.host, cpu, disk: 'ssd' }, platforms: { ...(cpu === 'core2-2006' ? periodic : base.platforms), ...platforms }, guests };
}

function run(s: Scenario, kind: PlatformKind, seconds: number): PlatformResult {
  const sim = createPlatformSimulation(s, kind);
  sim.advanceTo(seconds * 1e9);
  return collectResults(sim);
}

/** What a guest consumed between 20 s and 60 s of virtual time, long after its boot: its ticks alone. */
function growth(s: Scenario, kind: PlatformKind, name: string) {
  const pick = (r: PlatformResult): GuestResult => r.guests.find((g) => g.name === name) as GuestResult;
  const early = pick(run(s, kind, 20));
  const late = pick(run(s, kind, 60));
  expect(early.state).toBe('running');
  const delta = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>, k: string): number => (b[k] ?? 0) - (a[k] ?? 0);
  return {
    cpuMs: (layer: string) => delta(early.cpuMsByLayer, late.cpuMsByLayer, layer),
    exits: (reason: string) => delta(early.exitsByReason, late.exitsByReason, reason),
    early,
    late,
  };
}

const xenPv = { 'bare-metal': { style: 'xen', guestMode: 'paravirtual', paging: 'shadow' } } as const;

describe('an idle guest’s timer ticks', () => {
  test('an idle hosted VM still takes 1000 Linux ticks a second, each an exit and a world switch pair', () => {
    const d = growth(scenario([idle('quiet', 'linux')]), 'hosted', 'quiet');
    expect(d.cpuMs('guest-kernel')).toBeGreaterThan(0);
    expect(d.cpuMs('vmm')).toBeGreaterThan(0);
    expect(d.cpuMs('host-kernel')).toBeGreaterThan(0);
    expect(d.exits('exit:external-interrupt')).toBeCloseTo(40 * 1000, -1);
    expect(d.exits('world-switch')).toBeCloseTo(2 * 40 * 1000, -1);
  });

  test('an idle paravirtual Xen guest takes its ticks as event upcalls', () => {
    const d = growth(scenario([idle('quiet', 'linux')], xenPv), 'bare-metal', 'quiet');
    expect(d.cpuMs('guest-kernel')).toBeGreaterThan(0);
    expect(d.cpuMs('hypervisor')).toBeGreaterThan(0);
    expect(d.exits('event-upcall')).toBeCloseTo(40 * 1000, -1);
  });

  test('each vCPU ticks: an idle 2-vCPU VM takes twice the ticks of a 1-vCPU one', () => {
    const one = growth(scenario([idle('quiet', 'linux', 1)]), 'hosted', 'quiet');
    const two = growth(scenario([idle('quiet', 'linux', 2)]), 'hosted', 'quiet');
    expect(two.exits('exit:external-interrupt')).toBeCloseTo(2 * one.exits('exit:external-interrupt'), -1);
    expect(two.cpuMs('guest-kernel')).toBeCloseTo(2 * one.cpuMs('guest-kernel'), 1);
  });

  test('Windows (64 Hz) pays far fewer tick costs than Linux (1000 Hz) on the same platform', () => {
    const s = scenario([idle('lin', 'linux'), idle('win', 'windows')]);
    for (const kind of ['hosted', 'bare-metal'] as const) {
      const lin = growth(s, kind, 'lin');
      const win = growth(s, kind, 'win');
      expect(win.exits('exit:external-interrupt'), kind).toBeCloseTo(40 * 64, -1);
      expect(lin.exits('exit:external-interrupt'), kind).toBeCloseTo(40 * 1000, -1);
      expect(win.cpuMs('guest-kernel') * 10, kind).toBeLessThan(lin.cpuMs('guest-kernel'));
    }
  });

  test("from Linux 2.6.21 an idle vCPU does not tick: an idle VM of 2009 (2.6.32) takes ≈ 2 timer interrupts a second, Windows 2003 still 64", () => {
    const s = scenario([idle('lin', 'linux'), idle('win', 'windows')], {}, 'nehalem-2009');
    for (const kind of ['hosted', 'bare-metal'] as const) {
      expect(growth(s, kind, 'lin').exits('exit:external-interrupt'), kind).toBeCloseTo(40 * 2, -1);
      expect(growth(s, kind, 'win').exits('exit:external-interrupt'), kind).toBeCloseTo(40 * 64, -1);
    }
  });

  test('an idle container costs nothing over time: it has no kernel of its own to tick', () => {
    const d = growth(scenario([idle('quiet', 'linux')]), 'container', 'quiet');
    // Only the container’s start-up was charged to it, and nothing since.
    expect(d.late.cpuMsByLayer).toEqual(d.early.cpuMsByLayer);
    expect(d.late.cpuMsByLayer['guest-kernel']).toBeUndefined();
    expect(d.late.exitsByReason).toEqual({});
  });
});
