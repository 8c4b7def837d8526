import { describe, expect, test } from 'vitest';
import { loadPreset } from '../../../../engine/index.ts';
import { parseLab } from '../../../../labs/parse-lab.ts';
import { emptyDraft, labValueOf, type Draft } from './lab-draft.ts';

describe('the lab editor draft', () => {
  test('a filled-in draft is a lab file that labs check accepts, every kind of check', () => {
    const step = { title: 'T', instructions: 'Do it.', hints: 'one\n\n two ' };
    const draft: Draft = {
      ...emptyDraft(),
      title: 'Mine',
      summary: 'S',
      steps: [
        { ...step, kind: 'command', fields: { platform: 'hosted', console: 'manager', pattern: '^\\s*ps\\b' } },
        { ...step, kind: 'metric', fields: { metric: 'platforms.hosted.cpuMsByLayer.vmm', above: '1000', below: '' } },
        { ...step, kind: 'guest-state', fields: { platform: 'container', guest: 'win1', state: 'refused', afterS: '' } },
        { ...step, kind: 'answer', fields: { question: 'Q?', by: 'number', number: '3,5', tolerance: '0.5', accept: 'ignored' } },
        { ...step, kind: 'answer', fields: { question: 'Q?', by: 'accept', accept: 'vmm, the vmm ,' } },
      ],
    };
    const value = labValueOf(draft);
    expect(parseLab(value, loadPreset)).toMatchObject({ ok: true });
    const steps = value.steps as { hints?: string[]; check: unknown }[];
    expect(steps[0]?.hints).toEqual(['one', 'two']);
    expect(steps[1]?.check).toEqual({ kind: 'metric', metric: 'platforms.hosted.cpuMsByLayer.vmm', above: 1000 });
    expect(steps[3]?.check).toEqual({ kind: 'answer', question: 'Q?', number: 3.5, tolerance: 0.5 });
    expect(steps[4]?.check).toEqual({ kind: 'answer', question: 'Q?', accept: ['vmm', 'the vmm'] });
  });

  test('an empty draft gets the messages labs check gives', () => {
    const r = parseLab(labValueOf(emptyDraft()), loadPreset);
    expect(r.ok ? [] : r.errors).toEqual(expect.arrayContaining(['title: must not be empty', 'steps[0].instructions: must not be empty']));
  });
});
