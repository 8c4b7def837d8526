/**
 * The migrations asked for in the run a playground shows, in order: what a share link
 * carries so that its recipient moves the same guests at the same instants. The migration
 * slice writes it and the Share dialog reads it; both hold the store's getState (the
 * slices as `get`, code outside React as `getPlayground().getState`), so the log is kept
 * by it. A new load (a new clock generation) starts an empty one.
 */
import type { SharedMigration } from '../../share/shared-run.ts';
import type { LockstepClock } from './lockstep-clock.ts';

interface Log {
  readonly clock: LockstepClock;
  generation: number;
  readonly migrations: SharedMigration[];
}

const logs = new WeakMap<() => unknown, Log>();

/** Notes a migration of the clock's current run. */
export function logMigration(getState: () => unknown, clock: LockstepClock, m: SharedMigration): void {
  let log = logs.get(getState);
  if (!log) logs.set(getState, (log = { clock, generation: clock.generation, migrations: [] }));
  if (log.generation !== clock.generation) {
    log.generation = clock.generation;
    log.migrations.length = 0;
  }
  log.migrations.push(m);
}

/** The migrations of the run the store shows now, oldest first. */
export function loggedMigrations(getState: () => unknown): readonly SharedMigration[] {
  const log = logs.get(getState);
  return log && log.generation === log.clock.generation ? [...log.migrations] : [];
}
