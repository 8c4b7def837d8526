import { describe, expect, it } from 'vitest';
import { NS_PER_S } from '../../sim/units.ts';
import { driveUntil, FakeTaskMachine, fakeContext, startRunning } from './fake-task-machine.ts';
import { LAT_CTX_COMMAND, LAT_MMAP_COMMAND, LAT_PAGEFAULT_COMMAND, LAT_PROC_COMMAND, LAT_SYSCALL_COMMAND, LMBENCH_COMMAND } from './lmbench.ts';

/** Native-like rates: 0.25 µs syscalls, 400 µs fork+exec, 2.5 µs a hop round lat_ctx's ring (1 µs of it the pipe overhead), 0.8 µs faults. */
function setup(): FakeTaskMachine {
  const m = new FakeTaskMachine();
  const cpu = { 'guest-kernel': 1 };
  m.rates.set('syscall', { txPerSecond: 4_000_000, cpuNsPerTx: cpu });
  m.rates.set('fork-exec', { txPerSecond: 2500, cpuNsPerTx: cpu });
  m.rates.set('ctx-switch', { txPerSecond: 400_000, cpuNsPerTx: cpu });
  m.rates.set('page-fault', { txPerSecond: 1_250_000, cpuNsPerTx: cpu });
  m.rates.set('pte-write', { txPerSecond: 100_000_000, cpuNsPerTx: cpu });
  m.rates.set('port-in', { txPerSecond: 1_000_000, cpuNsPerTx: cpu });
  m.rates.set('bare-fault', { txPerSecond: 2_500_000, cpuNsPerTx: cpu });
  m.rates.set('cr8-write', { txPerSecond: 20_000_000, cpuNsPerTx: cpu });
  m.rates.set('call-return', { txPerSecond: 250_000_000, cpuNsPerTx: cpu });
  m.rates.set('divide-error', { txPerSecond: 3_000_000, cpuNsPerTx: cpu });
  // lat_ctx's overhead (and the other tool-only mixes) run as 'idle' tasks.
  m.rates.set('idle', { txPerSecond: 1_000_000, cpuNsPerTx: cpu });
  return m;
}

