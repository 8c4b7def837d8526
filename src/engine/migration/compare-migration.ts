/**
 * The migration comparison the CLI prints: the scenario runs on every platform to the
 * given virtual time, then the same guest is moved on each.
 */
import { createPlatformSimulation } from '../run/run-scenario.ts';
import { PLATFORM_KINDS, type Scenario } from '../scenario/schema.ts';
import { migrateGuest } from './migrate-guest.ts';
import type { MigrationReport } from './migration-report.ts';

export function compareMigration(scenario: Scenario, guest: string, atS: number): MigrationReport[] {
  return PLATFORM_KINDS.map((kind) => {
    const sim = createPlatformSimulation(scenario, kind);
    sim.advanceTo(atS * 1e9);
    return migrateGuest(sim, guest);
  });
}
