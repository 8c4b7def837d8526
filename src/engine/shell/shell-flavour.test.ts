import { describe, expect, test } from 'vitest';
import { done, type Command, type CommandContext } from './command.ts';
import { flavourFor } from './shell-flavour.ts';
import { createTestMachine } from './test-machine.ts';

function ctxAt(cwd: string, family: 'linux' | 'windows' | 'solaris' = 'linux'): CommandContext {
  return { machine: createTestMachine({ family }), cwd, env: new Map(), history: [], commands: new Map(), columns: 80, rows: 24 };
}

// eslint-disable-next-line no-control-regex -- strips the prompt's colour sequences.
const plain = (text: string): string => text.replace(/\x1b\[[0-9;]*m/g, '');

describe('flavourFor', () => {
  test('bash: coloured root prompt with ~ for /root', () => {
    const bash = flavourFor('linux');
    expect(bash.name).toBe('bash');
    expect(plain(bash.prompt(ctxAt('/root')))).toBe('root@testbox:~# ');
    expect(plain(bash.prompt(ctxAt('/root/src')))).toBe('root@testbox:~/src# ');
    expect(plain(bash.prompt(ctxAt('/rootfs')))).toBe('root@testbox:/rootfs# ');
    expect(bash.prompt(ctxAt('/'))).toContain('\x1b[');
  });

  test('cmd: drive C: prompt, case-insensitive, DOS wording', () => {
    const cmd = flavourFor('windows');
    expect(cmd.prompt(ctxAt('/', 'windows'))).toBe('C:\\>');
    expect(cmd.prompt(ctxAt('/WINDOWS/system32', 'windows'))).toBe('C:\\WINDOWS\\system32>');
    expect(cmd.caseInsensitive).toBe(true);
    expect(cmd.notFound('x')).toBe("'x' is not recognized as an internal or external command,\noperable program or batch file.");
    expect(cmd.commands.map((c) => c.name)).toEqual(expect.arrayContaining(['find', 'more', 'echo', 'cls', 'help', 'set']));
  });

  test('sh: host name and #', () => {
    const sh = flavourFor('solaris');
    expect(sh.prompt(ctxAt('/', 'solaris'))).toBe('testbox# ');
    expect(sh.notFound('x')).toBe('x: not found');
  });

  test('the OS commands join the common ones and win a name clash', () => {
    const myEcho: Command = { name: 'echo', summary: 'mine', run: () => done('mine\n') };
    const ls: Command = { name: 'ls', summary: 'list', run: () => done('') };
    const names = flavourFor('linux', [myEcho, ls]).commands.map((c) => c.name);
    expect(names.filter((n) => n === 'echo')).toHaveLength(1);
    expect(flavourFor('linux', [myEcho]).commands.find((c) => c.name === 'echo')).toBe(myEcho);
    expect(names).toContain('ls');
    const upper: Command = { ...myEcho, name: 'ECHO' };
    expect(flavourFor('windows', [upper]).commands.filter((c) => c.name.toLowerCase() === 'echo')).toEqual([upper]);
  });
});