describe('lmbench', () => {
  it('runs the four micro-benchmarks, then the Adams & Agesen nanobenchmarks, in turn with their operation counts', () => {
    const m = setup();
    const run = startRunning(LMBENCH_COMMAND, fakeContext(m), []);
    expect(m.tasks).toHaveLength(1);
    const r = driveUntil(m, run, 10 * NS_PER_S);
    expect(r.done).toBe(true);
    expect(m.tasks.map((t) => [typeof t.spec.workload === 'string' ? t.spec.workload : t.spec.workload.kind, t.spec.workers, t.spec.maxTransactions])).toEqual([
      ['syscall', 1, 100_000],
      ['fork-exec', 1, 1_000],
      ['idle', 1, 50_000],
      ['ctx-switch', 1, 50_000],
      ['page-fault', 1, 100_000],
      ['pte-write', 1, 100_000],
      ['port-in', 1, 20_000],
      ['bare-fault', 1, 100_000],
      ['cr8-write', 1, 1_000_000],
      ['call-return', 1, 1_000_000],
      ['divide-error', 1, 100_000],
    ]);
    // Each task starts when the one before it has been seen to end.
    const starts = m.tasks.map((t) => t.startNs);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(r.output).toBe(
      [
        'Simple syscall: 0.2500 microseconds',
        'Process fork+execve: 400.0000 microseconds',
        'Context switching - size=0k ovr=1.00: 2 1.50',
        'Pagefaults on /tmp/XXX: 0.8000 microseconds',
        'PTE write (ptemod): 0.0100 microseconds',
        'Port read (in 0x80): 1.0000 microseconds',
        'Bare page fault (pgfault): 0.4000 microseconds',
        'CR8 write (cr8wr): 0.05000 microseconds',
        'Call/return (callret): 0.00400 microseconds',
        'Divide error (divzero): 0.3333 microseconds',
        '',
      ].join('\n'),
    );
  });

  it('figures change only with what the engine reports', () => {
    const m = setup();
    m.rates.set('syscall', { txPerSecond: 1_000_000, cpuNsPerTx: { hypervisor: 1 } });
    const r = driveUntil(m, startRunning(LAT_SYSCALL_COMMAND, fakeContext(m), ['null']), NS_PER_S);
    expect(r.output).toBe('Simple syscall: 1.0000 microseconds\n');
  });

  it('runs the single tools', () => {
    const m = setup();
    expect(driveUntil(m, startRunning(LAT_PROC_COMMAND, fakeContext(m), ['exec']), 5 * NS_PER_S).output).toBe('Process fork+execve: 400.0000 microseconds\n');
    expect(driveUntil(m, startRunning(LAT_CTX_COMMAND, fakeContext(m), ['-s', '0', '2']), 10 * NS_PER_S).output).toBe('\n"size=0k ovr=1.00\n2 1.50\n');
    expect(driveUntil(m, startRunning(LAT_PAGEFAULT_COMMAND, fakeContext(m), ['/var/tmp/f']), 15 * NS_PER_S).output).toBe(
      'Pagefaults on /var/tmp/f: 0.8000 microseconds\n',
    );
  });

  it('cancels the running test on Ctrl-C and starts no more', () => {
    const m = setup();
    m.rates.set('fork-exec', { txPerSecond: 10, cpuNsPerTx: {} });
    const run = startRunning(LMBENCH_COMMAND, fakeContext(m), []);
    const r = driveUntil(m, run, 2 * NS_PER_S);
    expect(r.output).toBe('Simple syscall: 0.2500 microseconds\n');
    expect(run.interrupt()).toBe('^C\n');
    expect(m.tasks).toHaveLength(2);
    expect(m.tasks[1]?.cancelledAtNs).toBe(2 * NS_PER_S);
    expect(run.nextWakeNs()).toBeNull();
  });

  it('lat_proc fork is fork+exit without exec, shell goes through /bin/sh; lat_syscall read and write time null I/O', () => {
    const m = setup();
    m.rates.set('forkwait', { txPerSecond: 10_000, cpuNsPerTx: {} });
    m.rates.set('null-io', { txPerSecond: 2_000_000, cpuNsPerTx: {} });
    expect(driveUntil(m, startRunning(LAT_PROC_COMMAND, fakeContext(m), ['fork']), 5 * NS_PER_S).output).toBe('Process fork+exit: 100.0000 microseconds\n');
    expect(driveUntil(m, startRunning(LAT_PROC_COMMAND, fakeContext(m), ['shell']), 10 * NS_PER_S).output).toMatch(/^Process fork\+\/bin\/sh -c: \d+\.\d{4} microseconds\n$/);
    expect(driveUntil(m, startRunning(LAT_SYSCALL_COMMAND, fakeContext(m), ['read']), 15 * NS_PER_S).output).toBe('Simple read: 0.5000 microseconds\n');
    expect(m.tasks.map((t) => (typeof t.spec.workload === 'string' ? t.spec.workload : t.spec.workload.label))).toEqual(['forkwait', 'proc-shell', 'null-io']);
  });

  it('lat_ctx runs one test per process count with the size given, the header once, each less its overhead timed first', () => {
    const m = setup();
    const r = driveUntil(m, startRunning(LAT_CTX_COMMAND, fakeContext(m), ['-s', '64', '2', '8']), 10 * NS_PER_S);
    expect(r.output).toBe('\n"size=64k ovr=1.00\n2 1.50\n8 1.50\n');
    const mixes = m.tasks.map((t) => (typeof t.spec.workload === 'string' ? null : t.spec.workload.perTx));
    // The overhead: the same pipe and summing, no switch, so no TLB refill.
    expect(mixes.map((x) => [x?.contextSwitches, x?.tlbMisses])).toEqual([
      [0, 0],
      [1, 16],
      [0, 0],
      [1, 16],
    ]);
    expect(mixes[0]?.userCycles).toBe(mixes[1]?.userCycles);
  });

  it('lat_mmap maps, touches and unmaps: MB and microseconds per mapping', () => {
    const m = setup();
    m.rates.set('idle', { txPerSecond: 10_000, cpuNsPerTx: {} });
    const r = driveUntil(m, startRunning(LAT_MMAP_COMMAND, fakeContext(m), ['4m', '/tmp/f']), 10 * NS_PER_S);
    expect(r.output).toBe('4.000000 100\n');
    const w = m.tasks[0]?.spec.workload;
    expect(typeof w === 'string' ? null : w?.perTx.pageFaults).toBe(26);
  });

  it.each([
    [LAT_SYSCALL_COMMAND, []],
    [LAT_SYSCALL_COMMAND, ['stat']],
    [LAT_PROC_COMMAND, ['vfork']],
    [LAT_CTX_COMMAND, ['1']],
    [LAT_CTX_COMMAND, ['-s', '99999', '2']],
    [LAT_MMAP_COMMAND, ['4k', '/tmp/f']],
    [LAT_CTX_COMMAND, ['-x']],
    [LMBENCH_COMMAND, ['now']],
  ] as const)('%s refuses %j with status 1', (cmd, args) => {
    const m = setup();
    expect(cmd.run(fakeContext(m), args, null)).toMatchObject({ kind: 'done', status: 1 });
    expect(m.tasks).toHaveLength(0);
  });
});
