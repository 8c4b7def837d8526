import { describe, expect, it } from 'vitest';
import { MEMORY_SCALES, TIME_SCALES, formatClock, formatCompact, formatCpuTime, formatIn, formatMiB, formatMs, formatNumber, formatSeconds, formatShare, formatSpeed, scaleFor } from './format.ts';

describe('formatClock', () => {
  it('shows virtual time as h:mm:ss', () => {
    expect(formatClock(0)).toBe('0:00:00');
    expect(formatClock(61.9e9)).toBe('0:01:01');
    expect(formatClock((3 * 3600 + 5 * 60 + 7) * 1e9)).toBe('3:05:07');
  });
  it('reads nonsense as zero', () => {
    expect(formatClock(-5)).toBe('0:00:00');
    expect(formatClock(Number.NaN)).toBe('0:00:00');
  });
});

describe('formatShare', () => {
  it('turns a 0–1 share into a percentage with sensible precision', () => {
    expect(formatShare(0.1234)).toBe('12 %');
    expect(formatShare(0.0456)).toBe('4.6 %');
    expect(formatShare(0.0004)).toBe('<0.1 %');
    expect(formatShare(0)).toBe('0 %');
    expect(formatShare(null)).toBe('—');
  });
});

describe('figures', () => {
  it('groups large numbers and keeps three significant digits for small ones', () => {
    expect(formatNumber(7642.293)).toBe('7,642');
    expect(formatNumber(5.656)).toBe('5.66');
    expect(formatNumber(0)).toBe('0');
    expect(formatCompact(138000)).toBe('138 k');
    expect(formatCompact(2_500_000)).toBe('2.5 M');
  });
  it('formats memory and durations', () => {
    expect(formatMiB(512)).toBe('512 MiB');
    expect(formatMiB(4329)).toBe('4.2 GiB');
    expect(formatMs(35.4)).toBe('35 ms');
    expect(formatMs(1830.8)).toBe('1.83 s');
    expect(formatMs(125_000)).toBe('2 min 05 s');
    expect(formatMs(null)).toBe('—');
  });
  it('gives an axis of seconds one unit', () => {
    expect([60, 40, 20, 0].map(formatSeconds)).toEqual(['60 s', '40 s', '20 s', '0 s']);
    expect(formatSeconds(0.9)).toBe('0.9 s');
    expect(formatSeconds(48.27)).toBe('48.3 s');
  });
  it('keeps accumulated CPU time short', () => {
    expect(formatCpuTime(41_400)).toBe('41.4 s');
    expect(formatCpuTime(117_300)).toBe('117 s');
    expect(formatCpuTime(10_080_000)).toBe('2.8 h');
  });
  it('names the unbounded speed', () => {
    expect(formatSpeed(10)).toBe('10×');
    expect(formatSpeed(Infinity)).toBe('max');
  });
});

describe('one unit for figures shown together', () => {
  it('takes the unit from the largest figure, so neighbours never mix seconds and hours (issue 14 #2)', () => {
    const scale = scaleFor(TIME_SCALES, 13_680_000);
    expect(scale.unit).toBe('min');
    expect(formatIn(5_075_000, scale)).toBe('84.6 min');
    expect(formatIn(13_680_000, scale)).toBe('228 min');
    expect(formatIn(0, scale)).toBe('0 min');
  });
  it('reads the same magnitude the same way wherever it is shown', () => {
    expect(scaleFor(TIME_SCALES, 41_400).unit).toBe('s');
    expect(scaleFor(TIME_SCALES, 400).unit).toBe('ms');
    expect(scaleFor(TIME_SCALES, 40 * 3600e3).unit).toBe('h');
    expect(scaleFor(MEMORY_SCALES, 4329).unit).toBe('MiB');
    expect(scaleFor(MEMORY_SCALES, 20_480).unit).toBe('GiB');
    expect(formatIn(544, scaleFor(MEMORY_SCALES, 4329))).toBe('544 MiB');
    expect(formatIn(null, scaleFor(MEMORY_SCALES, 1))).toBe('—');
  });
});
