import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliInProcess } from './testing/cli-in-process.ts';

// In-process: a subprocess per case takes seconds on a busy machine.
const labs = (...args: string[]) => cliInProcess(['labs', ...args]);

const labFile = (value: unknown): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'virtscope-lab-')), 'lab.json');
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};

describe('cli labs', () => {
  test('lists the shipped labs with their ids and titles', () => {
    const r = labs();
    expect(r.status).toBe(0);
    for (const id of ['three-architectures', 'io-cost', 'bt-vs-hardware-assist', 'density', 'blast-radius', 'windows-container']) expect(r.stdout).toMatch(new RegExp(`^${id}\\s+\\S`, 'm'));
    expect(r.stdout).toContain('#lab=three-architectures');
  });

  test('check: a shipped lab is fine', () => {
    const r = labs('check', 'public/labs/blast-radius.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('public/labs/blast-radius.json: ok: "The blast radius of a fault", 9 steps (guest-state, guest-state, guest-state, guest-state, guest-state, guest-state, guest-state, answer, answer)\n');
  });

  test('check: every mistake, each with where it is, and exit status 2', () => {
    const file = labFile({
      version: 1,
      id: 'broken',
      title: 'Broken',
      summary: 'x',
      scenario: 'classroom-default',
      steps: [
        { title: 'a', instructions: 'x', check: { kind: 'guest-state', platform: 'hosted', guest: 'web1', state: 'asleep' } },
        { title: 'b', instructions: '', check: { kind: 'metric', metric: 'platforms.hosted.bootMs' } },
      ],
    });
    const r = labs('check', file);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      [
        `${file}: steps[0].check.state: a guest state: booting, running, stopped, crashed, refused`,
        `${file}: steps[1].instructions: must not be empty`,
        `${file}: steps[1].check: needs "above" or "below" (or both)`,
        '3 mistakes',
        '',
      ].join('\n'),
    );
  });

  test('check: a file that is not JSON, or not there', () => {
    expect(labs('check', labFile('{ nope')).stderr).toMatch(/lab\.json: not valid JSON/);
    const missing = labs('check', 'no/such/lab.json');
    expect([missing.status, missing.stderr]).toEqual([2, 'virtscope: no/such/lab.json: no such file\n']);
  });

  test('check without a file, or another sub-command', () => {
    expect(labs('check').stderr).toBe('virtscope: labs check takes one lab file\n');
    expect(labs('grade').stderr).toBe('virtscope: unknown labs command "grade" (labs, or labs check <file>)\n');
  });
});
