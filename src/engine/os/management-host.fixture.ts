/** For tests: a preset's platform run to `atNs`, and its management host as its consoles read it. */
import { PlatformEngine } from '../platform-engine.ts';
import { loadPreset } from '../scenario/presets.ts';
import type { PlatformKind } from '../scenario/schema.ts';
import { HostMachine } from './host-machine.ts';

export function hostAt(preset: string, kind: PlatformKind, atNs: number): { readonly e: PlatformEngine; readonly host: HostMachine } {
  const scenario = loadPreset(preset);
  if (!scenario) throw new Error(`no preset ${preset}`);
  const e = new PlatformEngine(scenario, kind);
  const host = new HostMachine(e.sim, () => e.sim.guests.map((g) => e.machineOf(g)));
  e.advanceTo(atNs);
  return { e, host };
}
