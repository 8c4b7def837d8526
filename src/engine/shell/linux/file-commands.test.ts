import { describe, expect, test } from 'vitest';
import { MemoryFileSystem } from '../../os/memory-filesystem.ts';
import { fakeContext, fakeMachine, runDone } from './fake-machine.ts';
import { LINUX_COMMANDS } from './linux-commands.ts';

const DIR_COLOUR = '\x1b[01;34m';

function setup() {
  const m = fakeMachine('linux');
  const ctx = fakeContext(m, LINUX_COMMANDS);
  const run = (line: string, stdin: string | null = null) => runDone(ctx, LINUX_COMMANDS, line, stdin);
  return { m, ctx, run };
}

describe('cd and pwd', () => {
  test('cd changes the working directory; cd alone goes home; cd - goes back', () => {
    const { ctx, run } = setup();
    expect(run('cd /etc').status).toBe(0);
    expect(run('pwd').output).toBe('/etc\n');
    run('cd ../var/./log');
    expect(ctx.cwd).toBe('/var/log');
    expect(run('cd -').output).toBe('/etc\n');
    run('cd');
    expect(ctx.cwd).toBe('/root');
  });

  test('cd to a missing path or a file fails with bash wording and leaves cwd', () => {
    const { ctx, run } = setup();
    expect(run('cd /nope')).toEqual({ kind: 'done', output: 'bash: cd: /nope: No such file or directory\n', status: 1 });
    expect(run('cd /etc/passwd').output).toBe('bash: cd: /etc/passwd: Not a directory\n');
    expect(ctx.cwd).toBe('/root');
  });
});

describe('ls', () => {
  test('lists names in columns, colouring directories', () => {
    const { run } = setup();
    const out = run('ls /').output;
    expect(out).toContain(`${DIR_COLOUR}etc\x1b[0m`);
    expect(out.split('\n').length).toBeLessThan(10);
  });

  test('-a shows dot files, . and ..; -l gives the long format with sizes from the file system', () => {
    const { m, run } = setup();
    m.fs.write('/root/notes.txt', 'x'.repeat(1234), false, m.nowNs);
    const plain = run('ls').output;
    expect(plain).toContain('notes.txt');
    expect(plain).not.toContain('.bashrc');
    const all = run('ls -la').output;
    expect(all).toMatch(/^total \d+\n/);
    expect(all).toMatch(/-rw-r--r-- +1 root root +1234 Jan {2}1 03:25 notes\.txt/);
    expect(all).toContain('.bashrc');
    expect(all.split('\n').some((l) => l.startsWith('drwxr-xr-x') && l.endsWith(` ${DIR_COLOUR}.\x1b[0m`))).toBe(true);
  });

  test('shows the /proc files in /proc', () => {
    expect(setup().run('ls /proc').output).toContain('meminfo');
  });

  test('a missing path gives status 2 and GNU wording', () => {
    expect(setup().run('ls /nope')).toEqual({ kind: 'done', output: 'ls: cannot access /nope: No such file or directory\n', status: 2 });
  });

  test('a bad option is refused', () => {
    const r = setup().run('ls -Q');
    expect(r.status).toBe(2);
    expect(r.output).toContain("invalid option -- 'Q'");
  });
});

describe('cat', () => {
  test('reads files through the file system and stdin with -', () => {
    const { run } = setup();
    expect(run('cat /etc/hostname').output).toBe('web1\n');
    expect(run('cat /etc/hostname -', 'piped\n').output).toBe('web1\npiped\n');
    expect(run('cat -n /etc/hostname').output).toBe('     1\tweb1\n');
  });

  test('reports missing files and directories', () => {
    const { run } = setup();
    expect(run('cat /nope')).toEqual({ kind: 'done', output: 'cat: /nope: No such file or directory\n', status: 1 });
    expect(run('cat /etc').output).toBe('cat: /etc: Is a directory\n');
  });

  test('renders /proc/meminfo from machine.memory()', () => {
    const { m, run } = setup();
    m.mem = { ...m.mem, totalKiB: 123_456, freeKiB: 7_890 };
    const out = run('cat /proc/meminfo').output;
    expect(out).toContain('MemTotal:         123456 kB');
    expect(out).toContain('MemFree:            7890 kB');
  });

  test('renders /proc/cpuinfo with one block per CPU', () => {
    const { m, run } = setup();
    m.cpuInfo = { ...m.cpuInfo, count: 3, mhz: 1999.5, flags: ['vmx', 'sse2'] };
    const out = run('cat /proc/cpuinfo').output;
    expect(out.match(/^processor/gm)).toHaveLength(3);
    expect(out).toContain('cpu MHz\t\t: 1999.500');
    expect(out).toContain('flags\t\t: vmx sse2');
  });

  test('renders /proc/uptime, /proc/loadavg and /proc/version from the machine', () => {
    const { m, run } = setup();
    m.bootNs = 0;
    m.nowNs = 90.5e9;
    m.times = { ...m.times, idle: 170e9 };
    expect(run('cat /proc/uptime').output).toBe('90.50 170.00\n');
    m.load = [0.5, 0.25, 0.125];
    expect(run('cat /proc/loadavg').output).toBe('0.50 0.25 0.13 1/5 3050\n');
    m.kernelRelease = '2.6.9-5.ELsmp';
    expect(run('cat /proc/version').output).toContain('Linux version 2.6.9-5.ELsmp');
  });
});

describe('touch, mkdir, rm', () => {
  test('touch creates an empty file stamped with virtual time', () => {
    const { m, run } = setup();
    m.nowNs = 42e9;
    expect(run('touch a b').status).toBe(0);
    expect(m.fs.stat('/root/a')).toEqual({ kind: 'file', size: 0, modifiedNs: 42e9 });
    expect(run('touch /nope/x').output).toBe("touch: cannot touch '/nope/x': No such file or directory\n");
  });

  test('mkdir makes a directory; -p makes parents and accepts existing ones', () => {
    const { m, run } = setup();
    expect(run('mkdir d').status).toBe(0);
    expect(run('mkdir d')).toEqual({ kind: 'done', output: "mkdir: cannot create directory 'd': File exists\n", status: 1 });
    expect(run('mkdir x/y').output).toBe("mkdir: cannot create directory 'x/y': No such file or directory\n");
    expect(run('mkdir -p x/y/z d').status).toBe(0);
    expect(m.fs.stat('/root/x/y/z')?.kind).toBe('dir');
    expect(run('mkdir').status).toBe(1);
  });

  test('rm removes files; -r directories; -f ignores missing ones', () => {
    const { m, run } = setup();
    run('mkdir -p t/u');
    run('touch t/u/f');
    expect(run('rm t').output).toBe("rm: cannot remove 't': Is a directory\n");
    expect(run('rm -r t').status).toBe(0);
    expect(m.fs.stat('/root/t')).toBeNull();
    expect(run('rm gone').status).toBe(1);
    expect(run('rm -f gone').status).toBe(0);
    expect(run('rm -rf /').output).toContain('dangerous');
  });

  test('writes beyond the limits report "No space left on device"', () => {
    const { m, run } = setup();
    m.fs = new MemoryFileSystem({ limits: { maxNodes: 2 } });
    expect(run('mkdir -p /a/b').status).toBe(0);
    expect(run('touch /a/c').output).toBe("touch: cannot touch '/a/c': No space left on device\n");
  });
});
