/**
 * Older scenario documents, brought up to the current format before validation: a chain
 * of one-step migrations (v1 → v2 → …), so a file or link written by an older VirtScope
 * still loads. A migration only reshapes the document; the schema judges the result.
 */
import { quoted } from '../../untrusted/clean-line.ts';
import { SCENARIO_VERSION } from './schema.ts';

/** The oldest format version still read. */
export const OLDEST_SCENARIO_VERSION = 1;

type Document = Readonly<Record<string, unknown>>;

/** MIGRATIONS[v] turns a version-v document into a version-(v + 1) one. */
const MIGRATIONS: Readonly<Record<number, (doc: Document) => Document>> = {
  // Version 2 only adds optional fields (guest limits, faults, networking): a v1 document is a valid v2 one.
  1: (doc) => ({ ...doc, version: 2 }),
  // Version 3 adds workload kinds and their parameters (fio, ttcp, netperf …): a v2 document is a valid v3 one.
  2: (doc) => ({ ...doc, version: 3 }),
};

export type MigrationResult = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * The document migrated to SCENARIO_VERSION, or why its version cannot be read. Input that
 * is not an object is passed through for the schema to describe.
 */
export function migrateScenario(value: unknown): MigrationResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: true, value };
  let doc = value as Document;
  const version: unknown = doc['version'];
  const known = `this VirtScope reads versions ${OLDEST_SCENARIO_VERSION} to ${SCENARIO_VERSION}`;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return { ok: false, error: `version: must be a whole number (${known}), not ${describe(version)}` };
  if (version > SCENARIO_VERSION)
    return { ok: false, error: `version: ${version} is newer than ${known}; open it with a newer VirtScope` };
  if (version < OLDEST_SCENARIO_VERSION) return { ok: false, error: `version: ${version} is unknown (${known})` };
  for (let v = version; v < SCENARIO_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from scenario version ${v}`);
    doc = step(doc);
  }
  return { ok: true, value: doc };
}

/** A short, safe description of a value from outside: never serialized whole (it may be huge, or nested thousands deep). */
function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return v === null ? 'null' : 'an object';
  if (typeof v === 'string') return quoted(v, 20);
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : typeof v;
}
