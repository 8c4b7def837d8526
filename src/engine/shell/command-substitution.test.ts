import { describe, expect, test } from 'vitest';
import { commandsFor } from './commands-for.ts';
import { lastLine, start } from './session-harness.fixture.ts';

/** A Linux session with its own commands (hostname, uptime, ls …) and the test commands. */
const linux = (files: Readonly<Record<string, string>> = {}) => start('linux', { files }, commandsFor('linux'));

/** What the line printed, between its prompt line and the next prompt. */
function printed(screen: { lines(): string[] }, line: string): string[] {
  const lines = screen.lines();
  const from = lines.lastIndexOf(`root@testbox:~# ${line}`);
  return lines.slice(from + 1, -1);
}

describe('command substitution in bash', () => {
  test('$( ) and backquotes put the command’s output in its place, without the final newline', () => {
    const { screen, type } = linux();
    type('echo $(hostname) `hostname`!\r');
    expect(printed(screen, 'echo $(hostname) `hostname`!')).toEqual(['testbox testbox!']);
  });

  test('inside double quotes the output stays one word; outside it is split at blanks and newlines', () => {
    const { screen, type } = linux({ '/tmp/two': 'a\n b\n\n' });
    type('echo "[$(cat /tmp/two)]" [$(cat /tmp/two)]\r');
    expect(printed(screen, 'echo "[$(cat /tmp/two)]" [$(cat /tmp/two)]')).toEqual(['[a', ' b] [a b]']);
    type('V=$(echo "  x   y  "); echo "<$V>"\r');
    expect(lastLine(screen)).toBe('root@testbox:~#');
    expect(screen.lines().at(-2)).toBe('<  x   y  >');
  });

  test('a sentence quoting uptime, as a teacher types it', () => {
    const { screen, type } = linux();
    type('echo "up since $(uptime)"\r');
    expect(screen.lines().at(-2)).toMatch(/^up since {2}\d\d:\d\d:\d\d up .*load average: /);
  });

  test('the output can name the command and its arguments, and is pathname-expanded', () => {
    const { screen, type } = linux({ '/tmp/x.log': 'hello\n', '/tmp/y.log': 'world\n' });
    type('$(echo cat) $(echo "/tmp/*.log")\r');
    expect(screen.lines().slice(-3, -1)).toEqual(['hello', 'world']);
  });

  test('nested substitutions run inside out', () => {
    const { screen, type } = linux();
    type('echo $(echo "a $(echo b `echo c`)")\r');
    expect(screen.lines().at(-2)).toBe('a b c');
  });

  test('a pipeline inside, a pipeline outside', () => {
    const { screen, type } = linux();
    type('echo $(echo one two | wc -w) | grep 2\r');
    expect(screen.lines().at(-2)).toBe('2');
  });

  test('it runs in a subshell: cd and variables inside change nothing outside', () => {
    const { screen, type } = linux();
    type('echo $(cd /tmp; X=1; pwd) "[$X]"; pwd\r');
    expect(screen.lines().slice(-3, -1)).toEqual(['/tmp []', '/root']);
  });

  test('an assignment keeps the output whole, and $? is the substitution’s', () => {
    const { screen, type } = linux();
    type('X=$(echo "a  b"); echo "$X"; Y=$(false); echo $?\r');
    expect(screen.lines().slice(-3, -1)).toEqual(['a  b', '1']);
  });

  test('a substitution that prints nothing leaves no word, and alone runs nothing', () => {
    const { screen, type } = linux();
    type('echo [ $(true) ]; $(true); echo $?\r');
    expect(screen.lines().slice(-3, -1)).toEqual(['[ ]', '0']);
  });

  test('the shell’s own message about an unknown inner command reaches the screen, not the substitution', () => {
    const { screen, type } = linux();
    type('echo "[$(frob)]"\r');
    expect(screen.lines().slice(-3, -1)).toEqual(['bash: frob: command not found', '[]']);
  });

  test('the inner command takes virtual time before the outer one runs', () => {
    const { screen, type, at } = linux();
    type('echo $(ticker 2) done\r');
    expect(at(1)).toBe('');
    at(2);
    expect(screen.lines().slice(-2)).toEqual(['tick 1 tick 2 done', 'root@testbox:~#']);
  });

  test('Ctrl-C stops a substitution that is still running: nothing of it is printed and the line ends', () => {
    const { screen, type, at, session } = linux();
    type('echo $(ticker 5) never; echo after\r');
    at(2);
    type('\x03');
    expect(session.status).toBe(130);
    expect(printed(screen, 'echo $(ticker 5) never; echo after')).toEqual(['^C']);
  });

  test('a runaway inner command is stopped at the output cap, with a message, and the line goes no further', () => {
    const { screen, type, session } = linux();
    const out = type('echo $(flood); echo after\r');
    expect(out.length).toBeLessThan(1000);
    expect(screen.lines().slice(-2)).toEqual(['bash: command substitution: output over 1 MiB; stopped', 'root@testbox:~#']);
    expect(session.status).toBe(1);
  });

  test.each([
    ['echo $(hostname', "bash: unexpected EOF while looking for matching `)'"],
    ['echo `hostname', "bash: unexpected EOF while looking for matching ``'"],
    ['echo "$(hostname"', "bash: unexpected EOF while looking for matching `)'"],
    ['echo $(echo a |)', "bash: syntax error: unexpected end of line after `|'"],
    ['echo $(ls > /tmp/x)', 'bash: redirection (> <) is not supported in this shell; use a pipe'],
    ['echo $((1 + 2))', 'bash: arithmetic expansion $(( )) is not supported in this shell'],
  ])('%s is refused as a whole, before anything runs', (line, message) => {
    const { screen, type, session } = linux();
    type(`${line}\r`);
    expect(screen.lines().slice(-2)).toEqual([message, 'root@testbox:~#']);
    expect(session.status).toBe(2);
  });

  test('quoted or escaped, it stays text', () => {
    const { screen, type } = linux();
    type("echo '$(hostname)' \\$(hostname) \"\\`hostname\\`\"\r");
    expect(screen.lines().at(-2)).toBe('$(hostname) $(hostname) `hostname`');
  });
});

describe('command substitution in the other shells', () => {
  test('Solaris’ Bourne shell runs backquotes, and refuses $( ) as it does', () => {
    const { screen, type } = start('solaris', {}, commandsFor('solaris'));
    type('echo `hostname`\r');
    expect(screen.lines().at(-2)).toBe('testbox');
    type('echo $(hostname)\r');
    expect(screen.lines().slice(-2)).toEqual(["sh: syntax error: `(' unexpected", 'testbox#']);
  });

  test('cmd.exe has none: it prints the text as typed', () => {
    const { screen, type } = start('windows', {}, commandsFor('windows'));
    type('echo $(hostname) `hostname`\r');
    expect(screen.lines().slice(-3, -2)).toEqual(['$(hostname) `hostname`']);
  });
});
