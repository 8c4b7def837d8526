import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compileLinePattern, MAX_PATTERN, type PatternOptions } from './line-pattern.ts';

const BASIC: PatternOptions = { ignoreCase: false, fixed: false, extended: false };
const EXTENDED: PatternOptions = { ...BASIC, extended: true };

function matches(pattern: string, line: string, options: PatternOptions = BASIC): boolean {
  return compileLinePattern(pattern, options).test(line);
}

describe('compileLinePattern', () => {
  test('plain text matches anywhere in the line', () => {
    expect(matches('err', 'an error here')).toBe(true);
    expect(matches('err', 'all fine')).toBe(false);
  });

  test('dot, brackets, ranges, negation and named classes', () => {
    expect(matches('c.t', 'cut')).toBe(true);
    expect(matches('[0-9][0-9]', 'room 42')).toBe(true);
    expect(matches('[0-9][0-9]', 'room 4')).toBe(false);
    expect(matches('^[^#]', '# comment')).toBe(false);
    expect(matches('[[:digit:]]x', 'a7x')).toBe(true);
    expect(matches('[]a]', ']')).toBe(true);
  });

  test('anchors', () => {
    expect(matches('^root', 'root:x:0:0')).toBe(true);
    expect(matches('^root', 'chroot')).toBe(false);
    expect(matches('sh$', '/bin/bash')).toBe(true);
    expect(matches('a^b$c', 'xa^b$cx')).toBe(true);
  });

  test('basic syntax needs backslashes for + ? | ( ); extended does not', () => {
    expect(matches('a+', 'a+')).toBe(true);
    expect(matches('a+', 'aa')).toBe(false);
    expect(matches('a\\+', 'aa')).toBe(true);
    expect(matches('cat\\|dog', 'hotdog')).toBe(true);
    expect(matches('cat|dog', 'hotdog', EXTENDED)).toBe(true);
    expect(matches('^(ab)+$', 'ababab', EXTENDED)).toBe(true);
    expect(matches('^(ab)+$', 'ababa', EXTENDED)).toBe(false);
    expect(matches('colou?r', 'color', EXTENDED)).toBe(true);
  });

  test('-i ignores case, in classes too', () => {
    const ci = { ...BASIC, ignoreCase: true };
    expect(matches('ERROR', 'an error', ci)).toBe(true);
    expect(matches('[A-C]x', 'bX', ci)).toBe(true);
  });

  test('-F and unsupported or broken patterns are taken literally', () => {
    expect(matches('a.c', 'abc', { ...BASIC, fixed: true })).toBe(false);
    expect(matches('a{2}', 'a{2}', EXTENDED)).toBe(true);
    expect(matches('(unclosed', 'x (unclosed', EXTENDED)).toBe(true);
    expect(matches('[abc', '[abc')).toBe(true);
    expect(matches('\\1', 'x\\1')).toBe(true);
  });

  test(`patterns over ${MAX_PATTERN} characters are taken literally`, () => {
    const long = 'a.'.repeat(MAX_PATTERN);
    expect(matches(long, 'ab'.repeat(MAX_PATTERN))).toBe(false);
    expect(matches(long, long)).toBe(true);
  });

  test('catastrophic patterns for backtracking engines finish quickly', () => {
    const line = 'a'.repeat(20_000) + '!';
    const patterns = ['(a+)+$', '(a*)*b', '(a|aa)+$', '(x+x+)+y', '(.*)*(.*)*(.*)*z', '^(a?){30}a{30}$'];
    for (const p of patterns) expect(matches(p, line, EXTENDED)).toBe(false);
  });
});

/** Random extended patterns that JavaScript's RegExp reads the same way. */
const atom = fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', '[a-b]');
const pattern: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('node'), fc.constantFrom('*', '+', '?')).map(([n, q]) => `(${n})${q}`),
    fc.array(tie('node'), { minLength: 2, maxLength: 4 }).map((ns) => ns.join('')),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(${a}|${b})`),
  ),
})).node;

describe('compileLinePattern agrees with RegExp (property)', () => {
  test('on random patterns and lines', () => {
    fc.assert(
      fc.property(fc.boolean(), pattern, fc.boolean(), fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 12 }), { maxLength: 5 }), (bol, body, eol, lines) => {
        const source = `${bol ? '^' : ''}${body}${eol ? '$' : ''}`;
        fc.pre(source.length <= MAX_PATTERN);
        const ours = compileLinePattern(source, EXTENDED);
        const reference = new RegExp(source);
        for (const line of lines) expect(ours.test(line)).toBe(reference.test(line));
      }),
      { numRuns: 400 },
    );
  });
});
