import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import presetJson from '../../public/presets/classroom-default.json' with { type: 'json' };
import { parseScenario, runScenario } from '../engine/index.ts';
import { formatExplain } from './format-explain.ts';

function classroom() {
  const r = parseScenario(presetJson);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

describe('run --explain', () => {
  const out = formatExplain(runScenario(classroom(), 30), 'web1');
  const tables = out.split('\n\n').filter((block) => block.includes('share of added'));

  test("the share column is each adding part's share of the time added, as the sentence above it says; a part that takes time off has none", () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const block of tables) {
      const lines = block.split('\n');
      const sentence = lines.find((l) => l.includes(' the parts add: ')) ?? '';
      expect(sentence).not.toMatch(/[+−-]\d+ % /);
      const added = lines.find((l) => l.includes('added (the parts that add time)')) ?? '';
      expect(added).toMatch(/\+[\d.]+ µs\s+100\.0 %/);
      for (const l of lines.filter((x) => /^\s+\S.*\s−[\d.]+ µs/.test(x) && !x.includes('here'))) expect(l).not.toMatch(/%/);
      const shares = lines.filter((l) => /^\s+\S.*\s\+[\d.]+ µs\s+[\d.]+ %/.test(l) && !l.includes('added (')).map((l) => Number(/([\d.]+) %/.exec(l)?.[1]));
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    }
  });

  test("a mechanism's figure splits into its own CPU (as \"Where the time went\" shows it) and the waiting it is charged with", () => {
    // QA: Why? gave device register accesses +35009 µs where the chart gave them 1017 µs and the rest to waiting.
    // Past the VMs' boot (about 55 virtual s), so that hosted web1 has completed requests.
    const result = runScenario(classroom(), 70);
    const hosted = formatExplain(result, 'web1').split('\n\n').find((b) => b.includes('web1 on hosted')) ?? '';
    const header = hosted.split('\n').find((l) => l.trim().startsWith('part ')) ?? '';
    expect(header).toMatch(/per request\s+own CPU\s+its waiting\s+share of added/);
    const us = (text: string | undefined): number => Number((text ?? '').replace('−', '-').replace(' µs', ''));
    const figures = (label: string) => {
      const line = hosted.split('\n').find((l) => l.trim().startsWith(`${label} `)) ?? '';
      return [...line.matchAll(/[+−][\d.]+ µs/g)].map((m) => us(m[0]));
    };
    const [part, own, waiting] = figures('device register accesses');
    const cpu = (kind: 'native' | 'hosted') => result.platforms[kind].guests.find((g) => g.name === 'web1')?.timePerTransaction?.cpuUs['device-registers'] ?? 0;
    expect(own).toBeCloseTo(cpu('hosted') - cpu('native'), 1);
    expect(waiting).toBeGreaterThan(own ?? 0);
    expect((own ?? 0) + (waiting ?? 0)).toBeCloseTo(part ?? 0, 0);
    // A wait is a part of its own: neither column.
    expect(figures('waiting for the NIC')).toHaveLength(1);
  });

  test('docs/model.md quotes the sentence as the command prints it (its figures aside, which move with the model)', () => {
    const docs = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
    const quoted = /`run --explain web1`:\n\n```\n([^`]*)```/.exec(docs)?.[1] ?? '';
    const printed = formatExplain(runScenario(classroom(), 120), 'web1').split('\n').find((l) => l.includes('web1 on hosted:')) ?? '';
    const words = (text: string): string => text.replace(/\s+/g, ' ').replace(/\d+(\.\d+)?/g, 'N').trim();
    expect(words(quoted)).toBe(words(printed));
  });
});
