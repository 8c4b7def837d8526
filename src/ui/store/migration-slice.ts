/**
 * The migration slice: one guest moved to an identical second host on every healthy
 * platform at the same virtual instant (docs/model.md, "Migration"), and each engine's report.
 * Each move is logged (migration-log.ts), so that a share link replays it.
 */
import { PLATFORM_KINDS, type MigrationReport, type PlatformKind } from '../../engine/index.ts';
import type { LockstepClock } from './lockstep-clock.ts';
import { logMigration } from './migration-log.ts';
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
      const moved = await migrateEverywhere(slots, clock, get, name);
      if (gen !== clock.generation || slots.isDisposed || get().migration?.guest !== name) return;
      last = { guest: name, atNs: moved.atNs, status: 'done', reports: moved.reports };
      set({ migration: last });
    },
    closeMigration() {
      set({ migration: null });
    },
  };
}

/**
 * Moves `name` on every healthy platform in the lockstep lane, so all move it at the same
 * virtual instant (the one the lane finds them at: a tick in flight lands first), and logs
 * the move if any platform made it. Also what a share link's migrations replay through.
 */
export async function migrateEverywhere(
  slots: WorkerSlots,
  clock: LockstepClock,
  get: () => Playground,
  name: string,
): Promise<{ atNs: number; reports: Partial<Record<PlatformKind, MigrationReport>> }> {
  const gen = clock.generation;
  return clock.exclusive(async () => {
    const atNs = get().nowNs;
    const answers = await Promise.all(PLATFORM_KINDS.map((k) => slots.use(k, (w) => w.migrate(name))));
    const reports: Partial<Record<PlatformKind, MigrationReport>> = {};
    PLATFORM_KINDS.forEach((k, i) => {
      const r = answers[i];
      if (r) reports[k] = r;
    });
    if (gen === clock.generation && Object.values(reports).some((r) => r.refusal === undefined)) logMigration(get, clock, { atNs, guest: name });
    return { atNs, reports };
  });
}
