import { describe, expect, test } from 'vitest';
import { loadPreset } from './presets.ts';
import { migrateScenario, OLDEST_SCENARIO_VERSION } from './migrate-scenario.ts';
import { parseScenario } from './parse-scenario.ts';
import { SCENARIO_VERSION } from './schema.ts';

const current = (): Record<string, unknown> => structuredClone(loadPreset('classroom-default')) as Record<string, unknown>;

describe('scenario migrations', () => {
  test('a version-1 document loads as the same scenario at the current version', () => {
    const r = parseScenario({ ...current(), version: 1 });
    expect(r.ok && r.scenario).toEqual({ ...current(), version: SCENARIO_VERSION });
  });

  test('every version from the oldest read to the current one migrates', () => {
    for (let v = OLDEST_SCENARIO_VERSION; v <= SCENARIO_VERSION; v++) {
      const r = migrateScenario({ ...current(), version: v });
      expect(r.ok && (r.value as { version: number }).version).toBe(SCENARIO_VERSION);
    }
  });

  test('migrating does not touch the input', () => {
    const v1 = { ...current(), version: 1 };
    migrateScenario(v1);
    expect(v1.version).toBe(1);
  });

  test('a version newer than known says so, and which versions are read', () => {
    const r = parseScenario({ ...current(), version: SCENARIO_VERSION + 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([`version: ${SCENARIO_VERSION + 1} is newer than this VirtScope reads versions 1 to ${SCENARIO_VERSION}; open it with a newer VirtScope`]);
  });

  test('a version that is missing, not a number or not whole is named as such', () => {
    const errorOf = (version: unknown): string => {
      const r = migrateScenario({ ...current(), version });
      return r.ok ? 'ok' : r.error;
    };
    expect(errorOf(undefined)).toMatch(/^version: must be a whole number .*, not missing$/);
    expect(errorOf('2')).toMatch(/not "2"$/);
    expect(errorOf(1.5)).toMatch(/not 1\.5$/);
    expect(errorOf(0)).toMatch(/^version: 0 is unknown/);
  });

  test('input that is not an object is left for the schema to describe', () => {
    expect(migrateScenario(null)).toEqual({ ok: true, value: null });
    expect(migrateScenario([1])).toEqual({ ok: true, value: [1] });
  });
});
