/**
 * The session this browser saved: the run as two share-link fragments — the one put in the
 * address bar (scenario and view) and the whole run (with the typed lines and the virtual
 * instant). Kept in link form so that on reload it is read back through the same decoder,
 * limits and schema as any link from outside.
 */
import { forgetSaved, readSaved, writeSaved } from './browser-storage.ts';

const NAME = 'session';
/** The record's format; a link inside it carries its own version too. */
const VERSION = 1;
/** No fragment the page writes is longer (the link decoder caps the data itself). */
const MAX_FRAGMENT_CHARS = 40_000;

export interface SavedSession {
  /** The fragment the page last put in the address bar. */
  readonly address: string;
  /** The fragment of the whole run. */
  readonly run: string;
}

const isFragment = (v: unknown): v is string => typeof v === 'string' && v.startsWith('#') && v.length <= MAX_FRAGMENT_CHARS;

export function readSavedSession(): SavedSession | null {
  const value = readSaved(NAME, VERSION);
  if (typeof value !== 'object' || value === null) return null;
  const { address, run } = value as Record<string, unknown>;
  return isFragment(address) && isFragment(run) ? { address, run } : null;
}

export function writeSavedSession(session: SavedSession): void {
  writeSaved(NAME, VERSION, session);
}

export function forgetSavedSession(): void {
  forgetSaved(NAME);
}

/**
 * What the page opens with: a link in the address, unless it is the one this browser put
 * there itself — then the saved session, which has more (the typed lines, the instant).
 * With no link, the saved session if any.
 */
export function openingFragment(hash: string, saved: SavedSession | null): { fragment: string; from: 'link' | 'saved' } | null {
  if (hash.length > 1 && hash !== saved?.address) return { fragment: hash, from: 'link' };
  return saved ? { fragment: saved.run, from: 'saved' } : null;
}
