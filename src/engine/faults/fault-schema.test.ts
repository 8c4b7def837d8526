import { describe, expect, test } from 'vitest';
import { parseScenario } from '../scenario/parse-scenario.ts';
import { MAX_FAULTS } from '../scenario/schema.ts';
import { faultScenario } from './testing/fault-scenario.ts';

const errorsOf = (faults: unknown, extra: Record<string, unknown> = {}): string[] => {
  const r = parseScenario({ ...faultScenario(), faults, ...extra });
  return r.ok ? [] : r.errors;
};

describe("a scenario's faults", () => {
  test('are optional, and a valid list is kept as written', () => {
    expect(faultScenario().faults).toBeUndefined();
    const s = faultScenario({ faults: [{ atS: 10, kind: 'kernel-panic' }] });
    expect(s.faults).toEqual([{ atS: 10, kind: 'kernel-panic' }]);
  });

  test('name an existing guest as target', () => {
    expect(errorsOf([{ atS: 1, kind: 'guest-panic', target: 'nobody' }]).join()).toContain('no guest named "nobody"');
  });

  test('need a target for a kind that starts inside a guest', () => {
    expect(errorsOf([{ atS: 1, kind: 'fork-bomb' }]).join()).toContain('a fork-bomb starts inside a guest');
  });

  test('are bounded: a known kind, a time within a day, at most MAX_FAULTS', () => {
    expect(errorsOf([{ atS: 1, kind: 'meteor-strike' }])).not.toEqual([]);
    expect(errorsOf([{ atS: -1, kind: 'kernel-panic' }])).not.toEqual([]);
    expect(errorsOf([{ atS: 86_401, kind: 'kernel-panic' }])).not.toEqual([]);
    expect(errorsOf(Array.from({ length: MAX_FAULTS + 1 }, () => ({ atS: 1, kind: 'kernel-panic' })))).not.toEqual([]);
    expect(errorsOf(Array.from({ length: MAX_FAULTS }, () => ({ atS: 1, kind: 'kernel-panic' })))).toEqual([]);
  });

  test("a guest's pids limit is bounded too", () => {
    const s = faultScenario();
    const withPids = (pids: number) => ({ ...s, guests: s.guests.map((g) => ({ ...g, limits: { pids } })) });
    expect(parseScenario(withPids(512)).ok).toBe(true);
    expect(parseScenario(withPids(1)).ok).toBe(false);
  });
});
