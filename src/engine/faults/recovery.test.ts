import { describe, expect, test } from 'vitest';
import { SERVER_POST_NS } from '../calibration/faults.ts';
import { collectResults } from '../run/collect-results.ts';
import { runScenario } from '../run/run-scenario.ts';
import { PlatformEngine } from '../platform-engine.ts';
import { faultScenario, runTo, stateOf } from './testing/fault-scenario.ts';

describe('recovery', () => {
  test('a guest that panicked stays down until someone restarts it', () => {
    const sim = runTo(faultScenario({ faults: [{ atS: 5, kind: 'guest-panic', target: 'web1' }] }), 'hosted', 60);
    expect(stateOf(sim, 'web1')).toBe('crashed');
    expect(collectResults(sim).faults?.[0]?.recoveryMs).toBeNull();
  });

  test.each([
    ['hypervisor-fault', 'bare-metal'],
    ['kernel-panic', 'container'],
    ['kernel-panic', 'hosted'],
  ] as const)('after a %s on %s the host reboots by itself, then every guest boots again', (kind, platform) => {
    const sim = runTo(faultScenario({ faults: [{ atS: 5, kind }] }), platform, 5 + SERVER_POST_NS / 1e9);
    // Still inside the server's POST: nothing is back.
    expect(sim.guests.map((g) => g.state)).toEqual(['crashed', 'crashed', 'crashed']);
    sim.advanceTo(120e9);
    expect(sim.guests.map((g) => g.state)).toEqual(['running', 'running', 'running']);
    const recovery = collectResults(sim).faults?.[0]?.recoveryMs as number;
    expect(recovery).toBeGreaterThan(SERVER_POST_NS / 1e6);
    // The host's boot and each guest's boot come on top of the POST.
    expect(recovery).toBeLessThan(120_000);
  });

  test("natively the panicked server reboots by itself and its guest boots again; the others never stopped", () => {
    const sim = runTo(faultScenario({ faults: [{ atS: 5, kind: 'kernel-panic', target: 'web1' }] }), 'native', 5 + SERVER_POST_NS / 1e9);
    expect(sim.guests.map((g) => g.state)).toEqual(['crashed', 'running', 'running']);
    sim.advanceTo(120e9);
    expect(sim.guests.map((g) => g.state)).toEqual(['running', 'running', 'running']);
    expect(collectResults(sim).faults?.[0]?.recoveryMs).toBeGreaterThan(SERVER_POST_NS / 1e6);
  });

  test("containers come back sooner than VMs after the layer under them reboots (a container's start is not a boot)", () => {
    const r = runScenario(faultScenario({ faults: [{ atS: 5, kind: 'kernel-panic' }] }), 120);
    const container = r.platforms.container.faults?.[0]?.recoveryMs as number;
    const hosted = r.platforms.hosted.faults?.[0]?.recoveryMs as number;
    expect(container).toBeLessThan(hosted);
  });
});

describe('a memory hog', () => {
  test("in a VM is OOM-killed by the guest's own kernel; the neighbours keep running", () => {
    const sim = runTo(faultScenario({ faults: [{ atS: 5, kind: 'memory-hog', target: 'web1' }] }), 'bare-metal', 30);
    const f = collectResults(sim).faults?.[0];
    expect(f?.containment).toContain("the guest kernel's OOM killer");
    expect(f?.down).toEqual([]);
    expect(f?.recoveryMs).not.toBeNull();
  });

  test("in a container with a memory limit is killed by the container's cgroup", () => {
    const s = faultScenario({ faults: [{ atS: 5, kind: 'memory-hog', target: 'web1' }] });
    const limited = { ...s, guests: s.guests.map((g) => (g.name === 'web1' ? { ...g, limits: { memoryMiB: 256 } } : g)) };
    const f = collectResults(runTo(limited, 'container', 30)).faults?.[0];
    expect(f?.containment).toContain("the container's memory cgroup OOM killer");
  });

  test("natively fills only its own server: its server's OOM killer ends it before it holds more than that server's memory", () => {
    const s = faultScenario({ faults: [{ atS: 5, kind: 'memory-hog', target: 'web1' }] });
    const f = collectResults(runTo(s, 'native', 60)).faults?.[0];
    const resident = Number(/\((\d+) MiB resident\)/.exec(f?.containment ?? '')?.[1]);
    expect(resident).toBeGreaterThan(s.host.memoryMiB / 2);
    expect(resident).toBeLessThan(s.host.memoryMiB);
    expect(f?.down).toEqual([]);
  });

  test("in a container without a limit is left to the host's OOM killer", () => {
    const f = collectResults(runTo(faultScenario({ faults: [{ atS: 5, kind: 'memory-hog', target: 'web1' }] }), 'container', 30)).faults?.[0];
    expect(f?.containment).toContain("the host's OOM killer");
  });
});

describe('a disk flood', () => {
  test("slows a disk-bound neighbour on every platform that shares the disk (the disk's fair share is all that limits it); not on native's own servers", () => {
    for (const platform of ['native', 'hosted', 'bare-metal', 'container'] as const) {
      const base = faultScenario();
      // A database on a spinning disk waits for its reads: the flood's share of the disk shows in its throughput.
      const quiet = { ...base, host: { ...base.host, disk: 'hdd' as const }, guests: base.guests.map((g) => (g.name === 'build' ? { ...g, workload: { kind: 'oltp' as const } } : g)) };
      // Boots share the disk request by request: the VMs run their workloads after about a minute.
      const flooded = { ...quiet, faults: [{ atS: 70, kind: 'disk-flood' as const, target: 'web1' }] };
      const tx = (s: typeof quiet): number => collectResults(runTo(s, platform, 100)).guests.find((g) => g.name === 'build')?.throughput.perSecond as number;
      if (platform === 'native') expect(tx(flooded)).toBe(tx(quiet));
      else expect(tx(flooded), platform).toBeLessThan(tx(quiet));
    }
  });
});

describe('determinism', () => {
  test('the same scenario with faults gives byte-identical results', () => {
    const s = faultScenario({
      faults: [
        { atS: 3, kind: 'fork-bomb', target: 'web1' },
        { atS: 4, kind: 'disk-flood', target: 'calc' },
        { atS: 8, kind: 'kernel-panic' },
      ],
    });
    expect(JSON.stringify(runScenario(s, 60))).toBe(JSON.stringify(runScenario(s, 60)));
  });
});

describe('while the host reboots', () => {
  test('no guest can be started, and after it they start again', () => {
    const engine = new PlatformEngine(faultScenario({ faults: [{ atS: 5, kind: 'kernel-panic' }] }), 'container');
    engine.advanceTo(6e9);
    expect(engine.manager.start('web1')).toMatch(/^the host is rebooting after a crash: it is back at \d+\.\d s$/);
    engine.advanceTo(120e9);
    expect(engine.results().guests.map((g) => g.state)).toEqual(['running', 'running', 'running']);
  });
});
