import { describe, expect, test } from 'vitest';
import { PlatformEngine } from './platform-engine.ts';
import { loadPreset } from './scenario/presets.ts';

describe("a platform engine's clock", () => {
  test('a time that is not a number is refused with a clear error instead of spinning for ever', () => {
    const scenario = loadPreset('classroom-default');
    if (!scenario) throw new Error('no preset');
    const engine = new PlatformEngine(scenario, 'container');
    expect(() => engine.advanceTo(Number.NaN)).toThrow(RangeError);
    engine.advanceTo(1e9);
    expect(engine.now).toBe(1e9);
  });
});
