/**
 * The migration slice: one guest moved to an identical second host on every healthy
 * platform at the same virtual instant (docs/model.md, "Migration"), and each engine's report.
 */
import { PLATFORM_KINDS, type MigrationReport, type PlatformKind } from '../../engine/index.ts';
import type { LockstepClock } from './lockstep-clock.ts';
import type { Playground, PlaygroundActions, PlaygroundState } from './playground-state.ts';
import type { WorkerSlots } from './worker-slots.ts';

type MigrationState = Pick<PlaygroundState, 'migration'>;
type MigrationActions = Pick<PlaygroundActions, 'migrateGuest' | 'closeMigration'>;

export function migrationSlice(
  slots: WorkerSlots,
  clock: LockstepClock,
  get: () => Playground,
  set: (patch: MigrationState) => void,
): MigrationState & MigrationActions {
  return {
    migration: null,
    async migrateGuest(name) {
      const gen = clock.generation;
      const atNs = get().nowNs;
      set({ migration: { guest: name, atNs, status: 'running', reports: {} } });
      // In the lockstep lane, so every platform moves the guest at the same virtual instant.
      const answers = await clock.exclusive(() => Promise.all(PLATFORM_KINDS.map((k) => slots.use(k, (w) => w.migrate(name)))));
      if (gen !== clock.generation || slots.isDisposed || get().migration?.guest !== name) return;
      const reports: Partial<Record<PlatformKind, MigrationReport>> = {};
      PLATFORM_KINDS.forEach((k, i) => {
        const r = answers[i];
        if (r) reports[k] = r;
      });
      set({ migration: { guest: name, atNs, status: 'done', reports } });
    },
    closeMigration() {
      set({ migration: null });
    },
  };
}
