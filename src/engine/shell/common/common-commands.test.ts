import { describe, expect, test } from 'vitest';
import type { Command, CommandContext, CommandDone, CommandOutcome } from '../command.ts';
import { createTestMachine, type TestMachine } from '../test-machine.ts';
import { clearCommand, CLEAR_SCREEN } from './clear.ts';
import { cmdEchoCommand, echoCommand } from './echo.ts';
import { envCommand, exportCommand, setCommand } from './environment.ts';
import { exitCommand } from './exit.ts';
import { findCommand } from './find.ts';
import { egrepCommand, grepCommand } from './grep.ts';
import { headCommand, tailCommand } from './head-tail.ts';
import { helpCommand } from './help.ts';
import { historyCommand } from './history.ts';
import { moreCommand } from './more.ts';
import { sleepCommand } from './sleep.ts';
import { falseCommand, trueCommand } from './true-false.ts';
import { wcCommand } from './wc.ts';

const TEXT = 'alpha\nBeta\ngamma\ndelta\n';

function context(machine: TestMachine = createTestMachine({ files: { '/root/words': TEXT, '/root/two': 'x y\n' } })): CommandContext {
  return {
    machine,
    cwd: '/root',
    env: new Map([['HOME', '/root']]),
    history: ['ls', 'echo hi'],
    commands: new Map([grepCommand, echoCommand, helpCommand].map((c) => [c.name, c])),
    columns: 80,
    rows: 24,
  };
}

function finished(outcome: CommandOutcome): CommandDone {
  if (outcome.kind !== 'done') throw new Error('expected the command to finish at once');
  return outcome;
}

function run(command: Command, args: string[], stdin: string | null = null, ctx = context()): [string, number] {
  const outcome = finished(command.run(ctx, args, stdin));
  return [outcome.output, outcome.status];
}

describe('grep', () => {
  test('prints matching lines from the pipe; status 0 on a match, 1 on none', () => {
    expect(run(grepCommand, ['ta'], TEXT)).toEqual(['Beta\ndelta\n', 0]);
    expect(run(grepCommand, ['zzz'], TEXT)).toEqual(['', 1]);
  });

  test('-i -v -c -n', () => {
    expect(run(grepCommand, ['-i', 'beta'], TEXT)[0]).toBe('Beta\n');
    expect(run(grepCommand, ['-v', 'a$'], TEXT)[0]).toBe('');
    expect(run(grepCommand, ['-vc', 'l'], TEXT)[0]).toBe('2\n');
    expect(run(grepCommand, ['-n', 'gamma'], TEXT)[0]).toBe('3:gamma\n');
  });

  test('reads files relative to the working directory, prefixing names when there are several', () => {
    expect(run(grepCommand, ['y', 'words', '/root/two'])).toEqual(['/root/two:x y\n', 0]);
    expect(run(grepCommand, ['a', 'missing'])).toEqual(['grep: missing: No such file or directory\n', 2]);
  });

  test('without a pattern it prints usage; bad options are reported', () => {
    expect(run(grepCommand, [])).toEqual([expect.stringContaining('Usage: grep'), 2]);
    expect(run(grepCommand, ['-z', 'x'])[0]).toContain("invalid option -- 'z'");
    expect(run(grepCommand, ['-A', 'two', 'x'], TEXT)).toEqual(['grep: two: invalid context length argument\n', 2]);
  });

  test('-A -B -C print context as GNU grep does: context lines marked "-", groups apart by "--"', () => {
    const lines = 'a1\nb\nc\nd\na2\ne\nf\ng\nh\na3\n';
    expect(run(grepCommand, ['-A1', '^a'], lines)[0]).toBe('a1\nb\n--\na2\ne\n--\na3\n');
    expect(run(grepCommand, ['-B', '1', '-n', '^a'], lines)[0]).toBe('1:a1\n--\n4-d\n5:a2\n--\n9-h\n10:a3\n');
    // Groups that touch or overlap are printed once, without a separator.
    expect(run(grepCommand, ['-C2', '^a[12]'], lines)[0]).toBe('a1\nb\nc\nd\na2\ne\nf\n');
    expect(run(grepCommand, ['-A', '1', 'y', 'words', '/root/two'])).toEqual(['/root/two:x y\n', 0]);
  });

  test('-l names the inputs that match; -q prints nothing and answers with its status', () => {
    expect(run(grepCommand, ['-l', 'x', 'words', '/root/two'])).toEqual(['/root/two\n', 0]);
    expect(run(grepCommand, ['-l', 'gamma'], TEXT)).toEqual(['(standard input)\n', 0]);
    expect(run(grepCommand, ['-q', 'gamma'], TEXT)).toEqual(['', 0]);
    expect(run(grepCommand, ['-q', 'zzz'], TEXT)).toEqual(['', 1]);
  });
});

