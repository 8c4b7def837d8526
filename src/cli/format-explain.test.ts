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
});
