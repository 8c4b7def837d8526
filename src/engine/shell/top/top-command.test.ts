import { describe, expect, it } from 'vitest';
import type { ProcessInfo } from '../../os/machine.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { driveUntil, FakeTaskMachine, fakeContext, startRunning } from '../workload-commands/fake-task-machine.ts';
import { TOP_COMMAND } from './top-command.ts';

/** A process that has used `cpuPercent` of a CPU since boot (60 s before the setup's now), and over the last second. */
function proc(pid: number, cpuPercent: number, command: string, state: ProcessInfo['state'] = 'S'): ProcessInfo {
  return { pid, ppid: 1, user: 'root', state, cpuPercent, cpuTimeNs: (cpuPercent * 60 * NS_PER_S) / 100, memKiB: 20_480, command, startedNs: 0 };
}

function setup(): FakeTaskMachine {
  const m = new FakeTaskMachine();
  m.nowNs = 65 * NS_PER_S;
  m.bootedNs = 5 * NS_PER_S;
  m.load = [1.5, 0.75, 0.25];
  m.procs = [proc(1, 0, 'init [3]'), proc(2345, 99.5, '/usr/bin/sysbench cpu run', 'R'), proc(400, 12, 'sshd: root@pts/0'), proc(900, 0, 'crond', 'D')];
  return m;
}

