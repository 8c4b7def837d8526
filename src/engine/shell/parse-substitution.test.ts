import { describe, expect, test } from 'vitest';
import { MAX_SUBSTITUTION_DEPTH, parseLine, type ParseOptions, type ParseResult } from './parse-line.ts';

const posix: ParseOptions = { env: new Map([['NAME', 'world']]) };

function ok(result: ParseResult) {
  if (!result.ok) throw new Error(result.error);
  return result.steps;
}

function error(result: ParseResult): string {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('parseLine, command substitution', () => {
  test('each step lists the commands of its own substitutions; operators inside do not split the line', () => {
    const steps = ok(parseLine('echo $(a; b | c) `d && e`; ls "$(f)" && echo none', posix));
    expect(steps.map((s) => s.substitutions)).toEqual([['a; b | c', 'd && e'], ['f'], []]);
    expect(steps.map((s) => s.source)).toEqual(['echo $(a; b | c) `d && e`', 'ls "$(f)"', 'echo none']);
  });

  test('only the outermost substitutions are listed; backquotes lose the backslash before $ ` and \\', () => {
    const steps = ok(parseLine('echo $(x $(y) ")" \')\') `p \\`q\\` \\$R \\n`', posix));
    expect(steps[0]?.substitutions).toEqual([`x $(y) ")" ')'`, 'p `q` $R \\n']);
  });

  test('before it runs, a substitution is a word still to come, not an empty one', () => {
    const steps = ok(parseLine('$(echo ls) | wc', posix));
    expect(steps[0]?.stages.length).toBe(2);
  });

  test('with the outputs: trailing newlines go; unquoted, the output is split at blanks and newlines and may match files', () => {
    const steps = ok(parseLine('echo x$(a)y "$(a)" $(b)', { ...posix, substitutions: ['1  2\n3\n\n', '1  2\n3\n', ' *.log '] }));
    expect(steps[0]?.stages[0]).toEqual(['echo', 'x1', '2', '3y', '1  2\n3', '*.log']);
    expect(steps[0]?.words[0]?.at(-1)?.pattern).toBe('*.log');
  });

  test('an assignment keeps its value whole and unexpanded', () => {
    const steps = ok(parseLine('X=$(a) echo', { ...posix, substitutions: ['1 *\n2'] }));
    expect(steps[0]?.words[0]?.[0]).toEqual({ text: 'X=1 *\n2', pattern: null });
  });

  test('a syntax error inside refuses the line; so do nesting past the bound and arithmetic', () => {
    expect(error(parseLine('echo $(while true)', posix))).toContain('loops and compound commands');
    const deep = 'echo ' + '$('.repeat(MAX_SUBSTITUTION_DEPTH + 1) + 'x' + ')'.repeat(MAX_SUBSTITUTION_DEPTH + 1);
    expect(error(parseLine(deep, posix))).toBe(`command substitutions nested too deep (max ${MAX_SUBSTITUTION_DEPTH})`);
    expect(ok(parseLine('echo ' + '$('.repeat(MAX_SUBSTITUTION_DEPTH) + 'x' + ')'.repeat(MAX_SUBSTITUTION_DEPTH), posix))).toHaveLength(1);
  });

  test('a pasted line of thousands of unclosed openings is refused without exhausting the stack', () => {
    expect(error(parseLine('echo ' + '"$('.repeat(20_000), posix))).toBe("unexpected EOF while looking for matching `)'");
  });

  test('the Bourne shell and cmd.exe', () => {
    expect(error(parseLine('echo $(a)', { ...posix, bourne: true }))).toBe("syntax error: `(' unexpected");
    expect(ok(parseLine('echo `a`', { ...posix, bourne: true }))[0]?.substitutions).toEqual(['a']);
    const cmd = ok(parseLine('echo $(a) `b`', { ...posix, syntax: 'cmd' }));
    expect(cmd[0]?.stages[0]).toEqual(['echo', '$(a)', '`b`']);
    expect(cmd[0]?.substitutions).toEqual([]);
  });
});
