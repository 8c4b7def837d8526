import { describe, expect, it } from 'vitest';
import { parseScenario, loadPreset } from '../../../engine/index.ts';
import { errorIdFor, errorsAt, errorsByPath, unclaimedErrors } from './error-paths.ts';

describe('error paths', () => {
  it('keys each engine message by its field path', () => {
    const map = errorsByPath(['guests[1].memoryMiB: a whole number from 64 to 1048576', 'host.cores: Invalid', 'guests[1].memoryMiB: second']);
    expect(errorsAt(map, 'guests[1].memoryMiB')).toEqual(['a whole number from 64 to 1048576', 'second']);
    expect(errorsAt(map, 'host.cores')).toEqual(['Invalid']);
    expect(errorsAt(map, 'guests[0].name')).toEqual([]);
  });

  it('reads the paths the engine really produces, platform names with a dash included', () => {
    const base = loadPreset('classroom-default');
    if (!base) throw new Error('preset missing');
    const bad = {
      ...base,
      guests: base.guests.map((g, i) => (i === 1 ? { ...g, memoryMiB: 10 } : g)),
      platforms: { ...base.platforms, 'bare-metal': { ...base.platforms['bare-metal'], product: 'docker' } },
    };
    const r = parseScenario(bad);
    expect(r.ok).toBe(false);
    const map = errorsByPath(r.ok ? [] : r.errors);
    expect(errorsAt(map, 'guests[1].memoryMiB')).toHaveLength(1);
    expect(errorsAt(map, 'platforms.bare-metal.product')[0]).toMatch(/container product/);
  });

  it('lists the messages no field shows', () => {
    const map = errorsByPath(['(scenario): Unrecognized key: "extra"', 'host.cores: Invalid', 'no path here']);
    expect(unclaimedErrors(map, new Set(['host.cores']))).toEqual(['Unrecognized key: "extra"', 'no path here']);
  });

  it('makes a safe element id of a path', () => {
    expect(errorIdFor('platforms.bare-metal.product')).toBe('err-platforms_bare-metal_product');
    expect(errorIdFor('guests[1].name')).toBe('err-guests_1__name');
  });
});
