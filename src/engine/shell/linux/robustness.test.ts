import { describe, expect, test } from 'vitest';
import type { Command } from '../command.ts';
import { SOLARIS_COMMANDS } from '../solaris/solaris-commands.ts';
import { WINDOWS_COMMANDS } from '../windows/windows-commands.ts';
import { fakeContext, fakeMachine, type FakeMachine } from './fake-machine.ts';
import { LINUX_COMMANDS } from './linux-commands.ts';
import type { OsId } from '../../os/os-families.ts';

/** Arguments a curious or careless user might type. */
const ODD_ARGS: readonly (readonly string[])[] = [
  [], ['-'], ['--'], ['-z'], ['--bogus'], ['/'], ['..'], ['\\'], ['C:\\'], ['D:'], [''], ['"'], ['*'], ['*.*'],
  ['constructor'], ['__proto__'], ['/proc/constructor'], ['/proc/__proto__'], ['-c'], ['-n'], ['-c', '-1'],
  ['-n', 'abc'], ['-i', '0'], ['/PID'], ['/PID', 'x'], ['/IM'], ['-s'], ['-s', 'FOO'], ['-9'], ['-l'], ['🙂'],
  ['NaN'], ['1e309'], ['x'.repeat(5000)], ['/etc/passwd/x'], ['a', 'b', 'c'], ['/nonexistent/dir'],
  ['.', '..', '/'], ['-la', '/proc'], ['addr', 'show'], ['-efZ'], ['aux'], ['0', '0'], ['1', '1'], ['-rf', '/tmp'],
];

function emptyMachine(family: OsId): FakeMachine {
  const m = fakeMachine(family);
  m.procs = [];
  m.disk = [];
  m.nics = [];
  m.log = [];
  m.cpuInfo = { ...m.cpuInfo, count: 0 };
  m.mem = { totalKiB: 0, freeKiB: 0, buffersKiB: 0, cachedKiB: 0, swapTotalKiB: 0, swapFreeKiB: 0 };
  return m;
}

function exercise(family: OsId, commands: readonly Command[], m: FakeMachine): void {
  for (const command of commands) {
    for (const args of ODD_ARGS) {
      const ctx = fakeContext(m, commands, '/');
      const outcome = command.run(ctx, args, 'stdin text\n');
      if (outcome.kind === 'done') {
        expect(typeof outcome.output, `${family} ${command.name} ${args.join(' ')}`).toBe('string');
        expect(Number.isInteger(outcome.status)).toBe(true);
        continue;
      }
      const run = outcome.run;
      for (let i = 0; i < 5; i++) {
        const wake = run.nextWakeNs();
        if (wake === null) break;
        m.nowNs = Math.max(m.nowNs, wake);
        const step = run.advance(m.nowNs);
        expect(typeof step.output).toBe('string');
        if (step.done) break;
      }
      run.key?.('x');
      expect(typeof run.interrupt()).toBe('string');
    }
  }
}

describe('commands never throw', () => {
  const lists: readonly (readonly [OsId, readonly Command[]])[] = [
    ['linux', LINUX_COMMANDS],
    ['windows', WINDOWS_COMMANDS],
    ['solaris', SOLARIS_COMMANDS],
  ];

  for (const [family, commands] of lists) {
    test(`${family}: on odd arguments, with a normal machine`, () => {
      expect(() => exercise(family, commands, fakeMachine(family))).not.toThrow();
    });

    test(`${family}: on odd arguments, with an empty machine`, () => {
      expect(() => exercise(family, commands, emptyMachine(family))).not.toThrow();
    });
  }

  test('command names are unique within each list', () => {
    for (const [, commands] of lists) {
      const names = commands.map((c) => c.name.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
