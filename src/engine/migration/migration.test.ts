import { describe, expect, test } from 'vitest';
import { linuxGuest, scenarioWith } from '../network/two-guests.fixture.ts';
import { createPlatformSimulation } from '../run/run-scenario.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';
import type { WorkloadKind } from '../workloads/workload-kinds.ts';
import { compareMigration } from './compare-migration.ts';
import { pagesDirtiedIn, pageWritesPerTx } from './dirty-pages.ts';
import { migrateGuest } from './migrate-guest.ts';
import { preCopy } from './pre-copy.ts';
import { WORKLOADS } from '../workloads/catalog.ts';

/** One 1 GiB Linux guest running `kind`, moved after 30 virtual seconds. */
function migrate(kind: WorkloadKind, platform: PlatformKind, platforms: Partial<Scenario['platforms']> = {}) {
  const s = scenarioWith([linuxGuest('vm', kind, 1024)], platforms);
  const sim = createPlatformSimulation(s, platform);
  sim.advanceTo(30e9);
  return migrateGuest(sim, 'vm');
}

const esx = { 'bare-metal': { style: 'esx', guestMode: 'binary-translation', paging: 'shadow' } } as const;

describe('the dirty rate comes from the workload’s writes', () => {
  test('page faults, stores and I/O into guest memory count; pure compute writes little', () => {
    expect(pageWritesPerTx(WORKLOADS.stream.perTx)).toBeCloseTo(128, 5);
    expect(pageWritesPerTx(WORKLOADS.idle.perTx)).toBe(0);
    expect(pageWritesPerTx(WORKLOADS['file-server'].perTx)).toBeGreaterThan(pageWritesPerTx(WORKLOADS.syscall.perTx));
  });

  test('distinct dirty pages saturate at the writable working set', () => {
    const d = { pagesPerSecond: 1e6, workingSetPages: 1000 };
    expect(pagesDirtiedIn(d, 1e9)).toBeCloseTo(1000, 6);
    expect(pagesDirtiedIn(d, 1e3)).toBeCloseTo(1, 1);
    expect(pagesDirtiedIn({ pagesPerSecond: 0, workingSetPages: 1000 }, 1e9)).toBe(0);
  });
});

describe('pre-copy rounds', () => {
  test('round 1 sends all memory; later rounds send what the previous round dirtied', () => {
    const out = preCopy(1000, { pagesPerSecond: 100, workingSetPages: 500 }, 0.1, { rule: 'xen' });
    expect(out.rounds[0]).toMatchObject({ round: 1, pages: 1000, live: true });
    expect(out.rounds[1]?.pages).toBe(Math.round(pagesDirtiedIn({ pagesPerSecond: 100, workingSetPages: 500 }, (1000 * 4096) / 0.1)));
    expect(out.rounds.at(-1)?.live).toBe(false);
    expect(out.pagesSent).toBe(out.rounds.reduce((s, r) => s + r.pages, 0));
  });

  test('Xen stops after 30 rounds or 3× the memory when the guest never converges', () => {
    const out = preCopy(1000, { pagesPerSecond: 1e9, workingSetPages: 900 }, 0.1, { rule: 'xen' });
    expect(out.pagesSent - (out.rounds.at(-1)?.pages ?? 0)).toBeGreaterThan(3 * 1000);
    expect(out.stopReason).toBe('3× the memory sent');
  });

  test('a downtime target stops as soon as the rest fits in it', () => {
    const out = preCopy(262_144, { pagesPerSecond: 0, workingSetPages: 1000 }, 0.1, { rule: 'downtime-target', targetNs: 30e6 });
    expect(out.rounds).toHaveLength(2);
    expect(out.rounds[1]?.pages).toBe(0);
  });
});

