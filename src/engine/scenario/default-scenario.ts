/**
 * The scenario the page starts with, on its own: importing it pulls in one preset file,
 * not the whole gallery (the page fetches the others from public/presets/ when asked).
 */
import classroomDefault from '../../../public/presets/classroom-default.json' with { type: 'json' };
import { parseScenario } from './parse-scenario.ts';
import type { Scenario } from './schema.ts';

export const DEFAULT_SCENARIO_NAME = 'classroom-default';

/** The classroom default, validated like any other input. */
export function defaultScenario(): Scenario {
  const r = parseScenario(classroomDefault);
  if (!r.ok) throw new Error(`preset ${DEFAULT_SCENARIO_NAME} is invalid: ${r.errors.join('; ')}`);
  return r.scenario;
}
