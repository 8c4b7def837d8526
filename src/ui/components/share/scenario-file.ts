/** A scenario as a JSON file: saved with the browser's download, read back with the engine's validation. */
import { MAX_SCENARIO_TEXT_CHARS, parseScenarioText, type ParseResult, type Scenario } from '../../../engine/index.ts';
import { NOT_UTF8, utf8Text } from '../../../untrusted/utf8-text.ts';

/** `<name>.json`, with characters a file name cannot safely carry replaced. */
export function scenarioFileName(scenario: Scenario): string {
  const base = scenario.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return `${base || 'scenario'}.json`;
}

export function downloadScenario(scenario: Scenario): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(scenario, null, 2)}\n`], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = scenarioFileName(scenario);
  a.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file the user picked, read as the CLI reads one: bounded before reading, strict UTF-8 (a BOM allowed), then parsed. */
export async function readScenarioFile(file: File): Promise<ParseResult> {
  if (file.size > MAX_SCENARIO_TEXT_CHARS) return { ok: false, errors: [`larger than ${MAX_SCENARIO_TEXT_CHARS} bytes`] };
  const text = utf8Text(new Uint8Array(await file.arrayBuffer()));
  return text === null ? { ok: false, errors: [NOT_UTF8] } : parseScenarioText(text);
}
