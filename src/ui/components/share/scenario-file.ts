/** A scenario as a JSON file: saved with the browser's download, read back with the engine's validation. */
import { parseScenarioText, type ParseResult, type Scenario } from '../../../engine/index.ts';

/** Scenario files larger than this are refused before reading (the CLI's limit). */
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

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

export async function readScenarioFile(file: File): Promise<ParseResult> {
  if (file.size > MAX_SCENARIO_FILE_BYTES) return { ok: false, errors: [`${file.name}: larger than ${MAX_SCENARIO_FILE_BYTES} bytes`] };
  return parseScenarioText(await file.text());
}
