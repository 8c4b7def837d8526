/**
 * Moves one guest of a running platform to an identical second host, from the state the
 * simulation is in now: the guest's dirty rate comes from what its tasks have done so
 * far, the link from the NIC's use by the guests and the sending layer's CPU.
 *
 * Model (docs/model.md, "Migration"): the rounds are planned at the moment of the
 * request, then played into the running simulation (migration-events.ts): the copy goes
 * through the host's NIC beside the guests' traffic, its CPU takes a core in the sending
 * layer and is charged to it, and the guest is paused for the downtime. It then runs on
 * the second host, which is identical, so the simulation carries on with it there.
 */
import { CPU_GENERATIONS } from '../calibration/cpu-generations.ts';
import { NATIVE_COSTS } from '../calibration/mechanism-costs.ts';
import { CHECKPOINT_FREEZE_NS, DEVICE_STATE_BYTES, RESTORE_OBJECTS_NS, RESUME_NS } from '../calibration/migration-costs.ts';
import { L } from '../metrics/layers.ts';
import { layerRecord, round } from '../metrics/result-records.ts';
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import type { MigratingSimulation } from './migrations.ts';
import { CostPath } from '../platforms/cost-path.ts';
import { MIB, PAGE_BYTES } from '../sim/units.ts';
import { pageWritesPerTx, type DirtyingModel } from './dirty-pages.ts';
import { playMigration, roundSteps, type CopyStep } from './migration-events.ts';
import { migrationLink } from './migration-link.ts';
import { migrationMethod } from './migration-method.ts';
import type { MigrationReport } from './migration-report.ts';
import { preCopy, stopAndCopy, type CopyOutcome } from './pre-copy.ts';

const PAGES_PER_MIB = MIB / PAGE_BYTES;

/** The guest's page writes per second (all its tasks, at their rates so far) and its writable working set. */
export function dirtyingOf(sim: MigratingSimulation, g: GuestRuntime): DirtyingModel {
  let pagesPerSecond = 0;
  for (const t of g.tasks) {
    if (!t.workload || t.startNs < 0 || sim.now <= t.startNs) continue;
    pagesPerSecond += (t.transactions / ((sim.now - t.startNs) / 1e9)) * pageWritesPerTx(t.workload.perTx);
  }
  const mem = g.plan?.memoryMiB ?? {};
  const workingSetMiB = Math.min(g.spec.memoryMiB, (mem['workload'] ?? 0) + (mem['page-cache'] ?? 0));
  return { pagesPerSecond, workingSetPages: Math.round(workingSetMiB * PAGES_PER_MIB) };
}

export interface MigrateOptions {
  /** False: suspend, copy all memory, resume, even where the product can pre-copy (xm migrate without --live). */
  readonly live?: boolean;
}

