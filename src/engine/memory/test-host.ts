/**
 * Scenarios for the memory and CPU-contention tests: a small 2009 host whose memory the
 * guests can overcommit, with each VM platform set up as a named product.
 */
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { GuestSpec, PlatformKind, Scenario } from '../scenario/schema.ts';
import { collectResults } from '../run/collect-results.ts';
import { createPlatformSimulation } from '../run/run-scenario.ts';
import type { PlatformSimulation } from '../run/platform-simulation.ts';
import type { GuestResult, PlatformResult } from '../metrics/results.ts';
import type { OpPaths } from '../platforms/op-paths.ts';
import { PLATFORM_MODELS } from '../platforms/platform-models.ts';

export const ESX = { product: 'esx-server', style: 'esx', guestMode: 'binary-translation', paging: 'shadow' } as const;
export const XEN = { product: 'xen', style: 'xen', guestMode: 'paravirtual', paging: 'shadow' } as const;

/** A guest with the given name and workload (Linux, 1 vCPU, 512 MiB unless overridden). */
export function guest(name: string, kind: GuestSpec['workload']['kind'], over: Partial<GuestSpec> = {}): GuestSpec {
  return { name, os: 'linux', vcpus: 1, memoryMiB: 512, workload: { kind }, ...over };
}

export function testScenario(guests: GuestSpec[], over: { memoryMiB?: number; cores?: number; swapMiB?: number; bareMetal?: object } = {}): Scenario {
  const r = parseScenario({
    version: 3,
    name: 'pressure',
    seed: 7,
    host: {
      cpu: 'nehalem-2009',
      cores: over.cores ?? 4,
      memoryMiB: over.memoryMiB ?? 4096,
      disk: 'ssd',
      nic: '10g',
      ...(over.swapMiB === undefined ? {} : { swapMiB: over.swapMiB }),
    },
    platforms: {
      hosted: { product: 'gsx-server', hostOs: 'linux', technique: 'binary-translation', devices: 'emulated' },
      'bare-metal': over.bareMetal ?? ESX,
      container: { product: 'virtuozzo', hostOs: 'linux', network: 'bridge', storage: 'bind' },
    },
    guests,
  });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

/** Runs one platform of the scenario for `seconds` (calling `during` first, at `atS`). */
export function runPlatform(
  s: Scenario,
  kind: PlatformKind,
  seconds: number,
  during?: { atS: number; act: (sim: PlatformSimulation) => void },
): { sim: PlatformSimulation; result: PlatformResult } {
  const sim = createPlatformSimulation(s, kind);
  if (during) {
    sim.advanceTo(during.atS * 1e9);
    during.act(sim);
  }
  sim.advanceTo(seconds * 1e9);
  return { sim, result: collectResults(sim) };
}

/** The price list platform `kind` gives the scenario's first guest. */
export function firstGuestPaths(s: Scenario, kind: PlatformKind): OpPaths {
  const guest = s.guests[0];
  const plan = guest && PLATFORM_MODELS[kind](s).plan(guest);
  if (!plan) throw new Error('the first guest was not planned');
  return plan.paths;
}

/** The scenario's first guest's result after `seconds` on platform `kind`. */
export function firstGuestResult(s: Scenario, kind: PlatformKind, seconds: number): GuestResult {
  const g = runPlatform(s, kind, seconds).result.guests[0];
  if (g === undefined) throw new Error('no result');
  return g;
}
