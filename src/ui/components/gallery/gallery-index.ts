/**
 * The presets gallery (public/presets/gallery.json): for each ready scenario its name (its
 * file is public/presets/<name>.json), a title, a paragraph on what it shows and tags.
 * Fetched and validated like any input; a preset's file goes through the engine's own
 * parseScenario.
 */
import { z } from 'zod';
import { parseScenario, type Scenario } from '../../../engine/index.ts';
import { isSlug } from '../../../labs/lab-schema.ts';
import { fetchPublicJson } from './public-files.ts';

const galleryEntry = z.strictObject({
  name: z.string().refine(isSlug),
  title: z.string().min(1).max(100),
  description: z.string().min(1).max(1500),
  tags: z.array(z.string().min(1).max(40)).max(12),
});

export const galleryIndexSchema = z.strictObject({ presets: z.array(galleryEntry).min(1).max(200) });

export type GalleryEntry = z.infer<typeof galleryEntry>;

export type Loaded<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export async function fetchGallery(): Promise<Loaded<readonly GalleryEntry[]>> {
  const f = await fetchPublicJson('presets/gallery.json');
  if (!f.ok) return { ok: false, errors: [f.error] };
  const r = galleryIndexSchema.safeParse(f.value);
  return r.success ? { ok: true, value: r.data.presets } : { ok: false, errors: ['presets/gallery.json is malformed'] };
}

/** A preset's scenario, fetched from public/presets/ and validated. */
export async function fetchPreset(name: string): Promise<Loaded<Scenario>> {
  if (!isSlug(name)) return { ok: false, errors: [`"${name}" is not a preset name`] };
  const f = await fetchPublicJson(`presets/${name}.json`);
  if (!f.ok) return { ok: false, errors: [f.error] };
  const r = parseScenario(f.value);
  return r.ok ? { ok: true, value: r.scenario } : { ok: false, errors: r.errors.map((e) => `presets/${name}.json: ${e}`) };
}
