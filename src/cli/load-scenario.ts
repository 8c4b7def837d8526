import { existsSync } from 'node:fs';
import { loadPreset, MAX_SCENARIO_TEXT_CHARS, parseScenarioText, PRESET_NAMES, type Scenario } from '../engine/index.ts';
import { decodeShareLink } from '../share/share-link.ts';
import { quoted } from '../untrusted/clean-line.ts';
import { readInputText } from './read-input-file.ts';
import { UsageError } from './usage-error.ts';

/** A scenario from a preset name, a JSON file path, or a share link (a URL or its `#v2.…` fragment). */
export function loadScenario(ref: string): Scenario {
  if (/^https?:\/\//i.test(ref) || ref.startsWith('#')) {
    const link = decodeShareLink(ref);
    if (!link.ok) throw new UsageError(link.error);
    return link.run.scenario;
  }
  const preset = loadPreset(ref);
  if (preset) return preset;
  if (!existsSync(ref)) throw new UsageError(`${quoted(ref, 60)} is neither a scenario file nor a preset (presets: ${PRESET_NAMES.join(', ')})`);
  // Files are bounded in bytes, as the text is in characters: one limit.
  const r = parseScenarioText(readInputText(ref, MAX_SCENARIO_TEXT_CHARS));
  if (!r.ok) throw new UsageError(`${ref}: ${r.errors[0] ?? 'invalid'}${r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : ''}`);
  return r.scenario;
}
