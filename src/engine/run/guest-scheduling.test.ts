/**
 * Scheduling between guests (docs/model.md "Scheduling between guests", "Consolidation",
 * "The baseline"): switches between guests cost what they cost, the slice decides how often
 * they happen, idle VMs' ticks take a core, boots share the disk request by request, and a
 * guest's figure against native splits into two that multiply.
 */
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { GuestSpec, PlatformKind, Scenario } from '../scenario/schema.ts';
import { loadPreset } from '../scenario/presets.ts';
import { createPlatformSimulation, runScenario } from './run-scenario.ts';
import type { PlatformSimulation } from './platform-simulation.ts';

function scenario(guests: GuestSpec[], o: { cpu?: Scenario['host']['cpu']; cores?: number; sliceMs?: number; xen1?: boolean } = {}): Scenario {
  const r = parseScenario({
    version: 2,
    name: 'scheduling',
    seed: 11,
    host: { cpu: o.cpu ?? 'netburst-2003', cores: o.cores ?? 1, memoryMiB: 65536, disk: 'ssd', nic: '1g' },
    platforms: {
      hosted: { product: 'gsx-server', hostOs: 'linux', technique: 'binary-translation', devices: 'emulated' },
      'bare-metal': {
        product: 'xen',
        style: 'xen',
        guestMode: 'paravirtual',
        paging: 'shadow',
        ...(o.sliceMs === undefined ? {} : { timeSliceMs: o.sliceMs }),
        ...(o.xen1 ? { ioBackends: 'hypervisor' } : {}),
      },
      container: { product: 'virtuozzo', hostOs: 'linux', network: 'bridge', storage: 'bind' },
    },
    guests,
  });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

const vm = (name: string, kind: GuestSpec['workload']['kind']): GuestSpec => ({ name, os: 'linux', vcpus: 1, memoryMiB: 128, workload: { kind } });

/** Runs until every guest runs, then `windowS` more: the guests' transactions in that window and the switches in it. */
function window(s: Scenario, kind: PlatformKind, windowS: number): { tx: number; switches: number; sim: PlatformSimulation } {
  const sim = createPlatformSimulation(s, kind);
  while (sim.guests.some((g) => g.state === 'booting') && sim.now < 900e9) sim.advanceTo(sim.now + 1e9);
  const tx0 = sim.guests.reduce((a, g) => a + g.transactions, 0);
  const sw0 = sim.scheduler.guestSwitches;
  sim.advanceTo(sim.now + windowS * 1e9);
  return { tx: sim.guests.reduce((a, g) => a + g.transactions, 0) - tx0, switches: sim.scheduler.guestSwitches - sw0, sim };
}

describe('the time slice with many guests on one core (Barham et al. 2003 §4.5, an output)', () => {
  const cpuBound = (n: number): GuestSpec[] => Array.from({ length: n }, (_, i) => vm(`d${i}`, 'cpu-int'));
  // A long window: each guest's batch still running at its end is not counted, 64 of them against one.
  const SECONDS = 60;
  const one = window(scenario(cpuBound(1), { sliceMs: 5 }), 'bare-metal', SECONDS);
  const at5 = window(scenario(cpuBound(64), { sliceMs: 5 }), 'bare-metal', SECONDS);
  const at50 = window(scenario(cpuBound(64), { sliceMs: 50 }), 'bare-metal', SECONDS);

  test('one guest alone is never switched away from', () => {
    expect(one.switches).toBeLessThan(1);
  });

  test('64 CPU-bound domains (a scenario holds 64) switch once per slice, and each switch costs aggregate throughput', () => {
    // One core: a switch every 5 ms (and the switch's own quarter of a millisecond), or every 50 ms.
    expect(at5.switches).toBeGreaterThan(0.9 * ((SECONDS * 1e3) / 5.3));
    expect(at5.switches).toBeLessThan(1.1 * ((SECONDS * 1e3) / 5));
    expect(at50.switches).toBeLessThan(at5.switches / 8);
    const loss5 = 1 - at5.tx / one.tx;
    const loss50 = 1 - at50.tx / one.tx;
    expect(loss5).toBeGreaterThan(0.03);
    expect(loss50).toBeLessThan(loss5 / 4);
    expect(loss50).toBeGreaterThan(0);
  });
});

describe("each Xen's own scheduler", () => {
  test("Xen 1.0 (its I/O in the hypervisor) switches CPU-bound domains every 5 ms, BVT's context switch allowance; Xen 3.0's credit scheduler every 30 ms", () => {
    const four = Array.from({ length: 4 }, (_, i) => vm(`d${i}`, 'cpu-int'));
    const xen1 = window(scenario(four, { xen1: true }), 'bare-metal', 10);
    const xen3 = window(scenario(four), 'bare-metal', 10);
    expect(xen1.sim.scheduler.policy.scheduler).toBe('xen-bvt');
    expect(xen3.sim.scheduler.policy.scheduler).toBe('xen-credit');
    expect(xen1.switches).toBeGreaterThan(0.9 * (10e3 / 5.3));
    expect(xen1.switches).toBeLessThan(1.1 * (10e3 / 5));
    expect(xen3.switches).toBeLessThan(1.1 * (10e3 / 30));
  });
});

describe('the slice between guests', () => {
  test("does not touch a VM alone on its core: its own kernel never saw its processes switched, so they do not take turns at the hypervisor's slice", () => {
    // ttcp sending with a 500-byte MTU (Barham et al.'s Table 6) on Xen 1.0: its CPU-bound sends queue behind one another on the one vCPU.
    const lone = [{ ...vm('net', 'ttcp'), workload: { kind: 'ttcp' as const, direction: 'transmit' as const, mtu: 500 } }];
    const at = (sliceMs: number): { tx: number; switches: number } => window(scenario(lone, { sliceMs, xen1: true }), 'bare-metal', 30);
    const [short, long] = [at(5), at(30)];
    expect(short.switches).toBe(0);
    expect(long.switches).toBe(0);
    expect(short.tx / long.tx).toBeGreaterThan(0.99);
    expect(short.tx / long.tx).toBeLessThan(1.01);
  });
});

describe('idle VMs take a core', () => {
  const neighbour = vm('busy', 'cpu-int');
  const idle = Array.from({ length: 20 }, (_, i) => vm(`idle${i}`, 'idle'));

  test('twenty idle VMs cost a CPU-bound neighbour on a saturated host its throughput; idle containers do not', () => {
    for (const kind of ['hosted', 'bare-metal'] as const) {
      const alone = window(scenario([neighbour], { cores: 1 }), kind, 10);
      const crowded = window(scenario([neighbour, ...idle], { cores: 1 }), kind, 10);
      expect(crowded.tx, kind).toBeLessThan(0.99 * alone.tx);
      // Each idle tick served on the busy core is a switch into the idle VM and back.
      expect(crowded.switches, kind).toBeGreaterThan(20 * 1000 * 10 * 0.5);
    }
    const alone = window(scenario([neighbour], { cores: 1 }), 'container', 10);
    const crowded = window(scenario([neighbour, ...idle], { cores: 1 }), 'container', 10);
    expect(crowded.tx / alone.tx).toBeGreaterThan(0.999);
  });

  test("from Linux 2.6.21 idle vCPUs stop ticking: on 2009's servers (2.6.32 guests) twenty idle VMs cost the neighbour almost nothing", () => {
    for (const kind of ['hosted', 'bare-metal'] as const) {
      const alone = window(scenario([neighbour], { cpu: 'nehalem-2009', cores: 1 }), kind, 10);
      const crowded = window(scenario([neighbour, ...idle], { cpu: 'nehalem-2009', cores: 1 }), kind, 10);
      expect(crowded.tx / alone.tx, kind).toBeGreaterThan(0.995);
      expect(crowded.switches, kind).toBeLessThan(20 * 2 * 10 * 2);
    }
  });

  test('with a core to spare, the idle VMs tick on it and the neighbour keeps its throughput', () => {
    const alone = window(scenario([neighbour], { cores: 2 }), 'bare-metal', 10);
    const crowded = window(scenario([neighbour, ...idle], { cores: 2 }), 'bare-metal', 10);
    expect(crowded.tx / alone.tx).toBeGreaterThan(0.995);
  });
});

describe('a boot is many disk requests', () => {
  test('two VMs booting together share the disk request by request: both finish at about the same time', () => {
    const s = scenario([vm('a', 'idle'), vm('b', 'idle')]);
    const sim = createPlatformSimulation({ ...s, host: { ...s.host, disk: 'hdd' } }, 'bare-metal');
    while (sim.guests.some((g) => g.state === 'booting')) sim.advanceTo(sim.now + 0.5e9);
    const [a, b] = sim.guests.map((g) => g.firstRunningNs) as [number, number];
    const boot = sim.tasks.filter((t) => t.kind === 'boot');
    expect(boot.map((t) => t.transactions)).toEqual([2500, 2500]);
    expect(Math.abs(a - b) / Math.max(a, b)).toBeLessThan(0.05);
  });

  test("on native each guest boots on its own server: a Windows boot does not queue behind Linux boots", () => {
    const s = loadPreset('classroom-default') as Scenario;
    const shared = createPlatformSimulation(s, 'native');
    const alone = createPlatformSimulation({ ...s, guests: s.guests.filter((g) => g.os === 'windows') }, 'native');
    shared.advanceTo(60e9);
    alone.advanceTo(60e9);
    const win = (sim: PlatformSimulation) => sim.guests.find((g) => g.spec.os === 'windows')?.firstRunningNs;
    expect(win(shared)).toBeGreaterThan(0);
    expect(win(shared)).toBe(win(alone));
  });
});

describe('the baseline', () => {
  test('relative to native splits into the virtualization overhead and the cost of sharing, which multiply', () => {
    const r = runScenario(loadPreset('gsx-server') as Scenario, 120);
    let checked = 0;
    for (const p of Object.values(r.platforms)) {
      for (const g of p.guests) {
        if (g.relativeToNative === null || g.aloneVsNative === null || g.sharedVsAlone === null) continue;
        expect(g.aloneVsNative * g.sharedVsAlone).toBeCloseTo(g.relativeToNative, 3);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(8);
    for (const g of r.platforms.native.guests) if (g.state === 'running') expect(g.sharedVsAlone).toBe(1);
  });
});