describe('live migration of a VM', () => {
  test('downtime and data moved grow with the dirty rate (Xen and ESX)', () => {
    for (const [platform, opts] of [['bare-metal', {}], ['bare-metal', esx]] as const) {
      const idle = migrate('idle', platform, opts);
      const compute = migrate('cpu-int', platform, opts);
      const memory = migrate('stream', platform, opts);
      expect(idle.method).toBe('pre-copy');
      expect(compute.dirtyPagesPerSecond).toBeGreaterThan(idle.dirtyPagesPerSecond);
      expect(memory.dirtyPagesPerSecond).toBeGreaterThan(compute.dirtyPagesPerSecond);
      expect(compute.downtimeMs).toBeGreaterThanOrEqual(idle.downtimeMs);
      expect(memory.downtimeMs).toBeGreaterThan(compute.downtimeMs);
      expect(memory.dataMiB).toBeGreaterThan(idle.dataMiB);
      expect(idle.dataMiB).toBeGreaterThanOrEqual(1024);
    }
  });

  test('an idle VM moves with a short downtime; the copy runs in dom0 on Xen', () => {
    const r = migrate('idle', 'bare-metal');
    expect(r.rounds[0]?.pages).toBe(262_144);
    expect(r.downtimeMs).toBeLessThan(100);
    expect(r.totalMs).toBeGreaterThan(r.downtimeMs);
    expect(Object.keys(r.cpuMsByLayer)).toEqual(['driver-domain']);
    expect(migrate('idle', 'bare-metal', esx).cpuMsByLayer['hypervisor']).toBeGreaterThan(0);
  });

  test('a hosted server product without live migration copies everything while the VM is suspended', () => {
    const r = migrate('idle', 'hosted');
    expect(r.method).toBe('stop-and-copy');
    expect(r.rounds).toHaveLength(1);
    expect(r.downtimeMs).toBeCloseTo(r.totalMs, 6);
    expect(r.downtimeMs).toBeGreaterThan(migrate('idle', 'bare-metal').downtimeMs * 10);
  });

  test('guests’ traffic on the NIC slows the copy', () => {
    const quiet = migrate('idle', 'bare-metal');
    const s = scenarioWith([linuxGuest('vm', 'idle', 1024), linuxGuest('web', 'web-server')]);
    const sim = createPlatformSimulation(s, 'bare-metal');
    sim.advanceTo(30e9);
    const busy = migrateGuest(sim, 'vm');
    expect(busy.guestNicShare).toBeGreaterThan(0);
    expect(busy.linkMBps).toBeLessThan(quiet.linkMBps);
    expect(busy.totalMs).toBeGreaterThan(quiet.totalMs);
  });

  test('a guest frozen for its whole copy does not compete with its own traffic; one copied live does', () => {
    const s = scenarioWith([linuxGuest('web', 'web-server'), linuxGuest('calm', 'idle')]);
    const moved = (platform: PlatformKind, guest: string) => {
      const sim = createPlatformSimulation(s, platform);
      sim.advanceTo(30e9);
      return migrateGuest(sim, guest);
    };
    // The web server's replies take most of the NIC: they share it with a live copy of it, or of its neighbour.
    expect(moved('bare-metal', 'web').guestNicShare).toBeGreaterThan(0.3);
    expect(moved('container', 'calm').guestNicShare).toBeGreaterThan(0.3);
    // Frozen for its checkpoint, it sends nothing: its copy has the NIC to itself.
    const frozen = moved('container', 'web');
    expect(frozen.method).toBe('checkpoint-restore');
    expect(frozen.guestNicShare).toBeLessThan(0.01);
    expect(frozen.linkMBps).toBeGreaterThan(2 * moved('container', 'calm').linkMBps);
  });
});

describe('containers and native', () => {
  test('a checkpointed container moves only its resident memory, frozen for the whole move', () => {
    const r = migrate('stream', 'container', { container: { hostOs: 'linux', network: 'bridge', storage: 'bind' } });
    expect(r.method).toBe('checkpoint-restore');
    expect(r.how).toContain('vzmigrate --online');
    const resident = WORKLOADS.stream.residentMiB;
    expect(r.dataMiB).toBeGreaterThan(resident);
    expect(r.dataMiB).toBeLessThan(resident + 64);
    expect(r.dataMiB).toBeLessThan(migrate('stream', 'bare-metal').dataMiB);
    expect(r.downtimeMs).toBeCloseTo(r.totalMs, 6);
  });

  test('Solaris zones move cold: no memory moves, the processes restart', () => {
    const s = scenarioWith([{ name: 'z', os: 'solaris', vcpus: 1, memoryMiB: 512, workload: { kind: 'idle' } }], {
      container: { hostOs: 'solaris', network: 'host', storage: 'bind' },
    });
    const sim = createPlatformSimulation(s, 'container');
    sim.advanceTo(30e9);
    const r = migrateGuest(sim, 'z');
    expect(r.method).toBe('cold-restart');
    expect(r.stateLost).toBe(true);
    expect(r.dataMiB).toBe(0);
    expect(r.downtimeMs).toBeGreaterThan(0);
  });

  test('native is reported as not applicable; unknown or stopped guests are refused', () => {
    const n = migrate('idle', 'native');
    expect(n.method).toBe('not-applicable');
    expect(n.refusal).toMatch(/bare hardware/);
    const sim = createPlatformSimulation(scenarioWith([linuxGuest('vm')]), 'bare-metal');
    sim.advanceTo(30e9);
    expect(migrateGuest(sim, 'nosuch').refusal).toBe('no guest named nosuch');
    sim.stopGuest(sim.guests[0]!);
    expect(migrateGuest(sim, 'vm').refusal).toBe('vm is stopped, not running');
  });

  test('the comparison is deterministic', () => {
    const s = scenarioWith([linuxGuest('vm', 'oltp', 1024), linuxGuest('web', 'web-server')]);
    expect(JSON.stringify(compareMigration(s, 'vm', 20))).toBe(JSON.stringify(compareMigration(s, 'vm', 20)));
    expect(compareMigration(s, 'vm', 20).map((r) => r.platform)).toEqual(['native', 'hosted', 'bare-metal', 'container']);
  });
});
