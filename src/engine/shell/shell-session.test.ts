import { describe, expect, test } from 'vitest';
import type { OsId } from '../os/os-families.ts';
import { MAX_COMMAND_OUTPUT } from './output-budget.ts';
import { MAX_MATCHED_NAMES } from './pathname-expansion.ts';
import { flavourFor } from './shell-flavour.ts';
import { ShellSession } from './shell-session.ts';
import { createTestMachine } from './test-machine.ts';
import { lastLine, start } from './session-harness.fixture.ts';
import { S, tickerCommand } from './session-test-commands.fixture.ts';

describe('ShellSession prompt and output', () => {
  test('bash greets and prompts with the host name and ~ for /root', () => {
    const { screen } = start('linux');
    expect(screen.lines()[0]).toBe('CentOS release 5.2 (Final)');
    expect(lastLine(screen)).toBe('root@testbox:~#');
  });

  test('cmd.exe prompts with a DOS path and leaves a blank line after output', () => {
    const { screen, type } = start('windows');
    expect(screen.lines()[0]).toBe('Microsoft Windows [Version 5.2.3790]');
    expect(lastLine(screen)).toBe('C:\\>');
    type('echo hi\r');
    expect(screen.lines().slice(-4)).toEqual(['C:\\>echo hi', 'hi', '', 'C:\\>']);
  });

  test('Solaris sh prompts with the host name', () => {
    const { screen } = start('solaris');
    expect(lastLine(screen)).toBe('testbox#');
  });

  test('command output uses CR LF', () => {
    const { type } = start();
    expect(type('echo hi\r')).toContain('hi\r\n');
  });

  test('echo hi | grep h prints hi and a new prompt', () => {
    const { screen, type } = start();
    type('echo hi | grep h\r');
    expect(screen.lines().slice(-3)).toEqual(['root@testbox:~# echo hi | grep h', 'hi', 'root@testbox:~#']);
  });

  test('status and variables follow the line as it runs', () => {
    const { screen, type } = start();
    type('false && echo no; echo $?; export X=1; echo "x=$X" || echo never\r');
    expect(screen.lines().slice(-3, -1)).toEqual(['1', 'x=1']);
  });

  test('a syntax error is reported and the prompt comes back', () => {
    const { screen, type } = start();
    type('echo "open\r');
    expect(screen.lines().slice(-2)).toEqual(['bash: unexpected EOF while looking for matching `"\'', 'root@testbox:~#']);
  });

  test('exit says logout and the session stays usable', () => {
    const { screen, type } = start();
    type('exit\recho still here\r');
    expect(screen.lines().slice(-4)).toEqual(['logout', 'root@testbox:~# echo still here', 'still here', 'root@testbox:~#']);
  });

  test('resize is seen by commands', () => {
    const { session, type } = start();
    session.resize(132, 50);
    expect(type('size\r')).toContain('132x50');
  });
});

describe('ShellSession unknown commands', () => {
  test.each<[OsId, string, string[]]>([
    ['linux', 'frob', ['bash: frob: command not found']],
    ['windows', 'frob', ["'frob' is not recognized as an internal or external command,", 'operable program or batch file.']],
    ['solaris', 'frob', ['frob: not found']],
  ])('%s says so in its own words', (family, name, message) => {
    const { screen, type } = start(family);
    type(`${name} x\r`);
    const lines = screen.lines();
    const blank = family === 'windows' ? [''] : [];
    expect(lines.slice(-(message.length + blank.length + 1), -1)).toEqual([...message, ...blank]);
  });

  test('cmd.exe finds commands whatever their case; bash does not', () => {
    expect(start('windows').type('ECHO loud\r')).toContain('loud\r\n');
    expect(start('linux').type('ECHO loud\r')).toContain('ECHO: command not found');
  });

  test('a command that throws prints an internal error and the shell goes on', () => {
    const { screen, type } = start();
    type('boom | grep x\r');
    type('echo ok\r');
    expect(screen.lines().slice(-5)).toEqual(['root@testbox:~# boom | grep x', 'boom: internal error', 'root@testbox:~# echo ok', 'ok', 'root@testbox:~#']);
  });

  test('a full-screen command cut at 1 MiB still gives the terminal back when it ends (leaves the alternate screen, shows the cursor)', () => {
    const { session, machine } = start();
    session.write('screenflood\r');
    for (let t = 1; t <= 4; t++) {
      machine.setNow(t * S);
      session.advance(t * S);
    }
    session.read();
    session.write('\x03');
    const out = session.read();
    expect(out).toContain('\x1b[?25h\x1b[?1049l');
    expect(out).not.toContain('y');
  });

  test('output beyond 1 MiB is cut with a note', () => {
    const { session } = start();
    session.write('flood\r');
    const out = session.read();
    expect(out).toContain('[output truncated: over 1 MiB]');
    expect(out.length).toBeLessThan(MAX_COMMAND_OUTPUT * 1.6);
  });
});

