import { describe, expect, test } from 'vitest';
import { MAX_ARGS, MAX_COMMANDS, parseLine, type ParseOptions, type ParseResult } from './parse-line.ts';

const env = new Map([
  ['HOME', '/root'],
  ['NAME', 'world'],
  ['Path', 'C:\\WINDOWS'],
]);
const posix: ParseOptions = { env, lastStatus: 3 };
const cmd: ParseOptions = { env, lastStatus: 9009, syntax: 'cmd' };

/** Each step's stages, for short assertions. */
function stages(result: ParseResult): string[][][] {
  if (!result.ok) throw new Error(result.error);
  return result.steps.map((s) => s.stages.map((st) => [...st]));
}

function error(result: ParseResult): string {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('parseLine, POSIX syntax', () => {
  test('splits words on blanks', () => {
    expect(stages(parseLine('  ls   -l\t/tmp ', posix))).toEqual([[['ls', '-l', '/tmp']]]);
  });

  test('quotes keep blanks and remove themselves; adjacent parts join into one word', () => {
    expect(stages(parseLine(`echo 'a  b' "c  d" e"f"'g'`, posix))).toEqual([[['echo', 'a  b', 'c  d', 'efg']]]);
  });

  test('an empty quoted word is still a word', () => {
    expect(stages(parseLine(`printf '' ""`, posix))).toEqual([[['printf', '', '']]]);
  });

  test('backslash escapes outside quotes and some characters inside double quotes', () => {
    expect(stages(parseLine(`echo a\\ b \\| "q\\"q" "\\n" 'x\\y'`, posix))).toEqual([[['echo', 'a b', '|', 'q"q', '\\n', 'x\\y']]]);
  });

  test('variables expand outside and inside double quotes, not in single quotes', () => {
    expect(stages(parseLine(`echo $HOME "$NAME!" '$NAME' \${NAME}s $? $UNSET. $ $1x`, posix))).toEqual([
      [['echo', '/root', 'world!', '$NAME', 'worlds', '3', '.', '$', 'x']],
    ]);
  });

  test('an unquoted variable that is empty leaves no word', () => {
    expect(stages(parseLine('echo $UNSET end', posix))).toEqual([[['echo', 'end']]]);
  });

  test('pipes, sequences, && and ||', () => {
    const result = parseLine('cat f | grep x | wc -l; true && echo ok || echo no', posix);
    expect(stages(result)).toEqual([[['cat', 'f'], ['grep', 'x'], ['wc', '-l']], [['true']], [['echo', 'ok']], [['echo', 'no']]]);
    if (!result.ok) return;
    expect(result.steps.map((s) => s.when)).toEqual(['always', 'always', 'if-success', 'if-failure']);
    expect(result.steps.map((s) => s.source)).toEqual(['cat f | grep x | wc -l', 'true', 'echo ok', 'echo no']);
  });

  test('operators need no blanks around them, and a trailing ; is fine', () => {
    expect(stages(parseLine('a|b;c&&d;', posix))).toEqual([[['a'], ['b']], [['c']], [['d']]]);
  });

  test('a comment runs to the end of the line', () => {
    expect(stages(parseLine('echo hi # not this | x', posix))).toEqual([[['echo', 'hi']]]);
    expect(stages(parseLine('# nothing', posix))).toEqual([]);
  });

  test('unbalanced quotes are reported', () => {
    expect(error(parseLine(`echo "abc`, posix))).toBe('unexpected EOF while looking for matching `"\'');
    expect(error(parseLine(`echo 'abc`, posix))).toBe("unexpected EOF while looking for matching `''");
  });

  test('empty commands around operators are syntax errors', () => {
    expect(error(parseLine('| grep x', posix))).toBe("syntax error near unexpected token `|'");
    expect(error(parseLine('ls ;; ls', posix))).toBe("syntax error near unexpected token `;'");
    expect(error(parseLine('ls |', posix))).toBe("syntax error: unexpected end of line after `|'");
    expect(error(parseLine('ls &&', posix))).toBe("syntax error: unexpected end of line after `&&'");
  });

  test('background jobs, redirections and bad substitutions are refused clearly', () => {
    expect(error(parseLine('sleep 5 &', posix))).toMatch(/background/);
    expect(error(parseLine('ls > out', posix))).toMatch(/redirection/);
    expect(error(parseLine('ls 2>&1x', posix))).toMatch(/redirection/);
    expect(error(parseLine('ls 2>/dev/null', posix))).toMatch(/redirection/);
  });

  test('2>&1 is taken: output and messages are one stream already, so it changes nothing', () => {
    for (const syntax of [posix, cmd]) {
      expect(stages(parseLine('vzps -E 2>&1 | head', syntax))).toEqual([[['vzps', '-E'], ['head']]]);
      expect(stages(parseLine('ls /x 2>&1', syntax))).toEqual([[['ls', '/x']]]);
      expect(stages(parseLine('ls /x 2>&1&& echo', syntax))).toEqual([[['ls', '/x']], [['echo']]]);
    }
    expect(error(parseLine('echo ${A', posix))).toMatch(/bad substitution/);
  });

  test(`at most ${MAX_COMMANDS} commands and ${MAX_ARGS} arguments`, () => {
    expect(parseLine(Array(MAX_COMMANDS).fill('true').join(' | '), posix).ok).toBe(true);
    expect(error(parseLine(Array(MAX_COMMANDS + 1).fill('true').join(';'), posix))).toMatch(/too many commands/);
    expect(parseLine('echo ' + Array(MAX_ARGS).fill('x').join(' '), posix).ok).toBe(true);
    expect(error(parseLine('echo ' + Array(MAX_ARGS + 1).fill('x').join(' '), posix))).toMatch(/too many arguments/);
  });

  test('words carry a pattern only when they have an unquoted wildcard; quoted ones are escaped in it', () => {
    const result = parseLine(`ls *.log "*".log \\*.log '*' a"*"b* [ x [0-9] $G "$G" 'a'b?`, { env: new Map([['G', '/etc/*']]) });
    if (!result.ok) throw new Error(result.error);
    expect(result.steps[0]?.words[0]?.map((w) => w.pattern)).toEqual([null, '*.log', null, null, null, 'a\\*b*', null, null, '[0-9]', '/etc/*', null, 'ab?']);
    expect(result.steps[0]?.stages[0]).toEqual(['ls', '*.log', '*.log', '*.log', '*', 'a*b*', '[', 'x', '[0-9]', '/etc/*', '/etc/*', 'ab?']);
  });

  test('cmd.exe words never carry a pattern: its commands handle wildcards themselves', () => {
    const result = parseLine('dir *.txt', cmd);
    expect(result.ok && result.steps[0]?.words[0]?.map((w) => w.pattern)).toEqual([null, null]);
  });

  test('a compound command is refused once for the whole line, naming its keyword', () => {
    const refused = (keyword: string): string => `loops and compound commands (\`${keyword}') are not supported in this shell; run the command itself`;
    expect(error(parseLine('while true; do :; done', posix))).toBe(refused('while'));
    expect(error(parseLine('echo a; for f in a b; do echo $f; done', posix))).toBe(refused('for'));
    expect(error(parseLine('if true; then echo y; fi', posix))).toBe(refused('if'));
    expect(error(parseLine('{ ls; }', posix))).toBe(refused('{'));
    expect(error(parseLine('(cd /tmp; ls)', posix))).toBe(refused('('));
    expect(error(parseLine('f() { ls; }', posix))).toBe(refused('f()'));
    expect(error(parseLine('ls | until false', posix))).toBe(refused('until'));
  });

  test('a keyword only counts typed plainly in command position', () => {
    expect(stages(parseLine(`echo while do done; "while"; \\if; $W`, { env: new Map([['W', 'while']]) }))).toEqual([
      [['echo', 'while', 'do', 'done']],
      [['while']],
      [['if']],
      [['while']],
    ]);
    expect(stages(parseLine('for x', cmd))).toEqual([[['for', 'x']]]);
  });

  test('an empty line is no steps', () => {
    expect(stages(parseLine('   ', posix))).toEqual([]);
  });
});

describe('parseLine, cmd.exe syntax', () => {
  test('backslashes are path separators and single quotes are ordinary', () => {
    expect(stages(parseLine(`dir C:\\WINDOWS\\system32 'x'`, cmd))).toEqual([[['dir', 'C:\\WINDOWS\\system32', "'x'"]]]);
  });

  test('double quotes group, ^ escapes, %VAR% expands ignoring case and stays when undefined', () => {
    expect(stages(parseLine(`find "a b" ^| %path% %ERRORLEVEL% %NOPE%`, cmd))).toEqual([[['find', 'a b', '|', 'C:\\WINDOWS', '9009', '%NOPE%']]]);
  });

  test('& runs in sequence and ; is an ordinary character', () => {
    expect(stages(parseLine('echo a;b & ver', cmd))).toEqual([[['echo', 'a;b']], [['ver']]]);
  });
});