/** Migrates the guest named `name` now; a report says why not when it cannot. */
export function migrateGuest(sim: MigratingSimulation, name: string, options: MigrateOptions = {}): MigrationReport {
  const own = migrationMethod(sim.model.kind, sim.scenario);
  const method = own.kind === 'pre-copy' && options.live === false ? { kind: 'stop-and-copy' as const, how: `${own.how}; not live: suspended for the whole copy`, layers: own.layers } : own;
  const g = sim.guests.find((x) => x.spec.name === name);
  const base = { platform: sim.model.kind, guest: name, method: method.kind, how: method.how, atS: sim.now / 1e9 };
  const refusal =
    method.kind === 'not-applicable'
      ? method.how
      : !g
        ? `no guest named ${name}`
        : g.state !== 'running'
          ? `${name} is ${g.state}, not running`
          : sim.migrations.underWay(g)
            ? `${name} is already being migrated`
            : null;
  if (refusal !== null || !g || method.kind === 'not-applicable') return { ...base, ...nothingMoved(), refusal: refusal ?? method.how };

  const d = dirtyingOf(sim, g);
  // Pre-copy's guest runs while its memory is copied; the other methods' is paused or frozen throughout.
  const link = migrationLink(sim, method.layers, method.kind === 'pre-copy' ? -1 : g.index);
  const ghz = CPU_GENERATIONS[sim.scenario.host.cpu].ghz;
  const stateNs = DEVICE_STATE_BYTES / link.bytesPerNs;
  let copy: CopyOutcome;
  let downtimeNs: number;
  let extraCpu = new CostPath();
  // The pieces played into the simulation: each round's copy, from this many ns after the start.
  let steps: CopyStep[];
  switch (method.kind) {
    case 'pre-copy':
      copy = preCopy(g.spec.memoryMiB * PAGES_PER_MIB, d, link.bytesPerNs, method.policy);
      downtimeNs = copy.pausedCopyNs + stateNs + RESUME_NS;
      steps = roundSteps(copy.rounds, 0, link.perPage, DEVICE_STATE_BYTES);
      break;
    case 'stop-and-copy':
      copy = stopAndCopy(g.spec.memoryMiB * PAGES_PER_MIB, link.bytesPerNs, 'not live: suspended for the whole copy');
      downtimeNs = copy.pausedCopyNs + stateNs + RESUME_NS;
      steps = roundSteps(copy.rounds, 0, link.perPage, DEVICE_STATE_BYTES);
      break;
    case 'checkpoint-restore': {
      // Only what its processes hold: resident memory and its kernel objects, not the page cache (files are synced first).
      const mem = g.plan?.memoryMiB ?? {};
      const pages = Math.round(((mem['workload'] ?? 0) + (mem['container-state'] ?? 0)) * PAGES_PER_MIB);
      copy = stopAndCopy(pages, link.bytesPerNs, 'frozen for the dump, copy and restore');
      const dumpNs = (pages * PAGE_BYTES * NATIVE_COSTS.copyByteCycles) / ghz;
      const restoreNs = (pages * (NATIVE_COSTS.pageFaultCycles + PAGE_BYTES * NATIVE_COSTS.copyByteCycles)) / ghz;
      extraCpu = new CostPath().charge(L.sharedKernel, dumpNs);
      downtimeNs = CHECKPOINT_FREEZE_NS + dumpNs + copy.pausedCopyNs + restoreNs + RESTORE_OBJECTS_NS;
      steps = [{ startNs: CHECKPOINT_FREEZE_NS, bytes: 0, cpu: extraCpu }, ...roundSteps(copy.rounds, CHECKPOINT_FREEZE_NS + dumpNs, link.perPage, DEVICE_STATE_BYTES)];
      break;
    }
    case 'cold-restart':
      // The zone's root stays on shared storage; it halts and boots again as it booted here.
      copy = stopAndCopy(0, link.bytesPerNs, 'halted, detached, attached and booted again');
      downtimeNs = Math.max(0, g.firstRunningNs) + RESUME_NS;
      steps = [];
      break;
  }
  const totalNs = copy.liveNs + downtimeNs;
  playMigration(sim, g, { steps, pauseFromNs: copy.liveNs, pauseUntilNs: totalNs, totalNs, nicBytesPerNs: link.nicPayloadBytesPerNs });
  const cpu = new CostPath().add(link.perPage, copy.pagesSent).add(extraCpu);
  const dataBytes = copy.pagesSent * PAGE_BYTES + (method.kind === 'cold-restart' ? 0 : DEVICE_STATE_BYTES);
  return {
    ...base,
    rounds: copy.rounds.map((r) => ({ ...r, ms: round(r.ms, 3) })),
    stopReason: copy.stopReason,
    dataMiB: round(dataBytes / MIB, 2),
    downtimeMs: round(downtimeNs / 1e6, 3),
    totalMs: round(totalNs / 1e6, 3),
    dirtyPagesPerSecond: round(d.pagesPerSecond, 1),
    workingSetMiB: round(d.workingSetPages / PAGES_PER_MIB, 1),
    linkMBps: round((link.bytesPerNs * 1e9) / 1e6, 1),
    limitedBy: link.limitedBy,
    guestNicShare: round(link.guestNicShare, 3),
    cpuMsByLayer: layerRecord(cpu.ns),
    stateLost: method.kind === 'cold-restart',
  };
}

function nothingMoved(): Omit<MigrationReport, 'platform' | 'guest' | 'method' | 'how' | 'atS'> {
  return { rounds: [], stopReason: '', dataMiB: 0, downtimeMs: 0, totalMs: 0, dirtyPagesPerSecond: 0, workingSetMiB: 0, linkMBps: 0, limitedBy: null, guestNicShare: 0, cpuMsByLayer: {}, stateLost: false };
}
