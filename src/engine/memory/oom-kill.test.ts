import { describe, expect, test } from 'vitest';
import type { PlatformSimulation } from '../run/platform-simulation.ts';
import { guest, runPlatform, testScenario } from './test-host.ts';

/** A database and a small neighbour that allocates `mib` at 5 s; the host has 1 GiB. */
function hog(mib: number, hogLimits?: { memoryMiB: number }) {
  return {
    scenario: testScenario([guest('db', 'oltp'), guest('hog', 'cpu-int', hogLimits ? { limits: hogLimits } : {})], { memoryMiB: 1024 }),
    during: { atS: 5, act: (sim: PlatformSimulation) => sim.allocate(sim.guests[1]!, mib) },
  };
}

describe('OOM kills', () => {
  test('containers without a memory limit share the host: its OOM killer takes the biggest process, a neighbour', () => {
    const h = hog(400);
    const r = runPlatform(h.scenario, 'container', 10, h.during).result;
    const [db, hogger] = r.guests;
    expect(db?.state).toBe('crashed');
    expect(db?.reason).toContain("host's OOM killer");
    // Named as the kernel's log names it (dmesg: Killed process … (postgres)), then what it ran.
    expect(db?.reason).toMatch(/host's OOM killer killed postgres \(Database transactions \(OLTP\), \d+ MiB resident\)$/);
    expect(db?.memoryPressure?.oomKills).toBe(1);
    expect(hogger?.state).toBe('running');
    // The page cache went first; then the kill freed the database's memory.
    expect(db?.memoryMiB).toEqual({});
    expect(hogger?.memoryMiB['allocated']).toBe(400);
  });

  test('with a memory cgroup limit the hog is killed inside its own container, and the neighbour keeps running', () => {
    const h = hog(400, { memoryMiB: 256 });
    const r = runPlatform(h.scenario, 'container', 10, h.during).result;
    const [db, hogger] = r.guests;
    expect(db?.state).toBe('running');
    expect(db?.memoryPressure?.oomKills ?? 0).toBe(0);
    expect(hogger?.state).toBe('running');
    expect(hogger?.memoryPressure?.oomKills).toBe(1);
    expect(hogger?.memoryPressure?.lastOomKill).toContain('memory cgroup');
    expect(hogger?.memoryMiB['allocated']).toBeUndefined();
  });

  test('a container whose own main process is the biggest in its cgroup goes down itself (crashed, restartable)', () => {
    const s = testScenario([guest('db', 'oltp', { limits: { memoryMiB: 600 } }), guest('web', 'web-server')], { memoryMiB: 4096 });
    const { sim, result } = runPlatform(s, 'container', 10, { atS: 5, act: (x) => x.allocate(x.guests[0]!, 200) });
    expect(result.guests[0]?.state).toBe('crashed');
    expect(result.guests[0]?.reason).toContain('memory cgroup');
    expect(result.guests[1]?.state).toBe('running');
    sim.startGuest(sim.guests[0]!);
    sim.advanceTo(20e9);
    expect(sim.guests[0]?.state).toBe('running');
  });

  test("a VM's OOM stays inside it: its own kernel kills the biggest process there, the VM and its neighbours run on", () => {
    for (const kind of ['hosted', 'bare-metal'] as const) {
      const s = testScenario([guest('vm1', 'oltp'), guest('vm2', 'oltp')], { memoryMiB: 4096 });
      const before = runPlatform(s, kind, 5).result.memoryMiB.total;
      const { result } = runPlatform(s, kind, 10, { atS: 5, act: (x) => x.allocate(x.guests[0]!, 300) });
      const [vm1, vm2] = result.guests;
      expect(vm1?.state, kind).toBe('running');
      expect(vm1?.memoryPressure?.oomKills, kind).toBe(1);
      expect(vm1?.memoryPressure?.lastOomKill, kind).toContain("guest kernel's OOM killer");
      expect(vm2?.state, kind).toBe('running');
      expect(vm2?.memoryPressure?.oomKills ?? 0, kind).toBe(0);
      // The VM's memory was reserved whole on the host: nothing changed there.
      expect(result.memoryMiB.total, kind).toBeCloseTo(before, 1);
    }
  });

  test('a hosted VMM on a host without swap: the host OOM killer kills a whole VM process', () => {
    const vms = ['a', 'b', 'c'].map((n) => guest(n, 'cpu-int', { memoryMiB: 1024 }));
    const r = runPlatform(testScenario(vms, { memoryMiB: 3072 }), 'hosted', 5).result;
    expect(r.guests.filter((g) => g.state === 'crashed')).toHaveLength(1);
    expect(r.guests.find((g) => g.state === 'crashed')?.reason).toContain("host's OOM killer");
    // With swap space the host pages the VMs out instead, and nobody is killed.
    const swapped = runPlatform(testScenario(vms, { memoryMiB: 3072, swapMiB: 2048 }), 'hosted', 5).result;
    expect(swapped.guests.every((g) => g.state === 'running')).toBe(true);
    expect(swapped.memoryMiB.reclaimedMiB?.['swapped']).toBeGreaterThan(0);
  });
});

describe("a Solaris zone's capped memory: rcapd pages out, it does not kill", () => {
  /** The hog scenario with Solaris zones on a Solaris host, with `swapMiB` of swap. */
  function zones(swapMiB: number) {
    const base = testScenario([guest('db', 'oltp', { os: 'solaris' }), guest('hog', 'cpu-int', { os: 'solaris', limits: { memoryMiB: 256 } })], { memoryMiB: 2048, swapMiB });
    return { ...base, platforms: { ...base.platforms, container: { product: 'solaris-containers', hostOs: 'solaris', network: 'host', storage: 'bind' } } } as const;
  }
  const allocate400 = { atS: 5, act: (sim: PlatformSimulation) => sim.allocate(sim.guests[1]!, 400) };

  test('past its cap the zone is paged out to swap and keeps running, slower; its neighbour is untouched', () => {
    const r = runPlatform(zones(2048), 'container', 10, allocate400).result;
    const [db, hogger] = r.guests;
    expect(hogger?.state).toBe('running');
    expect(hogger?.memoryPressure?.oomKills ?? 0).toBe(0);
    // Its workload and the 400 MiB it allocated, less the 256 MiB cap, went to swap, and it pages back what it touches.
    const rss = (hogger?.memoryMiB['workload'] ?? 0) + (hogger?.memoryMiB['allocated'] ?? 0);
    expect(rss).toBeCloseTo(256, 6);
    expect(hogger?.memoryPressure?.swappedMiB).toBeGreaterThan(144);
    expect(hogger?.memoryPressure?.swapIns).toBeGreaterThan(0);
    expect(db?.state).toBe('running');
    expect(db?.memoryPressure?.swappedMiB ?? 0).toBe(0);
  });

  test('without swap rcapd cannot page out: the zone holds more than its cap, and still nothing is killed', () => {
    const r = runPlatform(zones(0), 'container', 10, allocate400).result;
    const hogger = r.guests[1];
    expect(hogger?.state).toBe('running');
    expect(hogger?.memoryPressure?.oomKills ?? 0).toBe(0);
    expect(hogger?.memoryMiB['allocated']).toBe(400);
  });

  test('the same limit on a Linux container is a memory cgroup, which kills', () => {
    const s = testScenario([guest('db', 'oltp'), guest('hog', 'cpu-int', { limits: { memoryMiB: 256 } })], { memoryMiB: 2048, swapMiB: 2048 });
    expect(runPlatform(s, 'container', 10, allocate400).result.guests[1]?.memoryPressure?.oomKills).toBe(1);
  });
});

describe('allocations', () => {
  test('memory a process allocated shows as its own part, and goes when the process exits', () => {
    const s = testScenario([guest('db', 'oltp')], { memoryMiB: 4096 });
    const { sim, result } = runPlatform(s, 'container', 6, { atS: 5, act: (x) => x.allocate(x.guests[0]!, 300) });
    expect(result.guests[0]?.memoryMiB['allocated']).toBe(300);
    sim.freeAllocated(sim.guests[0]!);
    sim.allocate(sim.guests[0]!, -5);
    expect(sim.guests[0]?.residentMiB?.['allocated']).toBeUndefined();
  });

  test('a guest that is not running allocates nothing', () => {
    const s = testScenario([guest('db', 'oltp')], { memoryMiB: 4096 });
    const { sim } = runPlatform(s, 'container', 6);
    sim.stopGuest(sim.guests[0]!);
    sim.allocate(sim.guests[0]!, 300);
    expect(sim.guests[0]?.pressure.allocatedMiB).toBe(0);
  });
});
