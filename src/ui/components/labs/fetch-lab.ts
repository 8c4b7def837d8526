/**
 * Fetches the shipped labs from public/labs/: the index, and one lab with its scenario
 * (a preset is fetched from the gallery). Everything is validated: the lab with the same
 * parser the CLI's `labs check` uses, its scenario with the engine's parseScenario, and
 * what the checks name against that scenario.
 */
import type { Scenario } from '../../../engine/index.ts';
import { isLabId, labIndexSchema, type LabIndexEntry } from '../../../labs/lab-index.ts';
import { labReferenceProblems, parseLab, type Lab } from '../../../labs/parse-lab.ts';
import { fetchPreset, type Loaded } from '../gallery/gallery-index.ts';
import { fetchPublicJson } from '../gallery/public-files.ts';

export async function fetchLabIndex(): Promise<Loaded<readonly LabIndexEntry[]>> {
  const f = await fetchPublicJson('labs/index.json');
  if (!f.ok) return { ok: false, errors: [f.error] };
  const r = labIndexSchema.safeParse(f.value);
  return r.success ? { ok: true, value: r.data.labs } : { ok: false, errors: ['labs/index.json is malformed'] };
}

export async function fetchLab(id: string): Promise<Loaded<{ lab: Lab; scenario: Scenario }>> {
  if (!isLabId(id)) return { ok: false, errors: ['a lab id is lower-case letters, digits and "-"'] };
  const f = await fetchPublicJson(`labs/${id}.json`);
  if (!f.ok) return { ok: false, errors: [f.error.includes('404') ? `there is no lab "${id}"` : f.error] };
  const parsed = parseLab(f.value);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => `labs/${id}.json: ${e}`) };
  const { lab } = parsed;
  let scenario: Scenario;
  if (typeof lab.scenario === 'string') {
    const preset = await fetchPreset(lab.scenario);
    if (!preset.ok) return preset;
    scenario = preset.value;
  } else scenario = lab.scenario;
  const problems = labReferenceProblems(lab.steps, scenario);
  return problems.length > 0 ? { ok: false, errors: problems.map((e) => `labs/${id}.json: ${e}`) } : { ok: true, value: { lab, scenario } };
}
