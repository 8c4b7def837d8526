import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadPreset, parseScenarioText, PRESET_NAMES, type Scenario } from '../engine/index.ts';
import { UsageError } from './usage-error.ts';

/** Scenario files larger than this are refused before parsing. */
const MAX_SCENARIO_BYTES = 1_000_000;

/** A scenario from a preset name or a JSON file path. */
export function loadScenario(ref: string): Scenario {
  const preset = loadPreset(ref);
  if (preset) return preset;
  if (!existsSync(ref)) throw new UsageError(`"${ref}" is neither a scenario file nor a preset (presets: ${PRESET_NAMES.join(', ')})`);
  if (statSync(ref).size > MAX_SCENARIO_BYTES) throw new UsageError(`${ref}: larger than ${MAX_SCENARIO_BYTES} bytes`);
  const r = parseScenarioText(readFileSync(ref, 'utf8'));
  if (!r.ok) throw new UsageError(`${ref}: ${r.errors[0] ?? 'invalid'}${r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : ''}`);
  return r.scenario;
}
