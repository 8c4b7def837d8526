/**
 * For the fault tests: a small scenario on an SSD host (every guest is up within seconds)
 * with a web server, a kernel build (it forks) and an integer-compute guest, and a way to
 * run one platform of it to a virtual time.
 */
import { parseScenario } from '../../scenario/parse-scenario.ts';
import type { FaultSpec, PlatformKind, Scenario } from '../../scenario/schema.ts';
import { createPlatformSimulation } from '../../run/run-scenario.ts';
import { collectResults } from '../../run/collect-results.ts';
import type { FaultResult } from '../../metrics/results.ts';
import type { PlatformSimulation } from '../../run/platform-simulation.ts';

type Options = {
  readonly faults?: readonly FaultSpec[];
  readonly style?: 'xen' | 'esx';
  readonly pids?: number;
  readonly product?: string;
};

export function faultScenario(o: Options = {}): Scenario {
  const r = parseScenario({
    version: 3,
    name: 'faults',
    seed: 7,
    host: { cpu: 'core2-2006', cores: 4, memoryMiB: 8192, disk: 'ssd', nic: '1g' },
    platforms: {
      hosted: { hostOs: 'linux', technique: 'hardware-assist', devices: 'paravirtual' },
      'bare-metal': { style: o.style ?? 'xen', guestMode: o.style === 'esx' ? 'binary-translation' : 'paravirtual', paging: 'shadow' },
      container: { hostOs: 'linux', network: 'bridge', storage: 'overlay', ...(o.product ? { product: o.product } : {}) },
    },
    guests: [
      { name: 'web1', os: 'linux', vcpus: 1, memoryMiB: 512, workload: { kind: 'web-server' }, ...(o.pids ? { limits: { pids: o.pids } } : {}) },
      { name: 'build', os: 'linux', vcpus: 1, memoryMiB: 512, workload: { kind: 'kernel-build' } },
      { name: 'calc', os: 'linux', vcpus: 1, memoryMiB: 512, workload: { kind: 'cpu-int' } },
    ],
    ...(o.faults ? { faults: o.faults } : {}),
  });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

export function runTo(s: Scenario, kind: PlatformKind, seconds: number): PlatformSimulation {
  const sim = createPlatformSimulation(s, kind);
  sim.advanceTo(seconds * 1e9);
  return sim;
}

/** Each guest's scenario transactions so far, by name. */
export function transactions(sim: PlatformSimulation): Record<string, number> {
  return Object.fromEntries(sim.guests.map((g) => [g.spec.name, g.transactions]));
}

export function stateOf(sim: PlatformSimulation, name: string): string {
  return sim.guests.find((g) => g.spec.name === name)?.state ?? 'absent';
}

/** Runs `s` on `platform` to `fromS` and on to `toS`: each guest's transactions at both, and the first fault's result. */
export function watchFault(s: Scenario, platform: PlatformKind, fromS: number, toS: number) {
  const sim = runTo(s, platform, fromS);
  const before = transactions(sim);
  sim.advanceTo(toS * 1e9);
  const after = transactions(sim);
  const fault: FaultResult | undefined = collectResults(sim).faults?.[0];
  if (!fault) throw new Error('no fault recorded');
  const grew = (name: string): boolean => (after[name] as number) > (before[name] as number);
  return { sim, before, after, fault, grew };
}
