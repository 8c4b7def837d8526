/**
 * The migration comparison the CLI prints: the scenario runs on every platform to the
 * given virtual time, then the same guest is moved on each, and the run goes on to the
 * move's end beside a twin run without it, for what the move did to the other guests.
 */
import { createPlatformSimulation } from '../run/run-scenario.ts';
import { PLATFORM_KINDS, type Scenario } from '../scenario/schema.ts';
import { migrateGuest } from './migrate-guest.ts';
import type { MigrationReport } from './migration-report.ts';
import { neighbourEffect } from './neighbour-effect.ts';

export function compareMigration(scenario: Scenario, guest: string, atS: number): MigrationReport[] {
  return PLATFORM_KINDS.map((kind) => {
    const sim = createPlatformSimulation(scenario, kind);
    const twin = createPlatformSimulation(scenario, kind);
    sim.advanceTo(atS * 1e9);
    twin.advanceTo(atS * 1e9);
    const r = migrateGuest(sim, guest);
    if (r.refusal !== undefined) return r;
    return { ...r, neighbours: neighbourEffect(sim, twin, guest, sim.now + r.totalMs * 1e6) };
  });
}

/**
 * The first whole virtual second at which `guest` runs on every platform that runs it: the
 * earliest instant a move can be tried on each. A platform that refuses the guest, or has
 * not booted it by `capS`, is left out.
 */
export function runningEverywhereS(scenario: Scenario, guest: string, capS: number): number {
  let latest = 0;
  for (const kind of PLATFORM_KINDS) {
    const sim = createPlatformSimulation(scenario, kind);
    const g = sim.guests.find((x) => x.spec.name === guest);
    let s = 0;
    while (g?.state === 'booting' && s < capS) sim.advanceTo(++s * 1e9);
    if (g?.state === 'running') latest = Math.max(latest, s);
  }
  return latest;
}
