import { describe, expect, it } from 'vitest';
import { NS_PER_S } from '../../sim/units.ts';
import { driveUntil, FakeTaskMachine, fakeContext, startRunning } from './fake-task-machine.ts';
import { parseVmBytes, STRESS_NG_COMMAND } from './stress-ng.ts';

function setup(): FakeTaskMachine {
  const m = new FakeTaskMachine();
  m.rates.set('cpu-int', { txPerSecond: 500, cpuNsPerTx: { 'guest-user': 3e6, 'guest-kernel': 1e6, vmm: 5e6 } });
  return m;
}

describe('stress-ng', () => {
  it('starts one cpu-int task with N workers and the timeout as its time limit', () => {
    const m = setup();
    startRunning(STRESS_NG_COMMAND, fakeContext(m), ['--cpu', '2', '--timeout', '10s']);
    expect(m.tasks).toHaveLength(1);
    expect(m.tasks[0]?.spec).toMatchObject({ workload: 'cpu-int', workers: 2, maxDurationNs: 10 * NS_PER_S });
  });

  it('maps --io to file-server and --vm to stream, and defaults to a 60 s run', () => {
    const m = setup();
    startRunning(STRESS_NG_COMMAND, fakeContext(m), ['--vm', '1', '-i', '3']);
    expect(m.tasks.map((t) => [t.spec.workload, t.spec.workers, t.spec.maxDurationNs])).toEqual([
      ['file-server', 3, 60 * NS_PER_S],
      ['stream', 1, 60 * NS_PER_S],
    ]);
  });

  it('prints the dispatch line at once and the metrics from the task progress when done', () => {
    const m = setup();
    const run = startRunning(STRESS_NG_COMMAND, fakeContext(m), ['--cpu', '2', '--timeout', '10s', '--metrics-brief']);
    const first = driveUntil(m, run, 0);
    expect(first.output).toMatch(/^stress-ng: info: {2}\[\d+\] setting to a 10 second run per stressor\n/);
    expect(first.output).toContain('dispatching hogs: 2 cpu\n');
    const end = driveUntil(m, run, 20 * NS_PER_S);
    expect(end.done).toBe(true);
    expect(end.output).toContain('successful run completed in 10.00s');
    // 5000 bogo ops in 10 s; usr 15 s, sys 5 s and the vmm's 25 s (the vCPU running, to the guest's accounting).
    expect(end.output).toMatch(/\] cpu {16}5000 {5}10\.00 {5}15\.00 {5}30\.00 {7}500\.00 {9}111\.11\n/);
  });

  it('reports as soon as the time limit passes', () => {
    const m = setup();
    const run = startRunning(STRESS_NG_COMMAND, fakeContext(m), ['-c', '1', '-t', '2.5']);
    const r = driveUntil(m, run, 2.5 * NS_PER_S);
    expect(r.done).toBe(true);
  });

  it('cancels its tasks on Ctrl-C and reports the partial run', () => {
    const m = setup();
    const run = startRunning(STRESS_NG_COMMAND, fakeContext(m), ['--cpu', '1']);
    driveUntil(m, run, 3 * NS_PER_S);
    const out = run.interrupt();
    expect(m.tasks[0]?.cancelledAtNs).toBe(3 * NS_PER_S);
    expect(out).toMatch(/^\^C/);
    expect(out).toContain('successful run completed in 3.00s');
    expect(out).toMatch(/cpu {16}1500 /);
    expect(run.nextWakeNs()).toBeNull();
  });

  it('uses one worker per CPU for --cpu 0', () => {
    const m = setup();
    m.cpuCount = 4;
    startRunning(STRESS_NG_COMMAND, fakeContext(m), ['--cpu=0']);
    expect(m.tasks[0]?.spec.workers).toBe(4);
  });

  it('caps absurd worker counts and timeouts', () => {
    const m = setup();
    startRunning(STRESS_NG_COMMAND, fakeContext(m), ['--cpu', '100000', '--timeout', '9999h']);
    expect(m.tasks[0]?.spec).toMatchObject({ workers: 64, maxDurationNs: 3600 * NS_PER_S });
  });

  it('reads --vm-bytes as stress-ng does: binary suffixes in either case, or a share of memory', () => {
    const gib = 1024 ** 3;
    expect(parseVmBytes('512M', gib)).toBe(512 * 1024 ** 2);
    expect(parseVmBytes('2g', gib)).toBe(2 * gib);
    expect(parseVmBytes('1048576', gib)).toBe(1024 ** 2);
    expect(parseVmBytes('80%', 4 * gib)).toBeCloseTo(3.2 * gib, 0);
    // Below a page it is a page (stress-ng's MIN_VM_BYTES).
    expect(parseVmBytes('1k', gib)).toBe(4096);
    for (const bad of ['', 'x', '1.5G', '2X', '-1M', '0', '%']) expect(parseVmBytes(bad, gib), bad).toBeNull();
  });

  it('divides --vm-bytes among the vm workers, each touching its share; other stressors touch nothing', () => {
    const m = setup();
    startRunning(STRESS_NG_COMMAND, fakeContext(m), ['--vm', '2', '--vm-bytes', '1G', '--cpu', '1']);
    expect(m.tasks.map((t) => [t.spec.workload, t.spec.touchMiBPerWorker])).toEqual([
      ['cpu-int', undefined],
      ['stream', 512],
    ]);
  });

  it('takes --vm-bytes as a percentage of the memory the machine shows', () => {
    const m = setup();
    startRunning(STRESS_NG_COMMAND, fakeContext(m), ['--vm', '1', '--vm-bytes=50%']);
    expect(m.tasks[0]?.spec.touchMiBPerWorker).toBe(m.mem.totalKiB / 1024 / 2);
  });

  it.each([[['--bogus']], [['--vm', '1', '--vm-bytes']], [['--vm', '1', '--vm-bytes', 'lots']], [['--cpu', 'x']], [['--cpu']], [[]], [['--timeout', '5s']]])('rejects %j with status 1', (args) => {
    const m = setup();
    const outcome = STRESS_NG_COMMAND.run(fakeContext(m), args, null);
    expect(outcome).toMatchObject({ kind: 'done', status: 1 });
    expect(m.tasks).toHaveLength(0);
  });
});
