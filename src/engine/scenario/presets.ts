/**
 * Scenarios that ship with VirtScope, by name. Each is validated like any other input
 * when it is loaded, so a broken preset is caught by the tests, not by a user.
 */
import classroomDefault from './presets/classroom-default.json' with { type: 'json' };
import btVsHardwareAssist from './presets/bt-vs-hardware-assist.json' with { type: 'json' };
import ioComparison from './presets/io-comparison.json' with { type: 'json' };
import { parseScenario } from './parse-scenario.ts';
import type { Scenario } from './schema.ts';

const PRESETS: Readonly<Record<string, unknown>> = {
  'classroom-default': classroomDefault,
  'bt-vs-hardware-assist': btVsHardwareAssist,
  'io-comparison': ioComparison,
};

export const PRESET_NAMES: readonly string[] = Object.keys(PRESETS);

/** The named preset, validated; undefined for an unknown name. */
export function loadPreset(name: string): Scenario | undefined {
  const raw = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
  if (raw === undefined) return undefined;
  const r = parseScenario(raw);
  if (!r.ok) throw new Error(`preset ${name} is invalid: ${r.errors.join('; ')}`);
  return r.scenario;
}
