import { existsSync } from 'node:fs';
import { loadPreset, MAX_SCENARIO_TEXT_CHARS, parseScenarioText, type Scenario } from '../engine/index.ts';
import { isLabId } from '../labs/lab-index.ts';
import { MAX_LAB_BYTES, parseLabText } from '../labs/parse-lab.ts';
import { decodeShareLink } from '../share/share-link.ts';
import { quoted } from '../untrusted/clean-line.ts';
import { LABS_DIR } from './labs-command.ts';
import { readInputText } from './read-input-file.ts';
import { UsageError } from './usage-error.ts';

/**
 * A scenario from a preset name, a JSON file path, a share link (a URL or its `#v2.…` fragment),
 * or a lab (a shipped lab's id or a lab file): the lab's scenario, so a teacher can try its steps here.
 */
export function loadScenario(ref: string): Scenario {
  if (/^https?:\/\//i.test(ref) || ref.startsWith('#')) {
    const link = decodeShareLink(ref);
    if (!link.ok) throw new UsageError(link.error);
    return link.run.scenario;
  }
  const preset = loadPreset(ref);
  if (preset) return preset;
  const shippedLab = `${LABS_DIR}${ref}.json`;
  if (isLabId(ref) && existsSync(shippedLab)) return labScenario(shippedLab, readInputText(shippedLab, MAX_LAB_BYTES));
  if (!existsSync(ref)) throw new UsageError(notFound(ref));
  // Files are bounded in bytes, as the text is in characters: one limit.
  const text = readInputText(ref, MAX_SCENARIO_TEXT_CHARS);
  if (isLabFile(text)) return labScenario(ref, text);
  const r = parseScenarioText(text);
  if (!r.ok) throw new UsageError(`${ref}: ${r.errors[0] ?? 'invalid'}${r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : ''}`);
  return r.scenario;
}

/**
 * Why nothing answers to `ref`: a name that looks like a path (a folder in it, or a file
 * extension) was meant as a file; any other could have been a preset or a lab, whose lists
 * are commands of their own (all the names would not fit on one line).
 */
function notFound(ref: string): string {
  if (/[/\\]|\.\w+$/.test(ref)) return `${quoted(ref, 60)}: no such file`;
  return `${quoted(ref, 60)} is neither a scenario file, a preset nor a lab (\`presets\` lists the presets, \`labs\` the labs)`;
}

/** Whether a file's text is a lab's (an object with steps) rather than a scenario's. */
function isLabFile(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'steps' in value;
  } catch {
    return false;
  }
}

function labScenario(where: string, text: string): Scenario {
  const r = parseLabText(text, loadPreset);
  if (!r.ok) throw new UsageError(`${where}: a lab with mistakes: ${r.errors[0] ?? 'invalid'} (labs check ${where} lists them all)`);
  const { scenario } = r.lab;
  if (typeof scenario !== 'string') return scenario;
  const preset = loadPreset(scenario);
  if (!preset) throw new UsageError(`${where}: the lab's preset ${quoted(scenario, 60)} does not exist`);
  return preset;
}
