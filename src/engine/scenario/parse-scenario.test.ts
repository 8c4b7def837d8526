import { describe, expect, test } from 'vitest';
import presetJson from '../../../public/presets/classroom-default.json' with { type: 'json' };
import { parseScenario, parseScenarioText } from './parse-scenario.ts';
import { SCENARIO_VERSION } from './schema.ts';

/** A deep copy of the preset as plain JSON, for breaking one field at a time. */
type Json = Record<string, unknown> & { host: Record<string, unknown>; guests: Record<string, unknown>[] };
function raw(): Json {
  return JSON.parse(JSON.stringify(presetJson)) as Json;
}

function errorsOf(value: unknown): string[] {
  const r = parseScenario(value);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.errors;
}

describe('parseScenario', () => {
  test('the classroom-default preset parses, unchanged', () => {
    const r = parseScenario(raw());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario).toEqual(presetJson);
  });

  test('the preset also parses from its JSON text', () => {
    expect(parseScenarioText(JSON.stringify(presetJson)).ok).toBe(true);
  });

  test('a name or description with control characters or text-direction marks is refused, the field named; line breaks stay allowed in a description', () => {
    const s = raw();
    s['name'] = 'abc\u202egnp.exe';
    s['description'] = 'two\nlines\u0000';
    const errors = errorsOf(s);
    expect(errors.some((e) => e.startsWith('name') && e.includes('text-direction marks'))).toBe(true);
    expect(errors.some((e) => e.startsWith('description') && e.includes('control characters'))).toBe(true);
    expect(parseScenario({ ...raw(), description: 'two\nlines\tand a tab' }).ok).toBe(true);
    expect(errorsOf({ ...raw(), name: 'x'.repeat(81) }).join()).toContain('at most 80 characters');
  });

  test('a too-small guest memory names the field path', () => {
    const s = raw();
    (s.guests[0] as Record<string, unknown>)['memoryMiB'] = 10;
    const errors = errorsOf(s);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^guests\[0\]\.memoryMiB: /);
    expect(errors[0]).toContain('64');
  });

  test('an unknown field names the object it was found in and the key', () => {
    const s = raw();
    s.host['gpu'] = 'yes';
    const errors = errorsOf(s);
    expect(errors[0]).toMatch(/^host: /);
    expect(errors[0]).toContain('"gpu"');
  });

  test('an unknown top-level field is reported against the scenario itself', () => {
    const errors = errorsOf({ ...raw(), colour: 'blue' });
    expect(errors[0]).toMatch(/^\(scenario\): .*"colour"/);
  });

  test('a guest name that is not a hostname is rejected at its path', () => {
    const s = raw();
    (s.guests[1] as Record<string, unknown>)['name'] = '<script>';
    const errors = errorsOf(s);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^guests\[1\]\.name: .*hostname/);
  });

  test('duplicate guest names (ignoring case) are rejected at both guests, each naming the other: the one renamed is marked whichever it is', () => {
    const s = raw();
    (s.guests[2] as Record<string, unknown>)['name'] = 'WEB1';
    expect(errorsOf(s)).toEqual(['guests[2].name: "WEB1" is also the name of guests[0]', 'guests[0].name: "web1" is also the name of guests[2]']);
  });

  test('several problems give one message each', () => {
    const s = raw();
    (s.guests[0] as Record<string, unknown>)['memoryMiB'] = 10;
    (s.guests[1] as Record<string, unknown>)['vcpus'] = 0;
    const errors = errorsOf(s);
    expect(errors).toHaveLength(2);
    expect(errors.some((e) => e.startsWith('guests[0].memoryMiB: '))).toBe(true);
    expect(errors.some((e) => e.startsWith('guests[1].vcpus: '))).toBe(true);
  });

  test('an unknown workload or CPU is rejected at its path', () => {
    const s = raw();
    (s.guests[0] as { workload: Record<string, unknown> }).workload['kind'] = 'mining';
    s.host['cpu'] = 'pentium-1993';
    const errors = errorsOf(s);
    expect(errors.some((e) => e.startsWith('guests[0].workload.kind: '))).toBe(true);
    expect(errors.some((e) => e.startsWith('host.cpu: '))).toBe(true);
  });

  test('a scenario needs at least one guest and the current version', () => {
    expect(errorsOf({ ...raw(), guests: [] })[0]).toMatch(/^guests: /);
    expect(errorsOf({ ...raw(), version: SCENARIO_VERSION + 1 })[0]).toMatch(/^version: /);
  });

  test('a JSON syntax error is reported as such, not thrown', () => {
    const r = parseScenarioText('{"version": 2,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.stringMatching(/^not valid JSON: /) as unknown]);
  });

  test('input that is not an object is rejected, not thrown', () => {
    expect(errorsOf(null)[0]).toMatch(/^\(scenario\): /);
    expect(errorsOf('classroom')[0]).toMatch(/^\(scenario\): /);
  });

  test('case 1: a document nested 5,000 deep is refused, not thrown, as a value or as text', () => {
    const text = `{"version": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(errorsOf(JSON.parse(text))[0]).toMatch(/nested deeper than \d+ levels/);
    const r = parseScenarioText(text);
    expect(!r.ok && r.errors[0]).toMatch(/nested deeper than \d+ levels/);
  });

  test('case 4: unknown keys are listed with a cap, each key cut short and escaped', () => {
    const keys = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`${'k'.repeat(500)}${i}\u0007`, i]));
    const errors = errorsOf({ ...raw(), ...keys });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.length).toBeLessThanOrEqual(200);
    expect(errors[0]).toMatch(/^\(scenario\): unknown fields "k+…", .* and \d+ more$/);
  });

  describe('messages in plain words, one per problem (a QA pass read zod\'s)', () => {
    const guest0 = (field: string, value: unknown): Json => {
      const s = raw();
      (s.guests[0] as Record<string, unknown>)[field] = value;
      return s;
    };

    test.each([
      ['empty (NaN, as an emptied number box gives)', Number.NaN],
      ['a fraction', 2.5],
      ['text', '2'],
      ['too big', 65],
      ['missing', undefined],
    ])('a guest\'s vCPUs %s: a whole number from 1 to 64', (_, value) => {
      expect(errorsOf(guest0('vcpus', value))).toEqual(['guests[0].vcpus: a whole number from 1 to 64']);
    });

    test('a host\'s cores, empty or a fraction: a whole number and its range', () => {
      const s = raw();
      s.host['cores'] = Number.NaN;
      expect(errorsOf(s)).toEqual(['host.cores: a whole number from 1 to 128']);
      s.host['cores'] = 2.5;
      expect(errorsOf(s)).toEqual(['host.cores: a whole number from 1 to 128']);
    });

    test('a huge seed or memory gives one message with the real limit, not the largest safe integer', () => {
      expect(errorsOf({ ...raw(), seed: 1e20 })).toEqual(['seed: a whole number from 0 to 4294967295']);
      expect(errorsOf(guest0('memoryMiB', 1e20))).toEqual(['guests[0].memoryMiB: a whole number from 64 to 1048576']);
    });

    test('an unknown workload names every kind, the parameterised ones too, on one line', () => {
      const [message] = errorsOf({ ...raw(), guests: [{ ...raw().guests[0], workload: { kind: 'x' } }] });
      expect(message).toMatch(/^guests\[0\]\.workload\.kind: unknown workload "x" \(kinds: cpu-int, .*, fio, ttcp, netperf, forkwait, specweb, osdb-oltp\)$/);
      expect(message).not.toContain('\n');
    });

    test('a value that cannot be a choice is quoted and cut short, the choices still whole', () => {
      const [message] = errorsOf(guest0('os', `${'w'.repeat(500)}\u001b[2J`));
      expect(message).toMatch(/^guests\[0\]\.os: unknown OS "w+…" \(one of: [^…]+\)$/);
    });

    test('a missing or wrongly shaped part, and the guests list\'s bounds, in words', () => {
      const { host: _, ...noHost } = raw();
      expect(errorsOf(noHost)).toEqual(['host: missing']);
      expect(errorsOf({ ...raw(), host: 5 })).toEqual(['host: should be a group of fields in { }']);
      expect(errorsOf({ ...raw(), guests: [] })).toEqual(['guests: a scenario needs at least one guest']);
    });
  });
});
