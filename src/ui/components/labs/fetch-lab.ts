/**
 * Reads labs into the page: the shipped ones from public/labs/ (the index, and one lab by
 * id), and a teacher's from a file or a link. Everything goes the same way and gets the
 * same messages as `npm run -s cli -- labs check`: bounded JSON, the lab parser, an inline
 * scenario through the engine's parseScenario, a preset fetched from the gallery, and what
 * the checks name checked against that scenario. Each message starts with where the lab
 * came from (`my-lab.json: steps[0].check.state: …`).
 */
import type { Scenario } from '../../../engine/index.ts';
import { isLabId, labIndexSchema, type LabIndexEntry } from '../../../labs/lab-index.ts';
import { MAX_LAB_BYTES, parseLab, type Lab } from '../../../labs/parse-lab.ts';
import { parseBoundedJson } from '../../../untrusted/bounded-json.ts';
import { fetchPreset, type Loaded } from '../gallery/gallery-index.ts';
import { fetchPublicJson } from '../gallery/public-files.ts';

export type LoadedLab = Loaded<{ lab: Lab; scenario: Scenario }>;

export async function fetchLabIndex(): Promise<Loaded<readonly LabIndexEntry[]>> {
  const f = await fetchPublicJson('labs/index.json');
  if (!f.ok) return { ok: false, errors: [f.error] };
  const r = labIndexSchema.safeParse(f.value);
  return r.success ? { ok: true, value: r.data.labs } : { ok: false, errors: ['labs/index.json is malformed'] };
}

export async function fetchLab(id: string): Promise<LoadedLab> {
  if (!isLabId(id)) return { ok: false, errors: ['a lab id is lower-case letters, digits and "-"'] };
  const f = await fetchPublicJson(`labs/${id}.json`);
  if (!f.ok) return { ok: false, errors: [(await noSuchLab(id)) ?? f.error] };
  return readLab(f.value, `labs/${id}.json`);
}

/**
 * What to say when a lab's file could not be read: that there is no such lab, naming those there are, when
 * the index does not list it. A server answers a missing file with a 404, or with the page itself (a
 * static host's fallback to index.html), which is not JSON; either way the index tells which it was.
 */
async function noSuchLab(id: string): Promise<string | null> {
  const index = await fetchLabIndex();
  if (!index.ok || index.value.some((l) => l.id === id)) return null;
  return `there is no lab "${id}". The labs are: ${index.value.map((l) => l.id).join(', ')} (the toolbar's Labs lists them with what each is about)`;
}

/** A lab file's text (from a file a person chose, or a link): `where` names it in the messages. */
export async function readLabText(text: string, where: string): Promise<LoadedLab> {
  const json = parseBoundedJson(text, MAX_LAB_BYTES);
  return json.ok ? readLab(json.value, where) : { ok: false, errors: [`${where}: ${json.error}`] };
}

/** A parsed lab file, validated with its scenario: a preset it names is fetched first, so the checks are checked against it. */
export async function readLab(value: unknown, where: string): Promise<LoadedLab> {
  const name = typeof value === 'object' && value !== null ? (value as { scenario?: unknown }).scenario : undefined;
  const preset = typeof name === 'string' && isLabId(name) ? await fetchPreset(name) : null;
  const parsed = parseLab(value, (n) => (preset?.ok && n === name ? preset.value : undefined));
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => `${where}: ${e}`) };
  const { lab } = parsed;
  if (typeof lab.scenario !== 'string') return { ok: true, value: { lab, scenario: lab.scenario } };
  return preset?.ok ? { ok: true, value: { lab, scenario: preset.value } } : { ok: false, errors: [`${where}: scenario: there is no preset named "${lab.scenario}"`] };
}
