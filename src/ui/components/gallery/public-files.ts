/**
 * Fetches the JSON files the page ships in public/ (the presets gallery, the labs) when
 * they are needed, so they stay out of the page's first download. A missing, oversized or
 * malformed file becomes a message, never an exception.
 */

import { parseBoundedJson } from '../../../untrusted/bounded-json.ts';

/** No shipped file comes near this; a larger answer is refused before parsing. */
const MAX_BYTES = 1_000_000;

export type Fetched = { ok: true; value: unknown } | { ok: false; error: string };

/** `path` is relative to the page's base, e.g. "presets/gallery.json". */
export async function fetchPublicJson(path: string): Promise<Fetched> {
  let text: string;
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}${path}`);
    if (!response.ok) return { ok: false, error: `${path}: the server answered ${response.status}` };
    text = await response.text();
  } catch (e) {
    return { ok: false, error: `${path} could not be fetched (${(e as Error).message})` };
  }
  // Bounded in size and depth before parsing: a lab may be a teacher's file, not ours.
  const json = parseBoundedJson(text, MAX_BYTES);
  return json.ok ? json : { ok: false, error: `${path}: ${json.error}` };
}
