/**
 * What the page keeps per browser (localStorage): each value under `virtscope.<name>`,
 * wrapped with the version of its format, so a format change reads older values as absent
 * (or migrates them) instead of misreading them. Storage is another page's input as much as
 * a link is: it may have been edited or filled by an older VirtScope, so it is read as
 * bounded JSON and each caller validates the value it gets. Storage may also be missing or
 * refuse access (private mode, a sandboxed frame, a full quota): then nothing is kept and
 * the page works as before.
 *
 * This is the one place the page's state meets localStorage: the theme, the session
 * (scenario, typed lines, view), whether the tour was seen, each lab's progress and the lab
 * editor's draft keep their value here under their own name.
 */
import { parseBoundedJson } from '../../untrusted/bounded-json.ts';

const PREFIX = 'virtscope.';
/** A saved value's largest size read back: a 64-guest scenario with a full command script is well under. */
const MAX_SAVED_CHARS = 512 * 1024;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // a sandboxed frame throws on the mere access
  }
}

/**
 * The value saved under `name` in format `version`, or undefined (none, another version,
 * unreadable). A value written before this wrapper existed (a bare string or JSON under the
 * same key) is handed to `legacy`, whose answer the caller validates like any other.
 */
export function readSaved(name: string, version: number, legacy?: (text: string) => unknown): unknown {
  let text: string | null;
  try {
    text = storage()?.getItem(PREFIX + name) ?? null;
  } catch {
    return undefined;
  }
  if (text === null || text.length > MAX_SAVED_CHARS) return undefined;
  const json = parseBoundedJson(text, MAX_SAVED_CHARS);
  const wrapped = json.ok && typeof json.value === 'object' && json.value !== null && 'v' in json.value && 'value' in json.value;
  if (!wrapped) return legacy?.(text);
  const { v, value } = json.value as { v: unknown; value: unknown };
  return v === version ? value : undefined;
}

/** For `readSaved`'s `legacy`: an old value that was bare JSON, parsed with the same bounds. */
export function legacyJson(text: string): unknown {
  const json = parseBoundedJson(text, MAX_SAVED_CHARS);
  return json.ok ? json.value : undefined;
}

/** Saves `value` (JSON) under `name` in format `version`; quietly keeps nothing if storage refuses. */
export function writeSaved(name: string, version: number, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + name, JSON.stringify({ v: version, value }));
  } catch {
    // Quota or access refused: the page keeps working; this value is not kept.
  }
}

export function forgetSaved(name: string): void {
  try {
    storage()?.removeItem(PREFIX + name);
  } catch {
    // Nothing to forget where nothing could be kept.
  }
}