describe('ShellSession running commands in virtual time', () => {
  test('sleep keeps the prompt away until virtual time passes', () => {
    const { session, screen, type, at } = start();
    type('sleep 5\r');
    expect(session.busy).toBe(true);
    expect(session.nextWakeNs()).toBe(5 * S);
    at(4.9);
    expect(session.busy).toBe(true);
    at(5);
    expect(session.busy).toBe(false);
    expect(session.nextWakeNs()).toBeNull();
    expect(lastLine(screen)).toBe('root@testbox:~#');
  });

  test('Ctrl-C interrupts sleep 100 and prints ^C and a new prompt', () => {
    const { session, screen, type } = start();
    type('sleep 100; echo never\r');
    type('\x03');
    expect(session.busy).toBe(false);
    expect(screen.lines().slice(-3)).toEqual(['root@testbox:~# sleep 100; echo never', '^C', 'root@testbox:~#']);
    type('echo $?\r');
    expect(screen.lines().at(-2)).toBe('130');
  });

  test('Ctrl-C at the prompt prints ^C and a fresh prompt', () => {
    const { session, screen, type } = start();
    type('half typed\x03');
    expect(screen.lines().slice(-2)).toEqual(['root@testbox:~# half typed^C', 'root@testbox:~#']);
    type('\r');
    expect(session.transcript.map((t) => t.line)).toEqual(['']);
  });

  test('the last stage prints as it runs; an interrupt adds its own message', () => {
    const { screen, type, at } = start();
    type('ticker 10\r');
    at(2);
    expect(screen.lines().slice(-2)).toEqual(['tick 1', 'tick 2']);
    type('\x03');
    expect(screen.lines().slice(-3)).toEqual(['^C', 'ticker stopped at 2', 'root@testbox:~#']);
  });

  test('a running stage inside a pipe is run to the end before its output is piped', () => {
    const { session, screen, type, at } = start();
    type('ticker 3 | grep 2\r');
    expect(at(2)).toBe('');
    expect(session.busy).toBe(true);
    at(3);
    expect(screen.lines().slice(-2)).toEqual(['tick 2', 'root@testbox:~#']);
  });

  test('keys go to a running command that reads them', () => {
    const { session, type } = start();
    type('ticker 100\r');
    type('q');
    expect(session.busy).toBe(false);
  });

  test('typing ahead waits for the prompt; Ctrl-C discards it', () => {
    const { screen, type, at } = start();
    type('sleep 1\r');
    type('echo later\r');
    at(1);
    expect(screen.lines().slice(-3)).toEqual(['root@testbox:~# echo later', 'later', 'root@testbox:~#']);
    type('sleep 1\recho dropped\r\x03');
    expect(screen.text()).not.toContain('dropped');
  });
});

describe('ShellSession screen and completion', () => {
  test('clear and Ctrl-L clear the screen; Ctrl-L keeps the line being typed', () => {
    const { screen, type } = start();
    expect(type('clear\r')).toContain('\x1b[2J\x1b[H');
    expect(screen.lines()).toEqual(['root@testbox:~#']);
    type('echo x');
    expect(type('\x0c')).toContain('\x1b[2J\x1b[H');
    expect(screen.lines()).toEqual(['root@testbox:~# echo x']);
  });

  test('cls clears the screen in cmd.exe', () => {
    expect(start('windows').type('cls\r')).toContain('\x1b[2J\x1b[H');
  });

  test('Tab completes a unique command name, lists several', () => {
    const { screen, type } = start();
    type('ec\t');
    expect(lastLine(screen)).toBe('root@testbox:~# echo');
    type('\x15he\t');
    expect(screen.lines().slice(-2)).toEqual(['head  help', 'root@testbox:~# he']);
    type('\t');
    expect(screen.lines().at(-2)).toBe('head  help');
  });

  test('after a list the line is redrawn with the cursor where it was', () => {
    const { screen, type } = start();
    type('h x\x1b[D\x1b[D\t');
    expect(screen.lines().at(-1)).toBe('root@testbox:~# h x');
    expect(screen.col).toBe('root@testbox:~# h'.length);
  });

  test('Tab extends to the common prefix first', () => {
    const { screen, type } = start();
    type('hi\t');
    expect(lastLine(screen)).toBe('root@testbox:~# history');
  });

  test('Tab completes file names in the working directory', () => {
    const { screen, type } = start('linux', { files: { '/root/notes.txt': 'a\nb\n', '/root/data/x': '' } });
    type('grep a no\t');
    expect(lastLine(screen)).toBe('root@testbox:~# grep a notes.txt');
    type('\x15wc da\t');
    expect(lastLine(screen)).toBe('root@testbox:~# wc data/');
    type('\x15wc zz\t');
    expect(lastLine(screen)).toBe('root@testbox:~# wc zz');
  });

  test('cmd.exe completion quotes names with spaces', () => {
    const { screen, type } = start('windows');
    type('more Doc\t');
    expect(lastLine(screen)).toBe('C:\\>more "Documents and Settings\\');
  });
});

