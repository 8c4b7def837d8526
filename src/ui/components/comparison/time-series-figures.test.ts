import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '../../store/playground-state.ts';
import { alignSeries, figureChoices } from './time-series-figures.ts';

const point = (tS: number, exits: number, idle = 0.5): SeriesPoint => ({ tS, exitsPerSecond: exits, cpuShareByLayer: { idle }, throughputByGuest: Float64Array.of(tS * 10, NaN) });

describe('time series figures', () => {
  it('aligns columns on the union of their times, with gaps', () => {
    const a = alignSeries({ native: [point(1, 0), point(2, 0)], hosted: [point(2, 50)], 'bare-metal': [], container: [point(1.0000001, 3)] }, (p) => p.exitsPerSecond);
    expect(a.times).toEqual([1, 2]);
    expect(a.values.hosted).toEqual([null, 50]);
    expect(a.values.container).toEqual([3, null]);
    expect(a.values['bare-metal']).toEqual([null, null]);
  });

  it('offers busy CPU, exits, each guest and each non-idle layer', () => {
    const choices = figureChoices(['web1', 'idle1'], ['guest-user', 'idle']);
    expect(choices.map((c) => c.id)).toEqual(['busy', 'exits', 'tput:web1', 'tput:idle1', 'layer:guest-user']);
    expect(choices[0]?.read(point(1, 0, 0.25))).toBe(75);
    expect(choices[2]?.read(point(3, 0))).toBe(30);
    // A guest the engine gave no figure for is a gap, not a zero.
    expect(choices[3]?.read(point(3, 0))).toBeNull();
  });
});
