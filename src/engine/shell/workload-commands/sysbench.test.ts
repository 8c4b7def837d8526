import { describe, expect, it } from 'vitest';
import { NS_PER_S } from '../../sim/units.ts';
import { driveUntil, FakeTaskMachine, fakeContext, startRunning } from './fake-task-machine.ts';
import { SYSBENCH_COMMAND } from './sysbench.ts';

function setup(): FakeTaskMachine {
  const m = new FakeTaskMachine();
  m.rates.set('cpu-int', { txPerSecond: 1234.5, cpuNsPerTx: { 'guest-user': 8e5 }, latencyMs: { p50: 0.81, p99: 0.93 } });
  m.rates.set('oltp', { txPerSecond: 300, cpuNsPerTx: { 'guest-user': 1e6 }, latencyMs: { p50: 20.5, p99: null } });
  m.rates.set('stream', { txPerSecond: 2500, cpuNsPerTx: { 'guest-user': 4e5 } });
  return m;
}

describe('sysbench', () => {
  it('runs cpu-int with 1 thread for 10 s by default', () => {
    const m = setup();
    startRunning(SYSBENCH_COMMAND, fakeContext(m), ['cpu', 'run']);
    expect(m.tasks[0]?.spec).toMatchObject({ workload: 'cpu-int', workers: 1, maxDurationNs: 10 * NS_PER_S });
    expect(m.tasks[0]?.spec.maxTransactions).toBeUndefined();
  });

  it('takes --threads, --time and --events (and the 0.4 spellings)', () => {
    const m = setup();
    startRunning(SYSBENCH_COMMAND, fakeContext(m), ['--test=memory', '--num-threads=4', '--max-time=5', '--max-requests=1000', 'run']);
    startRunning(SYSBENCH_COMMAND, fakeContext(m), ['fileio', 'run', '--threads=999', '--time=0']);
    expect(m.tasks[0]?.spec).toMatchObject({ workload: 'stream', workers: 4, maxDurationNs: 5 * NS_PER_S, maxTransactions: 1000 });
    expect(m.tasks[1]?.spec).toMatchObject({ workload: 'file-server', workers: 64, maxDurationNs: 3600 * NS_PER_S });
  });

  it('prints the banner, then the cpu report from the task progress', () => {
    const m = setup();
    const run = startRunning(SYSBENCH_COMMAND, fakeContext(m), ['cpu', 'run', '--threads=2']);
    const start = driveUntil(m, run, 0);
    expect(start.output).toContain('Number of threads: 2\n');
    expect(start.output).toContain('Threads started!');
    const r = driveUntil(m, run, 11 * NS_PER_S);
    expect(r.done).toBe(true);
    expect(r.output).toContain('    events per second:  1234.50\n');
    expect(r.output).toContain('    total time:                          10.0000s\n');
    expect(r.output).toContain('    total number of events:              12345\n');
    expect(r.output).toContain('         50th percentile:                       0.81\n');
    expect(r.output).toContain('         99th percentile:                       0.93\n');
    expect(r.output).not.toContain('95th');
  });

  it('reports oltp transactions and queries (7 per transaction), only the percentiles it has', () => {
    const m = setup();
    const run = startRunning(SYSBENCH_COMMAND, fakeContext(m), ['oltp_read_write', 'run', '--events=600']);
    const r = driveUntil(m, run, 5 * NS_PER_S);
    expect(r.done).toBe(true);
    expect(r.output).toContain('        read:                            600\n');
    expect(r.output).toContain('        write:                           2400\n');
    expect(r.output).toContain('        total:                           4200\n');
    expect(r.output).toContain('    transactions:                        600    (300.00 per sec.)\n');
    expect(r.output).toContain('    queries:                             4200   (2100.00 per sec.)\n');
    expect(r.output).toContain('50th percentile:');
    expect(r.output).not.toContain('99th percentile:');
  });

  it('reports memory in MiB transferred', () => {
    const m = setup();
    const run = startRunning(SYSBENCH_COMMAND, fakeContext(m), ['memory', 'run', '--time=2']);
    const r = driveUntil(m, run, 3 * NS_PER_S);
    expect(r.output).toContain('5000.00 MiB transferred (2500.00 MiB/sec)');
    expect(r.output).not.toContain('Latency');
  });

  it('cancels the task on Ctrl-C without a report', () => {
    const m = setup();
    const run = startRunning(SYSBENCH_COMMAND, fakeContext(m), ['cpu', 'run']);
    driveUntil(m, run, 2 * NS_PER_S);
    expect(run.interrupt()).toBe('^C\n');
    expect(m.tasks[0]?.cancelledAtNs).toBe(2 * NS_PER_S);
    expect(run.nextWakeNs()).toBeNull();
  });

  it('prints its version', () => {
    expect(SYSBENCH_COMMAND.run(fakeContext(setup()), ['--version'], null)).toEqual({ kind: 'done', output: 'sysbench 1.0.20\n', status: 0 });
  });

  it.each([[[]], [['cpu']], [['threads', 'run']], [['cpu', 'run', '--bogus=1']], [['cpu', 'run', '--threads=x']], [['cpu', 'prepare']]])(
    'rejects %j with status 1 and starts nothing',
    (args) => {
      const m = setup();
      expect(SYSBENCH_COMMAND.run(fakeContext(m), args, null)).toMatchObject({ kind: 'done', status: 1 });
      expect(m.tasks).toHaveLength(0);
    },
  );
});
