import { describe, expect, test } from 'vitest';
import { linePattern } from './line-pattern.ts';

describe('a command check’s pattern', () => {
  test('matches anywhere in the line, whatever the case', () => {
    const m = linePattern('^\\s*xm\\s+list\\b');
    expect(m?.('  XM list --long')).toBe(true);
    expect(m?.('xm info')).toBe(false);
    expect(linePattern('lat_syscall\\s+null')?.('lmbench; lat_syscall  null')).toBe(true);
  });

  // JavaScript's backtracking RegExp tries 2^n ways for each of these on a line that almost matches: the first froze a
  // page for 33 s at 31 characters. A line of a thousand is answered, as every line is, in one pass.
  test.each(['^(\\w|\\d)+$', '^(a|a)+$', '^(?:a|a)*$', '^(a+)+$', '(\\w*)*!', '^(\\s*ps\\s*)+$'])('%s is answered on a long line that almost matches', (pattern) => {
    const m = linePattern(pattern);
    expect(m).not.toBeNull();
    expect(m?.(`${'a'.repeat(1000)}#`)).toBe(false);
    expect(m?.('a'.repeat(1000))).toBe(!pattern.endsWith('!') && !pattern.includes('ps'));
  });
});
