import { describe, expect, test } from 'vitest';
import type { Machine } from '../../os/machine.ts';
import { osImage } from '../../os/os-images.ts';
import type { OsId } from '../../os/os-families.ts';
import { typedInto } from '../../preset-console.fixture.ts';
import { commandsFor } from '../commands-for.ts';
import { flavourFor } from '../shell-flavour.ts';
import { start } from '../session-harness.fixture.ts';

/** The commands these shells run themselves; which finds no file for them, as real which does not. */
const BUILTINS = new Set(['cd', 'echo', 'exit', 'export', 'false', 'help', 'history', 'kill', 'pwd', 'true']);

describe('which: the file a command runs from, found along $PATH in the guest\'s file system', () => {
  test('a Linux guest finds ps in /bin, ls -l lists that file, and a builtin or a missing command fails saying nothing', () => {
    const out = typedInto('classroom-default', { platform: 'native', console: 'web1', atS: 30 }, [
      'which ps ifconfig top stress-ng',
      'ls -l $(which ps)',
      'which cd; echo status $?',
      'which no-such-program; echo status $?',
    ]);
    expect(out).toContain('# which ps ifconfig top stress-ng\n/bin/ps\n/sbin/ifconfig\n/usr/bin/top\n/usr/local/bin/stress-ng\n');
    expect(out).toMatch(/# ls -l \$\(which ps\)\n-rwxr-xr-x +1 root root +0 .* \/bin\/ps\n/);
    expect(out).toContain('# which cd; echo status $?\nstatus 1\n');
    expect(out).toContain('# which no-such-program; echo status $?\nstatus 1\n');
  });

  test("Solaris' which walks root's PATH (/usr/sbin:/usr/bin) and names the directories it looked in for a miss", () => {
    const out = typedInto('solaris-containers', { platform: 'container', console: 'web', atS: 30 }, ['which df prstat', 'which nosuch; echo status $?']);
    expect(out).toContain('# which df prstat\n/usr/sbin/df\n/usr/bin/prstat\n');
    expect(out).toContain('# which nosuch; echo status $?\nno nosuch in /usr/sbin /usr/bin\nstatus 1\n');
  });

  test('a name with a slash is checked as given; $PATH decides where to look', () => {
    const { type } = start('linux', { files: { '/opt/tool/run': '', '/bin/ls': '' } }, commandsFor('linux'));
    expect(type('which /opt/tool/run ./nothing\r').split('\r\n').slice(1, -1)).toEqual(['/opt/tool/run']);
    expect(type('PATH=/opt/tool; which run ls; echo $?\r').split('\r\n').slice(1, -1)).toEqual(['/opt/tool/run', '1']);
  });

  test.each([
    ['linux', 'CentOS release 5.2 (Final)'],
    ['linux', 'Ubuntu 16.04 LTS'],
    ['solaris', 'Solaris 10 5/08 s10x_u5wos_10 X86'],
  ] as const)("every program %s's shell runs on %s has its file, and every file in a program directory is one the shell runs", (family: OsId, distribution) => {
    const fs = osImage(family, { hostname: 'h', distribution });
    const dirs = family === 'linux' ? ['/usr/local/sbin', '/usr/local/bin', '/sbin', '/bin', '/usr/sbin', '/usr/bin'] : ['/usr/sbin', '/usr/bin'];
    const machine = { distribution } as Machine;
    const programs = flavourFor(family, commandsFor(family))
      .commands.filter((c) => !BUILTINS.has(c.name) && (c.installedOn?.(machine) ?? true))
      .map((c) => c.name)
      .sort();
    const files = dirs.flatMap((dir) => { const r = fs.list(dir); return r.ok ? r.value : []; }).sort();
    expect(files).toEqual(programs);
  });
});
