import { describe, expect, test } from 'vitest';
import { ESX, guest, runPlatform, testScenario } from './test-host.ts';
import { typedInto } from '../preset-console.fixture.ts';

/** n identical 1 GiB VMs streaming through 512 MiB of memory each. */
const streams = (n: number) => Array.from({ length: n }, (_, i) => guest(`s${i}`, 'stream', { memoryMiB: 1024 }));

describe('memory overcommit on ESX Server', () => {
  test('the balloon gives back free memory first: a moderate overcommit swaps nothing', () => {
    const r = runPlatform(testScenario(streams(4), { bareMetal: ESX }), 'bare-metal', 10).result;
    expect(r.memoryMiB.reclaimedMiB?.['ballooned']).toBeGreaterThan(0);
    expect(r.memoryMiB.reclaimedMiB?.['swapped']).toBeUndefined();
    for (const g of r.guests) expect(g.memoryPressure?.swapIns).toBe(0);
    expect(r.memoryMiB.total).toBeLessThanOrEqual(4096 + 0.1);
  });

  test('only when the balloons are full does the hypervisor swap, and then into the working set', () => {
    const r = runPlatform(testScenario(streams(6), { bareMetal: ESX }), 'bare-metal', 10).result;
    const free = 1024 - 96 - 512; // each VM's unused memory: all the balloon can take here
    for (const g of r.guests) {
      expect(g.memoryPressure?.balloonedMiB).toBeCloseTo(free, 0);
      expect(g.memoryPressure?.swappedMiB).toBeGreaterThan(0);
    }
    expect(r.memoryMiB.total).toBeCloseTo(4096, 0);
  });

  test('swapping costs a disk request per swapped page touched, and throughput falls', () => {
    const tight = runPlatform(testScenario(streams(6), { bareMetal: ESX }), 'bare-metal', 20);
    const roomy = runPlatform(testScenario(streams(6), { bareMetal: ESX, memoryMiB: 16384 }), 'bare-metal', 20);
    const swapIns = tight.result.guests.reduce((s, g) => s + (g.memoryPressure?.swapIns ?? 0), 0);
    expect(swapIns).toBeGreaterThan(0);
    expect(roomy.result.guests.every((g) => (g.memoryPressure?.swapIns ?? 0) === 0)).toBe(true);
    // The swap-ins occupied the shared disk (nothing else in these guests touches it).
    expect(tight.sim.disk.busyNs).toBeGreaterThan(roomy.sim.disk.busyNs);
    for (let i = 0; i < 6; i++) {
      const t = tight.result.guests[i]!;
      const r = roomy.result.guests[i]!;
      expect(t.throughput.perSecond, t.name).toBeLessThan(0.5 * r.throughput.perSecond);
      expect(t.latencyMs.p50 ?? 0, t.name).toBeGreaterThan(r.latencyMs.p50 ?? Infinity);
    }
  });

  test('the time the swap-ins take is its own part of a transaction: waiting for swapped-out memory, not for the disk', () => {
    const tight = runPlatform(testScenario(streams(6), { bareMetal: ESX }), 'bare-metal', 20).result;
    const roomy = runPlatform(testScenario(streams(6), { bareMetal: ESX, memoryMiB: 16384 }), 'bare-metal', 20).result;
    for (const g of tight.guests) {
      const t = g.timePerTransaction;
      // Streaming guests touch no disk of their own: all their disk time is swap-ins, and it is most of their time.
      expect(t?.waitUs.swap, g.name).toBeGreaterThan(0.5 * (t?.us ?? Infinity));
      expect(t?.waitUs.disk ?? 0, g.name).toBe(0);
    }
    for (const g of roomy.guests) expect(g.timePerTransaction?.waitUs.swap, g.name).toBeUndefined();
  });

  test('without ballooning the same overcommit goes to swap at once', () => {
    const r = runPlatform(testScenario(streams(4), { bareMetal: { ...ESX, memory: { ballooning: false } } }), 'bare-metal', 10).result;
    expect(r.memoryMiB.reclaimedMiB?.['ballooned']).toBeUndefined();
    expect(r.memoryMiB.reclaimedMiB?.['swapped']).toBeGreaterThan(0);
  });

  test("a VM's memory limit reclaims from that VM alone, even with memory to spare", () => {
    const vms = [guest('limited', 'cpu-int', { memoryMiB: 1024, limits: { memoryMiB: 400 } }), guest('free', 'cpu-int', { memoryMiB: 1024 })];
    const r = runPlatform(testScenario(vms, { bareMetal: ESX, memoryMiB: 16384 }), 'bare-metal', 5).result;
    const [limited, free] = r.guests;
    const over = 1024 - 400 - (limited?.memoryPressure?.sharingSavedMiB ?? 0);
    expect(limited?.memoryPressure?.balloonedMiB).toBeCloseTo(over, 1);
    expect(free?.memoryPressure?.balloonedMiB ?? 0).toBe(0);
  });

  test('a platform that does not overcommit (Xen 3) refuses the guest that does not fit', () => {
    const xen = { product: 'xen', style: 'xen', guestMode: 'paravirtual', paging: 'shadow' } as const;
    const r = runPlatform(testScenario(streams(4), { bareMetal: xen }), 'bare-metal', 5).result;
    const refused = r.guests.filter((g) => g.state === 'refused');
    expect(refused.map((g) => g.name)).toEqual(['s3']);
    expect(refused[0]?.reason).toContain('does not overcommit');
  });

  test('nor does it start a stopped domain whose memory another has taken meanwhile', () => {
    const out = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 150 }, ['xm shutdown db', 'xm create big memory=2000 vcpus=1 os=linux workload=idle', 'xm create db']);
    expect(out).toContain('Started domain big\n');
    expect(out).toMatch(/# xm create db\nUsing config file "\/etc\/xen\/db"\.\nError: Not enough free memory: this guest needs 776 MiB and 240 MiB is free/);
  });
});
