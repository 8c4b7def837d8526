/**
 * The migration slice: one guest moved to an identical second host on every healthy
 * platform at the same virtual instant (docs/model.md, "Migration"), and each engine's report.
 */
import { PLATFORM_KINDS, type MigrationReport, type PlatformKind } from '../../engine/index.ts';
import type { LockstepClock } from './lockstep-clock.ts';
import type { MigrationView, Playground, PlaygroundActions, PlaygroundState } from './playground-state.ts';
import type { WorkerSlots } from './worker-slots.ts';

type MigrationState = Pick<PlaygroundState, 'migration'>;
type MigrationActions = Pick<PlaygroundActions, 'migrateGuest' | 'closeMigration'>;

/** Virtual ns at which the longest of a migration's moves ends. */
function endNs(m: MigrationView): number {
  return m.atNs + Math.max(0, ...Object.values(m.reports).map((r) => r.totalMs)) * 1e6;
}

export function migrationSlice(
  slots: WorkerSlots,
  clock: LockstepClock,
  get: () => Playground,
  set: (patch: MigrationState) => void,
): MigrationState & MigrationActions {
  // The last migration asked for, kept when its dialog is closed: asked again for the same guest before its
  // moves are over, the dialog shows it again rather than moving the guest a second time.
  let last: MigrationView | null = null;
  let lastGeneration = -1;
  return {
    migration: null,
    async migrateGuest(name) {
      const gen = clock.generation;
      const atNs = get().nowNs;
      if (last?.guest === name && lastGeneration === gen && (last.status === 'running' || atNs < endNs(last))) {
        set({ migration: last });
        return;
      }
      last = { guest: name, atNs, status: 'running', reports: {} };
      lastGeneration = gen;
      set({ migration: last });
      // In the lockstep lane, so every platform moves the guest at the same virtual instant.
      const answers = await clock.exclusive(() => Promise.all(PLATFORM_KINDS.map((k) => slots.use(k, (w) => w.migrate(name)))));
      if (gen !== clock.generation || slots.isDisposed || get().migration?.guest !== name) return;
      const reports: Partial<Record<PlatformKind, MigrationReport>> = {};
      PLATFORM_KINDS.forEach((k, i) => {
        const r = answers[i];
        if (r) reports[k] = r;
      });
      last = { guest: name, atNs, status: 'done', reports };
      set({ migration: last });
    },
    closeMigration() {
      set({ migration: null });
    },
  };
}
