import { describe, expect, test } from 'vitest';
import { collectResults } from '../run/collect-results.ts';
import type { PlatformKind } from '../scenario/schema.ts';
import { faultScenario, runTo, transactions, watchFault } from './testing/fault-scenario.ts';

/**
 * A bomb in web1 at 10 s; the kernel build in "build" forks for every file it compiles.
 * The shared table (32768) fills in a few virtual seconds of forking: the build is watched from 25 s to 35 s.
 */
function bomb(platform: PlatformKind, pids?: number) {
  const s = faultScenario({ faults: [{ atS: 10, kind: 'fork-bomb', target: 'web1' }], ...(pids ? { pids } : {}) });
  const { sim, fault, grew } = watchFault(s, platform, 25, 35);
  return { sim, fault, buildGrew: grew('build'), calcGrew: grew('calc') };
}

describe('a fork bomb', () => {
  test.each(['hosted', 'bare-metal'] as const)('is contained by the VM on %s: the neighbours keep forking', (p) => {
    const r = bomb(p);
    expect(r.fault.containment).toContain('contained by the VM');
    expect(r.fault.stalled).toEqual([]);
    expect(r.buildGrew).toBe(true);
    expect(r.calcGrew).toBe(true);
  });

  test("in a container without a process limit fills the shared kernel's table: the neighbours' forks fail", () => {
    const r = bomb('container');
    expect(r.fault.containment).toBe("no process limit: the shared kernel's process table (32768) is full");
    expect(r.fault.stalled).toEqual(['build']);
    expect(r.buildGrew).toBe(false);
    // Work that does not fork goes on.
    expect(r.calcGrew).toBe(true);
  });

  test("natively fills only its own dedicated server's table: the other servers keep forking", () => {
    const r = bomb('native');
    expect(r.fault.containment).toMatch(/^contained by its dedicated server: that server's process table \(\d+\) fills$/);
    expect(r.fault.stalled).toEqual([]);
    expect(r.buildGrew).toBe(true);
    expect(r.calcGrew).toBe(true);
  });

  test('in a container with a pids limit is contained by it', () => {
    const r = bomb('container', 512);
    expect(r.fault.containment).toBe('pids limit: 512 — contained');
    expect(r.fault.stalled).toEqual([]);
    expect(r.buildGrew).toBe(true);
  });

  test("is called numproc on Virtuozzo", () => {
    const vz = runTo(faultScenario({ faults: [{ atS: 1, kind: 'fork-bomb', target: 'web1' }], pids: 256, product: 'virtuozzo' }), 'container', 2);
    expect(collectResults(vz).faults?.[0]?.containment).toBe('numproc: 256 — contained');
  });

  test('stops stalling the neighbours once its guest is stopped', () => {
    const r = bomb('container');
    const web1 = r.sim.guests[0];
    if (!web1) throw new Error('no web1');
    r.sim.stopGuest(web1);
    const stoppedAt = r.sim.now;
    const before = transactions(r.sim);
    r.sim.advanceTo(45e9);
    expect(transactions(r.sim)['build']).toBeGreaterThan(before['build'] as number);
    const fault = collectResults(r.sim).faults?.[0];
    expect(fault?.recoveryMs).toBe(stoppedAt / 1e6 - 10_000);
  });
});
