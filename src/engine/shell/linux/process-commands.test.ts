import { describe, expect, test } from 'vitest';
import { fakeContext, fakeMachine, runDone } from './fake-machine.ts';
import { LINUX_COMMANDS } from './linux-commands.ts';
import { processTerminals } from './process-terminals.ts';

function setup() {
  const m = fakeMachine('linux');
  const ctx = fakeContext(m, LINUX_COMMANDS);
  return { m, ctx, run: (line: string) => runDone(ctx, LINUX_COMMANDS, line) };
}

describe('ps', () => {
  test('ps aux lists machine.processes() in procps columns', () => {
    const { m, run } = setup();
    const lines = run('ps auxww').output.trimEnd().split('\n');
    expect(lines[0]).toBe('USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
    expect(lines).toHaveLength(m.procs.length + 1);
    // make: 125 s of CPU over the 3307 s since it started (not its 97.5 % of the last second, which top shows).
    expect(lines).toContain('root      3050  3.7  2.6  54321 54321 pts/0    R    02:30   2:05 make -j2 bzImage');
    expect(lines).toContain('root         1  0.0  0.0    620   620 ?        S    01:00   0:01 init [3]');
  });

  test('%CPU and C are CPU time over the time since the process started, as procps works them out', () => {
    const { m, run } = setup();
    // A VM's process of two busy vCPUs: 235 s of CPU in its 120 s, though the last second it had all four cores.
    m.procs.push({ pid: 1012, ppid: 1, user: 'root', state: 'R', cpuPercent: 400.2, cpuTimeNs: 235e9, memKiB: 4_096, command: 'qemu-kvm -name web -m 4096', startedNs: m.nowNs - 120e9 });
    m.procs.push({ pid: 1013, ppid: 1, user: 'root', state: 'R', cpuPercent: 50, cpuTimeNs: 6e9, memKiB: 4_096, command: 'qemu-kvm -name db -m 2048', startedNs: m.nowNs - 120e9 });
    expect(run('ps auxww').output).toMatch(/^root {6}1012 {2}195 .* 3:55 qemu-kvm -name web -m 4096$/m);
    expect(run('ps auxww').output).toMatch(/^root {6}1013 {2}5\.0 /m);
    expect(run('ps -ef').output).toMatch(/^root {6}1012 {5}1 99 /m);
    expect(run('ps -ef').output).toMatch(/^root {6}1013 {5}1 {2}5 /m);
  });

  test('ps ax: BSD columns, with each process’s state and whole command line', () => {
    const { m, run } = setup();
    const lines = run('ps ax').output.trimEnd().split('\n');
    expect(lines[0]).toBe('  PID TTY      STAT   TIME COMMAND');
    expect(lines).toHaveLength(m.procs.length + 1);
    expect(lines).toContain(' 3050 pts/0    R      2:05 make -j2 bzImage');
    expect(lines).toContain('    1 ?        S      0:01 init [3]');
  });

  test('ps -ef shows parents, start times and full command lines', () => {
    const { m, run } = setup();
    m.procs.push({ pid: 4242, ppid: 1, user: 'apache', state: 'S', cpuPercent: 0, cpuTimeNs: 22e9, memKiB: 9_000, command: '/usr/sbin/httpd -k start', startedNs: 3 * 86_400e9 });
    m.nowNs = 3 * 86_400e9 + 600e9;
    const lines = run('ps -ef').output.split('\n');
    expect(lines[0]).toBe('UID        PID  PPID  C STIME TTY          TIME CMD');
    // C: 22 s of CPU over the 600 s since it started.
    expect(lines).toContain('apache    4242     1  3 00:00 ?        00:00:22 /usr/sbin/httpd -k start');
    expect(lines.find((l) => l.includes(' init '))).toMatch(/ Jan01 /);
  });

  test('plain ps shows the shell and its children on its terminal', () => {
    const { run } = setup();
    expect(run('ps').output).toBe('  PID TTY          TIME CMD\n 3001 pts/0    00:00:00 bash\n 3050 pts/0    00:02:05 make\n');
  });

  test('lines are cut to the terminal width unless w is given', () => {
    const { ctx, run } = setup();
    const narrow = { ...ctx, columns: 40 };
    const cut = runDone(narrow, LINUX_COMMANDS, 'ps -ef').output.split('\n');
    expect(Math.max(...cut.map((l) => l.length))).toBeLessThanOrEqual(40);
    expect(run('ps auxww').output).toContain('make -j2 bzImage');
  });

  test('an unsupported option fails', () => {
    expect(setup().run('ps -Q').status).toBe(1);
  });

  test('terminals follow shells and their descendants', () => {
    const ttys = processTerminals([
      { pid: 10, ppid: 1, user: 'root', state: 'S', cpuPercent: 0, cpuTimeNs: 0, memKiB: 1, command: '-bash', startedNs: 0 },
      { pid: 11, ppid: 10, user: 'root', state: 'S', cpuPercent: 0, cpuTimeNs: 0, memKiB: 1, command: 'vi', startedNs: 0 },
      { pid: 20, ppid: 1, user: 'root', state: 'S', cpuPercent: 0, cpuTimeNs: 0, memKiB: 1, command: '/bin/sh', startedNs: 0 },
      { pid: 30, ppid: 1, user: 'root', state: 'S', cpuPercent: 0, cpuTimeNs: 0, memKiB: 1, command: 'crond', startedNs: 0 },
    ]);
    expect([...ttys]).toEqual([
      [10, 'pts/0'],
      [11, 'pts/0'],
      [20, 'pts/1'],
    ]);
  });
});

describe('kill', () => {
  test('sends TERM by default, or the given signal, through machine.kill', () => {
    const { m, run } = setup();
    expect(run('kill 3050').status).toBe(0);
    expect(run('kill -9 3050 2345').status).toBe(0);
    expect(run('kill -SIGHUP 1').status).toBe(0);
    expect(run('kill -s KILL 1').status).toBe(0);
    expect(m.killed).toEqual([
      { pid: 3050, signal: 15 },
      { pid: 3050, signal: 9 },
      { pid: 2345, signal: 9 },
      { pid: 1, signal: 1 },
      { pid: 1, signal: 9 },
    ]);
  });

  test("reports the machine's refusal, bad pids and bad signals", () => {
    const { run } = setup();
    expect(run('kill 999')).toEqual({ kind: 'done', output: 'bash: kill: (999) - No such process\n', status: 1 });
    expect(run('kill abc').output).toBe('bash: kill: abc: arguments must be process or job IDs\n');
    expect(run('kill -BOGUS 1').output).toBe('bash: kill: BOGUS: invalid signal specification\n');
    expect(run('kill').status).toBe(2);
    expect(run('kill -l').output).toContain(' 9) SIGKILL');
  });
});
