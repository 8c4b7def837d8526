import { describe, expect, it } from 'vitest';
import { NS_PER_S } from '../../sim/units.ts';
import { parseByteSize, parseCount, parseDurationNs } from './option-values.ts';

describe('option values', () => {
  it('reads counts and caps absurd ones', () => {
    expect(parseCount('16')).toBe(16);
    expect(parseCount('99999999999')).toBe(10_000_000);
    expect(parseCount('200', 64)).toBe(64);
    expect(parseCount('-1')).toBeNull();
    expect(parseCount('4x')).toBeNull();
  });

  it('reads durations with s, m, h suffixes, capped at an hour', () => {
    expect(parseDurationNs('10')).toBe(10 * NS_PER_S);
    expect(parseDurationNs('1.5m')).toBe(90 * NS_PER_S);
    expect(parseDurationNs('2d')).toBe(3600 * NS_PER_S);
    expect(parseDurationNs('soon')).toBeNull();
  });

  it('reads dd block sizes', () => {
    expect(parseByteSize('4k')).toBe(4096);
    expect(parseByteSize('1M')).toBe(1_048_576);
    expect(parseByteSize('1MB')).toBe(1_000_000);
    expect(parseByteSize('512')).toBe(512);
    expect(parseByteSize('0')).toBeNull();
    expect(parseByteSize('1Q')).toBeNull();
  });
});
