/**
 * The labs that ship (public/labs), for tests: their ids as the index lists them, and each
 * lab parsed as the page parses it, with its scenario.
 */
import { readFileSync } from 'node:fs';
import { loadPreset } from '../../engine/scenario/presets.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import { labIndexSchema, type LabIndex } from '../lab-index.ts';
import { parseLabText, type Lab } from '../parse-lab.ts';

const LABS_DIR = new URL('../../../public/labs/', import.meta.url);

export function shippedIndex(): LabIndex {
  return labIndexSchema.parse(JSON.parse(readFileSync(new URL('index.json', LABS_DIR), 'utf8')));
}

export function shippedLab(id: string): { lab: Lab; scenario: Scenario } {
  const r = parseLabText(readFileSync(new URL(`${id}.json`, LABS_DIR), 'utf8'), loadPreset);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  const scenario = typeof r.lab.scenario === 'string' ? loadPreset(r.lab.scenario) : r.lab.scenario;
  if (!scenario) throw new Error(`no scenario for ${id}`);
  return { lab: r.lab, scenario };
}
