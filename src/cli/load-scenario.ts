import { existsSync } from 'node:fs';
import { loadPreset, MAX_SCENARIO_TEXT_CHARS, parseScenarioText, type Scenario } from '../engine/index.ts';
import { isLabId } from '../labs/lab-index.ts';
import { MAX_LAB_BYTES, parseLabText } from '../labs/parse-lab.ts';
import { eventParts, inWords, runCounts } from '../share/run-events.ts';
import { decodeShareLink } from '../share/share-link.ts';
import type { SharedRun } from '../share/shared-run.ts';
import { cleanLine, quoted } from '../untrusted/clean-line.ts';
import { processIo } from './cli-io.ts';
import { LABS_DIR } from './labs-command.ts';
import { readInputText } from './read-input-file.ts';
import { UsageError } from './usage-error.ts';

/**
 * A scenario from a preset name, a JSON file path, a share link (a URL or its `#v2.…` fragment),
 * or a lab (a shipped lab's id or a lab file): the lab's scenario, so a teacher can try its steps here.
 * A link's run is more than its scenario: what the commands leave out of it is said on
 * `note` (standard error by default), never dropped silently.
 */
export function loadScenario(ref: string, note: (text: string) => void = processIo.err): Scenario {
  if (/^https?:\/\//i.test(ref) || ref.startsWith('#')) {
    const link = decodeShareLink(ref);
    if (!link.ok) throw new UsageError(link.error);
    const unused = notReplayed(link.run);
    if (unused !== null) note(`${cleanLine(`virtscope: ${unused}`)}\n`);
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
 * What of a link's run the commands do not replay, in one sentence, or null when it is only
 * a scenario: each command runs the scenario afresh from virtual time 0 (the page replays the rest).
 */
export function notReplayed(run: SharedRun): string | null {
  const counts = runCounts(run.commands ?? {}, run.migrations ?? []);
  const parts = [
    ...(counts.typed > 0 ? [`${counts.typed} typed command${counts.typed === 1 ? '' : 's'}`] : []),
    ...eventParts(counts),
    ...(run.atNs === undefined ? [] : [`virtual time (${run.atNs / 1e9} s)`]),
  ];
  if (parts.length === 0) return null;
  return `the CLI runs the link's scenario alone, from 0 s: it does not replay the link's ${inWords(parts)} (the page does)`;
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
