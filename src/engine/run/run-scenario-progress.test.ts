import { describe, expect, test } from 'vitest';
import { loadPreset } from '../scenario/presets.ts';
import { runScenario } from './run-scenario.ts';

describe('a run reports its progress', () => {
  test('in slices that give byte-identical results, the share done rising to the end', () => {
    const scenario = loadPreset('classroom-default');
    if (!scenario) throw new Error('no classroom-default');
    const seen: number[] = [];
    const sliced = runScenario(scenario, 45, { alone: false, onProgress: (f) => seen.push(f) });
    expect(JSON.stringify(sliced)).toBe(JSON.stringify(runScenario(scenario, 45, { alone: false })));
    // 4 platforms × the slices of 10 virtual s before 45.
    expect(seen).toHaveLength(16);
    expect(seen.every((f, i) => f > (seen[i - 1] ?? 0) && f < 1)).toBe(true);
  });
});
