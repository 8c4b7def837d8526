import { describe, expect, test } from 'vitest';
import { compileName, hasWildcards, literalOf, matchesName, patternOf } from './glob-pattern.ts';

const matches = (pattern: string, name: string): boolean => matchesName(compileName(pattern), name);

describe('glob patterns', () => {
  test('* matches any string, ? one character', () => {
    expect(matches('*release*', 'redhat-release')).toBe(true);
    expect(matches('*.log', 'boot.log')).toBe(true);
    expect(matches('*.log', 'boot.log.1')).toBe(false);
    expect(matches('a*b*c', 'aXbYbZc')).toBe(true);
    expect(matches('sd?', 'sda')).toBe(true);
    expect(matches('sd?', 'sd')).toBe(false);
  });

  test('bracket expressions: sets, ranges, ! and ^ negation, ] first', () => {
    expect(matches('[0-9]*', '1234')).toBe(true);
    expect(matches('[0-9]*', 'self')).toBe(false);
    expect(matches('[!0-9]*', 'self')).toBe(true);
    expect(matches('[^0-9]*', '42')).toBe(false);
    expect(matches('sd[ab]', 'sdb')).toBe(true);
    expect(matches('sd[ab]', 'sdc')).toBe(false);
    expect(matches('[]x]', ']')).toBe(true);
    expect(matches('[', '[')).toBe(true);
    expect(matches('a[b', 'a[b')).toBe(true);
  });

  test('hidden names match only a pattern that starts with a dot', () => {
    expect(matches('*', '.bashrc')).toBe(false);
    expect(matches('?bashrc', '.bashrc')).toBe(false);
    expect(matches('[.]bashrc', '.bashrc')).toBe(false);
    expect(matches('.*', '.bashrc')).toBe(true);
  });

  test('quoted characters are escaped and then match only themselves', () => {
    const pattern = patternOf('a*b?[c]', [false, true, false, true, true, false, true]);
    expect(pattern).toBe('a\\*b\\?\\[c\\]');
    expect(hasWildcards(pattern)).toBe(false);
    expect(literalOf(pattern)).toBe('a*b?[c]');
    expect(matches('\\*', '*')).toBe(true);
    expect(matches('\\*', 'x')).toBe(false);
  });

  test('a lone [ is not a wildcard (the test command stays as it is)', () => {
    expect(hasWildcards('[')).toBe(false);
    expect(hasWildcards('/etc/*')).toBe(true);
    expect(hasWildcards('/proc/[0-9]x')).toBe(true);
  });
});
