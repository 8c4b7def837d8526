import { expect, test } from 'vitest';
import { loadPreset, type Scenario } from '../engine/index.ts';
import { fittingLink } from './fitting-link.ts';
import { MAX_SHARED_LINES } from './link-limits.ts';
import { decodeShareLink } from './share-link.ts';

const BASE = 'http://127.0.0.1:5173/';
const scenario = loadPreset('classroom-default') as Scenario;
const lines = (n: number) => Array.from({ length: n }, (_, i) => ({ atNs: i, target: 'web1', line: 'ls' }));
const opened = (link: string | null) => {
  const r = decodeShareLink(link ?? '');
  if (!r.ok) throw new Error(r.error);
  return r.run;
};

test('a run that fits is offered whole', () => {
  const r = fittingLink({ scenario, commands: { hosted: lines(3) }, atNs: 5e9 }, BASE);
  expect(r.leftOut).toEqual([]);
  expect(opened(r.link)).toMatchObject({ atNs: 5e9, commands: { hosted: lines(3) } });
});

test('too many typed lines: the link leaves the commands out and keeps the virtual time, and says why', () => {
  const r = fittingLink({ scenario, commands: { hosted: lines(MAX_SHARED_LINES + 1) }, atNs: 5e9 }, BASE);
  expect(r.leftOut).toEqual(['commands']);
  expect(r.problems).toEqual([`${MAX_SHARED_LINES + 1} lines were typed on hosted, a link carries at most ${MAX_SHARED_LINES}`]);
  const run = opened(r.link);
  expect(run.atNs).toBe(5e9);
  expect(run.commands).toBeUndefined();
});

test('too many typed lines and no virtual time: the link is the setup alone', () => {
  const r = fittingLink({ scenario, commands: { hosted: lines(MAX_SHARED_LINES + 1) } }, BASE);
  expect(r.leftOut).toEqual(['commands']);
  expect(opened(r.link)).toMatchObject({ scenario: { name: 'classroom-default' } });
});

test('too many typed lines: the faults and migrations still travel, only the typed commands are left out', () => {
  const fault = { atNs: 2e9, target: 'manager', line: 'inject-fault host-kernel-panic' };
  const migrations = [{ atNs: 3e9, guest: 'web1' }];
  const r = fittingLink({ scenario, commands: { hosted: [fault, ...lines(MAX_SHARED_LINES)] }, migrations, atNs: 5e9 }, BASE);
  expect(r.leftOut).toEqual(['commands']);
  expect(opened(r.link)).toMatchObject({ atNs: 5e9, commands: { hosted: [fault] }, migrations });
});
