import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadPreset, parseScenarioText, PRESET_NAMES, type Scenario } from '../engine/index.ts';
import { decodeShareLink } from '../share/share-link.ts';
import { UsageError } from './usage-error.ts';

/** Scenario files larger than this are refused before parsing. */
const MAX_SCENARIO_BYTES = 1_000_000;

/** A scenario from a preset name, a JSON file path, or a share link (a URL or its `#v1.…` fragment). */
export function loadScenario(ref: string): Scenario {
  if (/^https?:\/\//i.test(ref) || ref.startsWith('#')) {
    const link = decodeShareLink(ref);
    if (!link.ok) throw new UsageError(link.error);
    return link.run.scenario;
  }
  const preset = loadPreset(ref);
  if (preset) return preset;
  if (!existsSync(ref)) throw new UsageError(`"${ref}" is neither a scenario file nor a preset (presets: ${PRESET_NAMES.join(', ')})`);
  if (statSync(ref).size > MAX_SCENARIO_BYTES) throw new UsageError(`${ref}: larger than ${MAX_SCENARIO_BYTES} bytes`);
  const r = parseScenarioText(readFileSync(ref, 'utf8'));
  if (!r.ok) throw new UsageError(`${ref}: ${r.errors[0] ?? 'invalid'}${r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : ''}`);
  return r.scenario;
}
