import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadPreset } from '../engine/scenario/presets.ts';
import { parseLab, parseLabText } from './parse-lab.ts';

const step = (check: unknown) => ({ title: 'A step', instructions: 'Do *this*.', check });
const lab = (over: Record<string, unknown> = {}) => ({
  version: 1,
  id: 'tiny',
  title: 'A tiny lab',
  summary: 'One step.',
  scenario: 'classroom-default',
  steps: [step({ kind: 'command', platform: 'hosted', console: 'manager', pattern: '^ps\\b' })],
  ...over,
});
const errors = (value: unknown): string[] => {
  const r = parseLab(value, loadPreset);
  return r.ok ? [] : r.errors;
};

describe('reading a lab file', () => {
  test('a well-formed lab parses, its preset checked', () => {
    const r = parseLab(lab(), loadPreset);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.lab.steps[0]?.check.kind).toBe('command');
  });

  test('case 9: a pattern is read by RE2, which matches in linear time: look-around and back-references are refused, with why; nested repetition is fine', () => {
    const command = (pattern: string) => lab({ steps: [step({ kind: 'command', platform: 'hosted', console: 'manager', pattern })] });
    expect(errors(command('^(?=ps)'))).toEqual(['steps[0].check.pattern: not a regular expression RE2 reads: invalid or unsupported Perl syntax: `(?=` (RE2 has no look-around)']);
    expect(errors(command('^(?<!x)ps'))).toEqual(['steps[0].check.pattern: not a regular expression RE2 reads: invalid named capture: `(?<!x)ps` (RE2 has no look-around)']);
    expect(errors(command('(a)\\1'))).toEqual(['steps[0].check.pattern: not a regular expression RE2 reads: invalid escape sequence: `\\1` (RE2 has no back-references)']);
    for (const pattern of ['^\\s*ps\\b', '^\\s*xm\\s+list\\b', 'uname( -a)?', '^(a+)+$', '^(\\w|\\d)+$']) expect(errors(command(pattern)), pattern).toEqual([]);
  });

  test('a pattern with an unbalanced bracket says so, not that it has look-around', () => {
    const command = (pattern: string) => lab({ steps: [step({ kind: 'command', platform: 'hosted', console: 'manager', pattern })] });
    expect(errors(command('^(xm\\s+list'))).toEqual(['steps[0].check.pattern: not a regular expression RE2 reads: missing closing ): `^(xm\\s+list`']);
    expect(errors(command('^xm list)'))).toEqual(['steps[0].check.pattern: not a regular expression RE2 reads: unexpected ): `^xm list)`']);
  });

  test('each mistake is named by where it is in the file', () => {
    expect(
      errors(
        lab({
          version: 3,
          id: 'Bad Id',
          title: '',
          steps: [
            step({ kind: 'nope' }),
            step({ kind: 'metric', metric: 'timeS' }),
            step({ kind: 'answer', question: 'Why?', accept: ['x'], number: 3 }),
            step({ kind: 'command', platform: 'cloud', console: 'manager', pattern: '(' }),
            step({ kind: 'guest-state', platform: 'hosted', guest: 'web1', state: 'dead', colour: 'red' }),
            { title: 'No check', instructions: 'x' },
          ],
        }),
      ),
    ).toEqual([
      'version: must be 1',
      'id: lower-case letters, digits and "-", at most 40',
      'title: must not be empty',
      'steps[0].check.kind: a check with "kind" one of command, metric, guest-state, answer',
      'steps[1].check: needs "above" or "below" (or both)',
      'steps[2].check: needs exactly one of "accept", "number" or "metric"',
      'steps[3].check.platform: a platform: native, hosted, bare-metal, container',
      'steps[3].check.pattern: not a regular expression RE2 reads: missing closing ): `(`',
      'steps[4].check.state: a guest state: booting, running, stopped, crashed, refused',
      'steps[4].check: unknown field "colour"',
      'steps[5].check: missing: every step needs a check',
    ]);
  });

  test('a missing field says so', () => {
    const { summary: _, ...noSummary } = lab();
    expect(errors(noSummary)).toEqual(['summary: missing (a string is needed)']);
  });

  test('what the checks name must exist in the scenario', () => {
    expect(
      errors(
        lab({
          steps: [
            step({ kind: 'command', platform: 'hosted', console: 'web9', pattern: 'ps' }),
            step({ kind: 'guest-state', platform: 'container', guest: 'db', state: 'running' }),
            step({ kind: 'metric', metric: 'platforms.hosted.guests.web9.relativeToNative', below: 1 }),
            step({ kind: 'metric', metric: 'platforms.cloud.bootMs', below: 1 }),
            step({ kind: 'answer', question: 'How much?', metric: 'platforms.hosted.cpuMsByLayer.gpu' }),
          ],
        }),
      ),
    ).toEqual([
      'steps[0].check.console: the scenario has no guest "web9" (a guest\'s name, or "manager")',
      'steps[1].check.guest: the scenario has no guest "db"',
      'steps[2].check.metric: the scenario has no guest "web9"',
      'steps[3].check.metric: "cloud" is not a platform (native, hosted, bare-metal, container)',
      'steps[4].check.metric: "cpuMsByLayer.gpu" is not a figure of a platform (see docs/labs.md, "Metric paths")',
    ]);
  });

  test('mistakes in the format and in what the checks name are reported together', () => {
    expect(
      errors(lab({ title: '', steps: [step({ kind: 'guest-state', platform: 'hosted', guest: 'web9', state: 'running' }), step({ kind: 'metric', metric: 'timeS' })] })),
    ).toEqual(['title: must not be empty', 'steps[1].check: needs "above" or "below" (or both)', 'steps[0].check.guest: the scenario has no guest "web9"']);
  });

  test('an unknown preset, and an inline scenario with its own mistakes under "scenario"', () => {
    expect(errors(lab({ scenario: 'no-such-preset' }))).toEqual(['scenario: there is no preset named "no-such-preset"']);
    const inline = { ...(loadPreset('classroom-default') as object), guests: [{ name: 'web1', os: 'linux', vcpus: 0, memoryMiB: 1024, workload: { kind: 'web-server' } }] };
    expect(errors(lab({ scenario: inline, steps: [step({ kind: 'guest-state', platform: 'hosted', guest: 'web1', state: 'running' })] }))).toEqual([
      'scenario.guests[0].vcpus: a whole number from 1 to 64',
    ]);
  });

  test('text that is not JSON, or too large, is refused with a message', () => {
    expect(parseLabText('{ "version": 1,')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^not valid JSON/)] });
    expect(parseLabText(' '.repeat(200_001))).toEqual({ ok: false, errors: ['larger than 200000 characters'] });
  });

  test('without a preset lookup, the preset is not checked but the metric paths are', () => {
    expect(parseLab(lab({ scenario: 'anything' })).ok).toBe(true);
    expect(parseLab(lab({ steps: [step({ kind: 'metric', metric: 'speed', above: 1 })] }))).toEqual({
      ok: false,
      errors: ['steps[0].check.metric: starts with "platforms.<platform>." (or is "timeS")'],
    });
  });

  test('the complete example in docs/labs.md is a valid lab', () => {
    const doc = readFileSync(new URL('../../docs/labs.md', import.meta.url), 'utf8');
    const example = /## A complete small example\n\n```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    expect(parseLabText(example, loadPreset)).toMatchObject({ ok: true, lab: { id: 'first-look' } });
  });
});