describe('top', () => {
  it('draws the first frame at once, on the alternate screen, clearing it, with the summary lines', () => {
    const m = setup();
    const run = startRunning(TOP_COMMAND, fakeContext(m), []);
    expect(run.nextWakeNs()).toBe(65 * NS_PER_S);
    const out = run.advance(m.nowNs).output;
    expect(out.startsWith('\x1b[?1049h\x1b[H\x1b[2J')).toBe(true);
    const lines = out.slice('\x1b[?1049h\x1b[H\x1b[2J'.length).split('\n');
    expect(lines[0]).toBe('top - 00:01:05 up 1 min,  1 user,  load average: 1.50, 0.75, 0.25');
    expect(lines[1]).toBe('Tasks:   4 total,   1 running,   3 sleeping,   0 stopped,   0 zombie');
    expect(lines[3]).toBe('Mem:   1048576k total,   262144k used,   786432k free,    16384k buffers');
    expect(lines[4]).toBe('Swap:  2097152k total,        0k used,  2097152k free,   131072k cached');
    expect(lines[6]).toBe('  PID USER      PR  NI  VIRT  RES  SHR S %CPU %MEM    TIME+  COMMAND');
    expect(lines[7]).toBe(' 2345 root      20   0     -  20m    - R 99.5  2.0   0:59.70 sysbench');
    expect(lines.slice(8).map((l) => l.trim().split(/\s+/)[0])).toEqual(['400', '1', '900']);
    expect(run.nextWakeNs()).toBe(66 * NS_PER_S);
  });

  it("has no previous sample for its first frame: as procps top, each process's %CPU there is its CPU time since boot over the uptime, as the summary's CPU is", () => {
    const m = setup();
    m.procs = [{ ...proc(2345, 99.5, 'sysbench', 'R'), cpuPercent: 25 }];
    const run = startRunning(TOP_COMMAND, fakeContext(m), ['-b', '-n', '2']);
    expect(run.advance(m.nowNs).output).toMatch(/^ 2345 root .* R 99\.5 /m);
    m.nowNs += NS_PER_S;
    expect(run.advance(m.nowNs).output).toMatch(/^ 2345 root .* R 25\.0 /m);
  });

  it('shows CPU states from the change in cpuTimes between refreshes', () => {
    const m = setup();
    m.times = { user: 50e9, system: 10e9, idle: 40e9, iowait: 0, steal: 0 };
    const run = startRunning(TOP_COMMAND, fakeContext(m), []);
    expect(run.advance(m.nowNs).output).toContain('Cpu(s): 50.0%us, 10.0%sy,  0.0%ni, 40.0%id,  0.0%wa,  0.0%hi,  0.0%si,  0.0%st');
    // One second on 2 CPUs: 1.5 s user, 0.2 s system, 0.1 s idle, 0.1 s iowait, 0.1 s steal.
    m.times = { user: 51.5e9, system: 10.2e9, idle: 40.1e9, iowait: 0.1e9, steal: 0.1e9 };
    const r = driveUntil(m, run, 66 * NS_PER_S);
    expect(r.output).toContain('Cpu(s): 75.0%us, 10.0%sy,  0.0%ni,  5.0%id,  5.0%wa,  0.0%hi,  0.0%si,  5.0%st');
  });

  it('lists only as many tasks as the terminal has rows', () => {
    const m = setup();
    const run = startRunning(TOP_COMMAND, fakeContext(m, 9, 80), []);
    const lines = run.advance(m.nowNs).output.split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[8]).toMatch(/^ {2}400 /);
  });

  it('on a terminal shorter than its summary, shows the summary lines that fit, from the first', () => {
    const m = setup();
    const run = startRunning(TOP_COMMAND, fakeContext(m, 5, 80), []);
    const lines = run.advance(m.nowNs).output.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain('load average');
  });

  it('quits on q', () => {
    const m = setup();
    const run = startRunning(TOP_COMMAND, fakeContext(m), []);
    run.advance(m.nowNs);
    m.nowNs += 0.3 * NS_PER_S;
    run.key?.('q');
    const wake = run.nextWakeNs();
    expect(wake).not.toBeNull();
    expect(wake).toBeLessThanOrEqual(m.nowNs);
    const r = run.advance(m.nowNs);
    // Back to the main screen: the last frame stays out of the scrollback.
    expect(r).toEqual({ output: '\x1b[?1049l', done: true, status: 0 });
    expect(run.nextWakeNs()).toBeNull();
  });

  it('stops on Ctrl-C', () => {
    const m = setup();
    const run = startRunning(TOP_COMMAND, fakeContext(m), []);
    run.advance(m.nowNs);
    expect(run.interrupt()).toBe('\x1b[?1049l');
    expect(run.nextWakeNs()).toBeNull();
  });

  it('prints N plain frames in batch mode, one per second, then ends', () => {
    const m = setup();
    const run = startRunning(TOP_COMMAND, fakeContext(m, 5), ['-b', '-n', '3']);
    const r = driveUntil(m, run, 100 * NS_PER_S);
    expect(r.done).toBe(true);
    expect(r.output).not.toContain('\x1b');
    const frames = r.output.split(/\n(?=top - )/);
    expect(frames).toHaveLength(3);
    expect(frames.map((f) => f.split('\n')[0]?.slice(0, 14))).toEqual(['top - 00:01:05', 'top - 00:01:06', 'top - 00:01:07']);
    // Batch mode lists every task whatever the terminal's height.
    expect(frames[0]?.trimEnd().split('\n')).toHaveLength(7 + 4);
    // Done at the third frame, two seconds after the first.
    expect(m.nowNs).toBe(67 * NS_PER_S);
  });

  it('takes clustered options, a delay, and filters', () => {
    const m = setup();
    const run = startRunning(TOP_COMMAND, fakeContext(m), ['-bn2', '-d', '5', '-p', '400,1', '-c']);
    const r = driveUntil(m, run, 200 * NS_PER_S);
    const frames = r.output.split(/\n(?=top - )/);
    expect(frames[1]?.startsWith('top - 00:01:10')).toBe(true);
    expect(frames[0]).toContain('sshd: root@pts/0');
    expect(frames[0]).not.toContain('sysbench');
    expect(frames[0]).toContain('Tasks:   4 total');
  });

  it.each([[['-x']], [['-n', 'many']], [['-d', '-1']], [['extra']]])('rejects %j with status 1', (args) => {
    expect(TOP_COMMAND.run(fakeContext(setup()), args, null)).toMatchObject({ kind: 'done', status: 1 });
  });
});