describe('find (cmd.exe)', () => {
  test('finds a string in piped input, with /I /V /C /N', () => {
    expect(run(findCommand, ['beta'], TEXT)).toEqual(['', 1]);
    expect(run(findCommand, ['/I', 'beta'], TEXT)).toEqual(['Beta\n', 0]);
    expect(run(findCommand, ['/c', 'a'], TEXT)[0]).toBe('4\n');
    expect(run(findCommand, ['/V', '/N', 'a'], 'x\na\n')[0]).toBe('[1]x\n');
  });

  test('prints a header per file', () => {
    const machine = createTestMachine({ family: 'windows', files: { '/boot.ini': '[boot loader]\ntimeout=30\n' } });
    expect(run(findCommand, ['timeout', 'C:\\boot.ini'], null, { ...context(machine), cwd: '/' })[0]).toBe('\n---------- C:\\BOOT.INI\ntimeout=30\n');
    expect(run(findCommand, ['x', 'nope.txt'], null, { ...context(machine), cwd: '/' })).toEqual(['File not found - NOPE.TXT\n', 2]);
  });
});

describe('head and tail', () => {
  const lines = Array.from({ length: 15 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

  test('ten lines by default; -n N and -N', () => {
    expect(run(headCommand, [], lines)[0].split('\n')).toHaveLength(11);
    expect(run(headCommand, ['-n', '2'], lines)[0]).toBe('line 1\nline 2\n');
    expect(run(tailCommand, ['-2'], lines)[0]).toBe('line 14\nline 15\n');
    expect(run(tailCommand, ['-n0'], lines)[0]).toBe('');
  });

  test('headers for several files; errors for bad counts', () => {
    expect(run(headCommand, ['-n', '1', 'words', 'two'])[0]).toBe('==> words <==\nalpha\n\n==> two <==\nx y\n');
    expect(run(tailCommand, ['-n', 'lots'], lines)).toEqual(["tail: invalid number of lines: 'lots'\n", 1]);
  });

  test('tail -f runs until stopped on a file, is ignored on a pipe, and gives up when no file opens; head has no -f', () => {
    expect(tailCommand.run(context(), ['-f', '-n', '1', 'words'], null).kind).toBe('running');
    expect(run(tailCommand, ['-f', '-2'], lines)).toEqual(['line 14\nline 15\n', 0]);
    expect(run(tailCommand, ['-f', 'missing'])).toEqual(["tail: cannot open 'missing' for reading: No such file or directory\ntail: no files remaining\n", 1]);
    expect(run(headCommand, ['-f', 'words'])).toEqual(["head: invalid option -- 'f'\n", 1]);
  });

  test('tail -f on several files prints under the header of the file that grew', () => {
    const ctx = context();
    const outcome = tailCommand.run(ctx, ['-f', '-n', '1', 'words', 'two'], null);
    if (outcome.kind !== 'running') throw new Error('expected tail -f to keep running');
    expect(outcome.run.advance(0).output).toBe('==> words <==\ndelta\n\n==> two <==\nx y\n');
    ctx.machine.fs.write('/root/words', 'epsilon\n', true, 0);
    expect(outcome.run.advance(1e9)).toEqual({ output: '\n==> words <==\nepsilon\n', done: false, status: 0 });
    ctx.machine.fs.write('/root/words', 'new\n', false, 0);
    expect(outcome.run.advance(2e9).output).toBe('tail: words: file truncated\nnew\n');
    expect(outcome.run.interrupt()).toBe('');
  });
});

describe('wc', () => {
  test('counts lines, words and bytes of the pipe like GNU wc', () => {
    expect(run(wcCommand, [], 'a b\nc\n')[0]).toBe('      2       3       6\n');
    expect(run(wcCommand, ['-l'], 'a b\nc\n')[0]).toBe('2\n');
    expect(run(wcCommand, ['-c'], 'é\n')[0]).toBe('3\n');
  });

  test('names files and totals them', () => {
    expect(run(wcCommand, ['-w', 'words', 'two'])[0]).toBe('4 words\n2 two\n6 total\n');
  });
});

describe('sleep', () => {
  test('runs until its deadline in virtual time', () => {
    const machine = createTestMachine({ nowNs: 1e9 });
    const outcome = sleepCommand.run(context(machine), ['1.5', '1m'], null);
    if (outcome.kind !== 'running') throw new Error('sleep should run');
    expect(outcome.run.nextWakeNs()).toBe(1e9 + 61.5e9);
    expect(outcome.run.advance(2e9).done).toBe(false);
    expect(outcome.run.advance(62.5e9).done).toBe(true);
  });

  test('rejects a missing or bad interval', () => {
    expect(run(sleepCommand, [])[1]).toBe(1);
    expect(run(sleepCommand, ['soon'])).toEqual(["sleep: invalid time interval 'soon'\n", 1]);
  });
});

describe('small commands', () => {
  test('echo, echo -n, and cmd.exe echo', () => {
    expect(run(echoCommand, ['a', 'b'])[0]).toBe('a b\n');
    expect(run(echoCommand, ['-n', 'a'])[0]).toBe('a');
    expect(run(cmdEchoCommand, [])[0]).toBe('ECHO is on.\n');
  });

  test('help lists the registered commands, or one', () => {
    const [out] = run(helpCommand, []);
    expect(out.split('\n')[0]).toMatch(/^echo +print the arguments/);
    expect(out).toContain('grep');
    expect(run(helpCommand, ['GREP'])[0]).toMatch(/^grep - /);
    expect(run(helpCommand, ['nope'])[1]).toBe(1);
  });

  test('history numbers the lines, history N shows the last N', () => {
    expect(run(historyCommand, [])[0]).toBe('    1  ls\n    2  echo hi\n');
    expect(run(historyCommand, ['1'])[0]).toBe('    2  echo hi\n');
  });

  test('clear, true, false, exit and more', () => {
    expect(run(clearCommand, [])[0]).toBe(CLEAR_SCREEN);
    expect(run(trueCommand, [])[1]).toBe(0);
    expect(run(falseCommand, [])[1]).toBe(1);
    expect(run(exitCommand, [])[0]).toBe('logout\n');
    expect(run(moreCommand, [], 'piped\n')[0]).toBe('piped\n');
    expect(run(moreCommand, ['two'])[0]).toBe('x y\n');
  });
});

describe('environment', () => {
  test('export sets, env lists, bad names are refused', () => {
    const ctx = context();
    expect(run(exportCommand, ['A=1', 'B'], null, ctx)).toEqual(['', 0]);
    expect(run(envCommand, [], null, ctx)[0]).toBe('HOME=/root\nA=1\nB=\n');
    expect(run(exportCommand, ['1x=2'], null, ctx)).toEqual(["export: `1x=2': not a valid identifier\n", 1]);
  });

  test('cmd.exe set lists sorted by prefix, sets ignoring case, and removes with an empty value', () => {
    const ctx = context();
    run(setCommand, ['path=C:\\x'], null, ctx);
    run(setCommand, ['Path=C:\\y'], null, ctx);
    expect(run(setCommand, ['P'], null, ctx)[0]).toBe('path=C:\\y\n');
    run(setCommand, ['PATH='], null, ctx);
    expect(run(setCommand, ['pa'], null, ctx)).toEqual(['Environment variable pa not defined\n', 1]);
  });
});

describe('filters read Linux /proc as cat does', () => {
  test('grep vmx /proc/cpuinfo finds VT-x; wc and head read /proc files; Solaris has no text /proc', () => {
    const base = createTestMachine();
    const linux = createTestMachine({ cpu: () => ({ ...base.cpu(), count: 2, flags: ['sse2', 'vmx', 'ept'] }) });
    const ctx = context(linux);
    expect(run(grepCommand, ['-c', 'vmx', '/proc/cpuinfo'], null, ctx)).toEqual(['2\n', 0]);
    expect(run(grepCommand, ['-c', 'hypervisor', '/proc/cpuinfo'], null, ctx)).toEqual(['0\n', 1]);
    expect(run(wcCommand, ['-l', '/proc/meminfo'], null, ctx)).toEqual(['6 /proc/meminfo\n', 0]);
    expect(run(headCommand, ['-n', '1', '/proc/version'], null, ctx)[0]).toMatch(/^Linux version /);
    expect(run(grepCommand, ['x', '/proc/nope'], null, ctx)).toEqual(['grep: /proc/nope: No such file or directory\n', 2]);
    expect(run(grepCommand, ['-c', 'x', '/proc/cpuinfo'], null, context(createTestMachine({ family: 'solaris' })))[1]).toBe(2);
    // KVM's own check for a CPU it can use: egrep is grep -E.
    expect(run(egrepCommand, ['-c', '(vmx|svm)', '/proc/cpuinfo'], null, ctx)).toEqual(['2\n', 0]);
    expect(run(grepCommand, ['-c', '(vmx|svm)', '/proc/cpuinfo'], null, ctx)).toEqual(['0\n', 1]);
  });
});