describe('ShellSession pathname expansion and compound commands', () => {
  const files = { '/etc/redhat-release': 'CentOS release 5.2 (Final)\n', '/var/log/a.log': 'A\n', '/var/log/b.log': 'B\n' };

  test('unquoted wildcards become the matching files; quoted ones and patterns that match nothing stay', () => {
    const { screen, type } = start('linux', { files });
    type('head /etc/*release*\r');
    expect(screen.lines().slice(-2, -1)).toEqual(['CentOS release 5.2 (Final)']);
    type(`echo /var/log/*.log '/var/log/*.log' /nope/*\r`);
    expect(screen.lines().slice(-2, -1)).toEqual(['/var/log/a.log /var/log/b.log /var/log/*.log /nope/*']);
  });

  test('a pattern matching too many names runs nothing and says so (status 126), and the line goes on', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_MATCHED_NAMES + 1 }, (_, i) => [`/many/f${i}`, '']));
    const { screen, type } = start('linux', { files: many });
    type('echo /many/* ; echo $?\r');
    expect(screen.lines().slice(-3, -1)).toEqual([`bash: echo: Argument list too long (over ${MAX_MATCHED_NAMES} names)`, '126']);
  });

  test('a loop is refused with one message, not a "command not found" per keyword', () => {
    const { type } = start();
    const said = type('while true; do :; done\r').split('\r\n');
    expect(said.slice(1, -1)).toEqual(["bash: loops and compound commands (`while') are not supported in this shell; run the command itself"]);
  });

  test('tail -f prints the tail, then what is appended each virtual second, until Ctrl-C', () => {
    const { machine, session, screen, type, at } = start('linux', { files });
    type('tail -f /var/log/a.log\r');
    expect(at(0)).toBe('A\r\n');
    expect(session.busy).toBe(true);
    machine.fs.write('/var/log/a.log', 'more\n', true, 0);
    expect(at(1)).toBe('more\r\n');
    expect(at(2)).toBe('');
    type('\x03echo $?\r');
    expect(screen.lines().slice(-5)).toEqual(['A', 'more', '^C', 'root@testbox:~# echo $?', '130', 'root@testbox:~#'].slice(-5));
  });
});

describe('ShellSession transcript', () => {
  test('records each entered line with the virtual time it was entered and the terminal size then', () => {
    const { session, machine, type } = start();
    type('echo one\r');
    machine.setNow(7 * S);
    session.resize(120, 30);
    type('echo two\r');
    expect(session.transcript).toEqual([
      { atNs: 0, line: 'echo one', columns: 80, rows: 24 },
      { atNs: 7 * S, line: 'echo two', columns: 120, rows: 30 },
    ]);
  });

  test('history lists what was entered', () => {
    const { screen, type } = start();
    type('echo a\rhistory\r');
    expect(screen.lines().slice(-3, -1)).toEqual(['    1  echo a', '    2  history']);
  });
});

describe('ShellSession that is not interactive (sh -c)', () => {
  test('greets and prompts nobody, echoes nothing, and prints what the lines print', () => {
    const machine = createTestMachine({ family: 'windows' });
    const session = new ShellSession(machine, flavourFor('windows', [tickerCommand]), { interactive: false });
    expect(session.read()).toBe('');
    session.runLine('ticker 2');
    machine.setNow(2 * S);
    session.advance(2 * S);
    // cmd.exe's blank line after a command belongs to its prompt, which is not shown.
    expect(session.read()).toBe('tick 1\r\ntick 2\r\n');
    session.runLine('nosuch');
    expect(session.read()).toContain('nosuch');
    expect(session.transcript.map((e) => e.line)).toEqual(['ticker 2', 'nosuch']);
  });
});
