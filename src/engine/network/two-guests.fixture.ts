/**
 * Scenarios for the network and migration tests: Linux guests on a core2-2006 host with
 * a gigabit NIC, hosted with binary translation and emulated devices, Xen paravirtual,
 * containers on a bridge — and a way to type into a guest's shell until a command ends.
 */
import presetJson from '../../../public/presets/io-comparison.json' with { type: 'json' };
import type { PlatformEngine } from '../platform-engine.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { GuestSpec, Scenario } from '../scenario/schema.ts';
import type { WorkloadKind } from '../workloads/workload-kinds.ts';

export function linuxGuest(name: string, kind: WorkloadKind = 'idle', memoryMiB = 512): GuestSpec {
  return { name, os: 'linux', vcpus: 1, memoryMiB, workload: { kind } };
}

export function scenarioWith(guests: readonly GuestSpec[], platforms: Partial<Scenario['platforms']> = {}): Scenario {
  const r = parseScenario(presetJson);
  if (!r.ok) throw new Error(r.errors.join('; '));
  const base = r.scenario;
  return {
    ...base,
    platforms: {
      hosted: { hostOs: 'linux', technique: 'binary-translation', devices: 'emulated' },
      'bare-metal': { style: 'xen', guestMode: 'paravirtual', paging: 'shadow', devices: 'paravirtual' },
      container: { hostOs: 'linux', network: 'bridge', storage: 'bind' },
      ...platforms,
    },
    guests: [...guests],
  };
}

/** Types `line` into `guest`'s console at `atS` and returns what it printed once the command ended. */
export function typeInto(engine: PlatformEngine, guest: string, line: string, atS: number): string {
  const opened = engine.openConsole(guest);
  if ('error' in opened) throw new Error(opened.error);
  engine.advanceTo(atS * 1e9);
  engine.read(opened.id);
  engine.write(opened.id, `${line}\r`);
  engine.advanceTo(engine.now);
  let out = '';
  for (let i = 0; i < 10_000 && engine.busy(opened.id); i++) {
    const wake = engine.nextWakeNs();
    engine.advanceTo(wake !== null && wake > engine.now ? wake : engine.now + 100e6);
    out += engine.read(opened.id);
  }
  return out + engine.read(opened.id);
}
