import { describe, expect, test } from 'vitest';
import { expandPathnames, machineNames, MAX_DIRECTORIES_READ, MAX_MATCHED_NAMES, type NameSource } from './pathname-expansion.ts';
import { parseLine } from './parse-line.ts';
import { typedInto } from '../preset-console.fixture.ts';
import { createTestMachine } from './test-machine.ts';

const machine = createTestMachine({
  files: {
    '/etc/redhat-release': 'CentOS release 5.2 (Final)\n',
    '/etc/lsb-release': 'x\n',
    '/etc/hosts': '127.0.0.1 localhost\n',
    '/var/log/boot.log': '',
    '/var/log/yum.log': '',
    '/var/log/messages': '',
    '/var/log/.hidden.log': '',
    '/var/log/Zebra.log': '',
    '/sys/block/sda/stat': '1\n',
    '/sys/block/sdb/stat': '2\n',
    '/sys/block/ram0/size': '0\n',
    '/proc/1/status': '',
    '/proc/42/status': '',
    '/proc/self/status': '',
  },
});
const names = machineNames({ machine });

/** The words `line` leaves after expansion in `cwd`, or the error. */
function expand(line: string, cwd = '/root', env = new Map<string, string>()): readonly string[] | string {
  const parsed = parseLine(line, { env });
  if (!parsed.ok) throw new Error(parsed.error);
  const result = expandPathnames(parsed.steps[0]?.words ?? [], names, cwd);
  return result.ok ? (result.stages[0] ?? []) : result.error;
}

describe('pathname expansion', () => {
  test('an absolute pattern becomes the names it matches, sorted', () => {
    expect(expand('cat /etc/*release*')).toEqual(['cat', '/etc/lsb-release', '/etc/redhat-release']);
  });

  test('a relative pattern matches in the working directory and stays relative; ./ and ../ are kept', () => {
    expect(expand('ls *.log', '/var/log')).toEqual(['ls', 'Zebra.log', 'boot.log', 'yum.log']);
    expect(expand('ls ./y*', '/var/log')).toEqual(['ls', './yum.log']);
    expect(expand('ls ../log/m*', '/var/log')).toEqual(['ls', '../log/messages']);
    expect(expand('ls log/*.log', '/var')).toEqual(['ls', 'log/Zebra.log', 'log/boot.log', 'log/yum.log']);
  });

  test('hidden files only for a component that starts with a dot', () => {
    expect(expand('ls /var/log/*')).not.toContain('/var/log/.hidden.log');
    expect(expand('ls /var/log/.*')).toEqual(['ls', '/var/log/.hidden.log']);
  });

  test('bracket expressions, and wildcards in the middle of a path with a literal end that must exist', () => {
    expect(expand('ls /proc/[0-9]*')).toEqual(['ls', '/proc/1', '/proc/42']);
    expect(expand('ls /proc/[!0-9]*')).toContain('/proc/self');
    expect(expand('cat /sys/block/*/stat')).toEqual(['cat', '/sys/block/sda/stat', '/sys/block/sdb/stat']);
    expect(expand('ls -d /sys/bl?ck/sd[a-z]/')).toEqual(['ls', '-d', '/sys/block/sda/', '/sys/block/sdb/']);
  });

  test("on Linux the shell's rendered /proc files match too", () => {
    expect(expand('cat /proc/*info')).toEqual(['cat', '/proc/cpuinfo', '/proc/meminfo']);
  });

  test('a pattern that matches nothing stays as typed', () => {
    expect(expand('ls /nonexistent/* *.xyz /etc/*/x')).toEqual(['ls', '/nonexistent/*', '*.xyz', '/etc/*/x']);
  });

  test('quoted or escaped wildcards never expand; an unquoted variable does, a quoted one not', () => {
    expect(expand(`ls "/etc/*release*" '/etc/*' /etc/\\*release\\* /etc/"*"`)).toEqual(['ls', '/etc/*release*', '/etc/*', '/etc/*release*', '/etc/*']);
    const env = new Map([['P', '/etc/*release']]);
    expect(expand('ls $P "$P"', '/', env)).toEqual(['ls', '/etc/lsb-release', '/etc/redhat-release', '/etc/*release']);
  });

  test('a quoted part of a pattern matches literally while the rest expands', () => {
    expect(expand('ls /etc/"redhat"-*')).toEqual(['ls', '/etc/redhat-release']);
  });
});

describe('pathname expansion is bounded', () => {
  /** A tree where every directory holds `width` subdirectories named d0…, down to `depth`. */
  function wideTree(width: number, depth: number): NameSource {
    const children = Array.from({ length: width }, (_, i) => `d${i}`);
    const level = (path: string): number => (path === '/' ? 0 : path.split('/').length - 1);
    return {
      list: (dir) => (level(dir) < depth ? children : []),
      kind: () => 'dir',
    };
  }

  test(`more than ${MAX_MATCHED_NAMES} names is "Argument list too long"`, () => {
    const parsed = parseLine('ls /*', { env: new Map() });
    if (!parsed.ok) throw new Error(parsed.error);
    const ok = expandPathnames(parsed.steps[0]?.words ?? [], wideTree(MAX_MATCHED_NAMES, 1), '/');
    expect(ok.ok && ok.stages[0]?.length).toBe(MAX_MATCHED_NAMES + 1);
    const over = expandPathnames(parsed.steps[0]?.words ?? [], wideTree(MAX_MATCHED_NAMES + 1, 1), '/');
    expect(over).toEqual({ ok: false, error: `ls: Argument list too long (over ${MAX_MATCHED_NAMES} names)` });
  });

  test(`reading more than ${MAX_DIRECTORIES_READ} directories stops the expansion`, () => {
    const parsed = parseLine('ls /*/*/x*', { env: new Map() });
    if (!parsed.ok) throw new Error(parsed.error);
    const result = expandPathnames(parsed.steps[0]?.words ?? [], wideTree(40, 3), '/');
    expect(result).toEqual({ ok: false, error: `/*/*/x*: Argument list too long (the pattern reads over ${MAX_DIRECTORIES_READ} directories)` });
  });
});

describe("on a preset's console", () => {
  test("the QA pass's cat /etc/*release* prints the release; a pattern matching nothing is still reported missing", () => {
    const out = typedInto('classroom-default', { platform: 'native', console: 'web1', atS: 60 }, ['cat /etc/*release*', 'ls /etc/*release*', 'ls /nonexistent/*']);
    expect(out).toContain('# cat /etc/*release*\nCentOS release 6.0 (Final)\n');
    expect(out).toContain('# ls /etc/*release*\n/etc/redhat-release\n');
    expect(out).toContain('# ls /nonexistent/*\nls: cannot access /nonexistent/*: No such file or directory\n');
  });
});
