/**
 * Plays a migration into the running simulation (docs/model.md, "Migration"): each copy
 * step's bytes go through the host's NIC as the host's own flow, fair-shared with the
 * guests' traffic, so their network work waits behind it; its CPU takes a core and is
 * charged to the sending layers; the guest is paused for the downtime. A guest that
 * goes down meanwhile ends the move: the steps still to come do nothing.
 */
import { HOST_FLOW } from '../hardware/queued-device.ts';
import { CostPath } from '../platforms/cost-path.ts';
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import type { MigratingSimulation } from './migrations.ts';
import { PAGE_BYTES } from '../sim/units.ts';
import type { MigrationRound } from './pre-copy.ts';

/** One piece of the move, in virtual ns from its start. */
export interface CopyStep {
  readonly startNs: number;
  /** Bytes it puts on the wire's payload. */
  readonly bytes: number;
  /** The sending side's CPU for it. */
  readonly cpu: CostPath;
}

export interface MigrationPlan {
  readonly steps: readonly CopyStep[];
  /** When the guest stops running and runs again, ns from the start. */
  readonly pauseFromNs: number;
  readonly pauseUntilNs: number;
  /** The whole move, ns. */
  readonly totalNs: number;
  /** Payload bytes per ns the NIC serves when the copy has it to itself. */
  readonly nicBytesPerNs: number;
}

/** The rounds as steps one after another from `offsetNs`, each with `perPage` of CPU per page; `extraBytes` go with the last. */
export function roundSteps(rounds: readonly MigrationRound[], offsetNs: number, perPage: CostPath, extraBytes: number): CopyStep[] {
  let at = offsetNs;
  return rounds.map((r, i) => {
    const step = { startNs: at, bytes: r.pages * PAGE_BYTES + (i === rounds.length - 1 ? extraBytes : 0), cpu: new CostPath().add(perPage, r.pages) };
    at += r.ms * 1e6;
    return step;
  });
}

export function playMigration(sim: MigratingSimulation, g: GuestRuntime, plan: MigrationPlan): void {
  const t0 = sim.now;
  // The boot it is moved in: after going down and booting again it is no longer being moved.
  const boot = g.kernelStartNs;
  sim.migrations.moving(g, t0 + plan.totalNs);
  sim.pauseGuest(g, t0 + plan.pauseFromNs, t0 + plan.pauseUntilNs);
  for (const s of plan.steps) {
    sim.at(t0 + s.startNs, () => {
      if (!g.live || g.kernelStartNs !== boot) return;
      if (s.bytes > 0) sim.nic.submit(sim.now, HOST_FLOW, s.bytes / plan.nicBytesPerNs);
      sim.runHostWork(s.cpu.ns);
    });
  }
}
