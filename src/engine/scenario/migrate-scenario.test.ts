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

describe('version 3: workloads with parameters', () => {
  const withWorkload = (workload: Record<string, unknown>): Record<string, unknown> => {
    const s = current();
    const guests = s['guests'] as Record<string, unknown>[];
    return { ...s, guests: [{ ...guests[0], workload }, ...guests.slice(1)] };
  };

  test('a version-2 document with every kind it knew, concurrency and peer loads unchanged at version 3', () => {
    const v2 = { ...current(), version: 2 };
    const r = parseScenario(v2);
    expect(r.ok && r.scenario).toEqual({ ...v2, version: 3 });
  });

  test('the new kinds take their benchmark’s parameters', () => {
    const r = parseScenario(withWorkload({ kind: 'fio', rw: 'randwrite', bs: 4096, iodepth: 1, numjobs: 1, direct: false, fsync: 1 }));
    expect(r.ok).toBe(true);
    expect(parseScenario(withWorkload({ kind: 'ttcp', direction: 'receive', mtu: 500, messageBytes: 8192 })).ok).toBe(true);
    expect(parseScenario(withWorkload({ kind: 'osdb-oltp', writePercent: 100, concurrency: 4 })).ok).toBe(true);
  });

  test('a parameter of another kind is refused, naming what the kind takes', () => {
    const r = parseScenario(withWorkload({ kind: 'ttcp', bs: 4096 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain('guests[0].workload.bs: ttcp does not take "bs" (its parameters: direction, mtu, messageBytes, peer, operations)');
  });

  test('out-of-range parameters are refused by name', () => {
    const r = parseScenario(withWorkload({ kind: 'fio', bs: 1000 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^guests\[0\]\.workload\.bs: /);
  });
});
