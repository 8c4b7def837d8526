import { describe, expect, test } from 'vitest';
import { typedInto } from '../preset-console.fixture.ts';
import { TouchingWorkers } from '../run/core/touching-workers.ts';
import { createPlatformSimulation } from '../run/run-scenario.ts';
import { loadPreset } from '../scenario/presets.ts';
import { collectResults } from '../run/collect-results.ts';
import { zonesConsoles } from '../zones-consoles.fixture.ts';

describe("Solaris reserves swap for anonymous memory: a mapping with no room is refused, and nothing is OOM-killed", () => {
  test("stress-ng's vm worker asks for more than the 8 GiB host has: its mmap is refused, it gives up after 100 tries, every zone runs on", () => {
    const out = typedInto('solaris-containers', { platform: 'container', console: 'web', atS: 120 }, ['stress-ng --vm 1 --vm-bytes 12G --timeout 60s']);
    expect(out).toMatch(/stress-ng: error: \[\d+\] stress-ng-vm: gave up trying to mmap, no available memory\n/);
    expect(out).toMatch(/successful run completed in 9\.\d\ds/);
    // Between its tries the worker sleeps: it used no CPU.
    expect(out).toMatch(/\] vm +\d+ +9\.\d\d +0\.00 +0\.00 /);
    expect(out).not.toContain('OOM');
    const global = typedInto('solaris-containers', { platform: 'container', console: 'manager', atS: 120 }, ['zlogin web stress-ng --vm 1 --vm-bytes 12G --timeout 30s', 'zoneadm list -cv', 'dmesg']);
    expect(global.match(/ running /g)).toHaveLength(5);
    expect(global).not.toMatch(/Out of memory|Killed process/);
  });

  test('on a Linux container host the same worker is OOM-killed and restarted, as Linux overcommits', () => {
    const out = typedInto('virtuozzo', { platform: 'container', console: 'site1', atS: 120 }, ['stress-ng --vm 1 --vm-bytes 64G --timeout 20s']);
    expect(out).toContain('assuming killed by OOM killer, restarting again');
    expect(out).not.toContain('gave up trying to mmap');
  });

  test('a buffer that fits is reserved whole and touched to the end of the run', () => {
    const out = typedInto('solaris-containers', { platform: 'container', console: 'web', atS: 120 }, ['stress-ng --vm 2 --vm-bytes 2G --timeout 20s']);
    expect(out).toContain('successful run completed in 20.00s');
    expect(out).not.toContain('gave up');
  });

  test('a process that allocates as it goes stops growing at the first refused reservation and holds what it has', () => {
    const s = loadPreset('solaris-containers');
    if (!s) throw new Error('preset missing');
    const sim = createPlatformSimulation(s, 'container');
    sim.advanceTo(120e9);
    const g = sim.guests[0];
    if (!g) throw new Error('no guest');
    new TouchingWorkers(sim, g, { targetsMiB: [Infinity], restart: false, until: () => false }).start();
    sim.advanceTo(180e9);
    const held = g.pressure.allocatedMiB;
    sim.advanceTo(240e9);
    expect(g.pressure.allocatedMiB).toBe(held);
    // Swap (none on this host) and memory less swapfs_minfree (1/8 of 8 GiB) bound what all zones reserve.
    const reserved = sim.guests.reduce((sum, x) => sum + (x.plan?.memoryMiB['workload'] ?? 0) + (x.plan?.memoryMiB['container-state'] ?? 0) + x.pressure.reservedMiB, 0);
    expect(reserved).toBeLessThanOrEqual(8192 - 1024);
    expect(held).toBeGreaterThan(4096);
    expect(sim.guests.every((x) => x.state === 'running' && x.pressure.oomKills === 0)).toBe(true);
  });

  test("the memory-hog fault in a zone: its next allocation is refused, the fault says so, and no zone goes down", () => {
    const s = loadPreset('solaris-containers');
    if (!s) throw new Error('preset missing');
    const sim = createPlatformSimulation({ ...s, faults: [{ atS: 100, kind: 'memory-hog', target: 'web' }] }, 'container');
    sim.advanceTo(200e9);
    const f = collectResults(sim).faults?.[0];
    expect(f?.containment).toBe('the kernel refused its next allocation (no swap left to reserve): nothing was killed');
    expect(sim.guests.every((x) => x.state === 'running')).toBe(true);
  });

  test("swap -s in the global zone: a vm worker's mapping is reserved whole at once, then allocated as it is touched, and given back at the end", () => {
    const { engine, web, lookFromGlobal } = zonesConsoles();
    const swap = (): number[] => {
      const m = /total: (\d+)k bytes allocated \+ (\d+)k reserved = (\d+)k used, (\d+)k available/.exec(lookFromGlobal('swap -s'));
      if (!m) throw new Error('no swap -s line');
      return m.slice(1).map(Number);
    };
    const [allocated0, reserved0, used0, available0] = swap();
    expect(reserved0).toBe(0);
    // No swap devices on this host: memory less swapfs_minfree (1/8 of 8 GiB) and the kernel's own is all there is.
    expect((used0 ?? 0) + (available0 ?? 0)).toBeLessThanOrEqual((8192 - 1024) * 1024);
    engine.write(web, 'stress-ng --vm 1 --vm-bytes 2G --timeout 20s\r');
    engine.advanceTo(engine.now + 0.5e9);
    const [, reserved1, used1] = swap();
    expect(used1).toBe((used0 ?? 0) + 2048 * 1024);
    expect(reserved1).toBeGreaterThan(0);
    expect(reserved1).toBeLessThan(2048 * 1024);
    engine.advanceTo(engine.now + 25e9);
    expect(swap()).toEqual([allocated0, 0, used0, available0]);
  });
});
