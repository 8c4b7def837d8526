import { describe, expect, it } from 'vitest';
import { NS_PER_S } from '../../sim/units.ts';
import { driveUntil, FakeTaskMachine, fakeContext, startRunning } from './fake-task-machine.ts';
import { KERNEL_OBJECTS } from './kernel-objects.ts';
import { MAKE_COMMAND } from './make.ts';

function setup(filesPerSecond = 4): FakeTaskMachine {
  const m = new FakeTaskMachine();
  // Per file: 0.6 s user, 0.05 s system, 0.2 s in the hypervisor (the guest's vCPU running: its system time).
  m.rates.set('kernel-build', { txPerSecond: filesPerSecond, cpuNsPerTx: { 'guest-user': 6e8, 'guest-kernel': 5e7, hypervisor: 2e8 } });
  return m;
}

describe('make', () => {
  it('starts a kernel-build task of 300 files with N workers', () => {
    const m = setup();
    startRunning(MAKE_COMMAND, fakeContext(m), ['-j', '4']);
    startRunning(MAKE_COMMAND, fakeContext(m), ['-j8', 'FILES=50', 'bzImage']);
    startRunning(MAKE_COMMAND, fakeContext(m), []);
    expect(m.tasks.map((t) => [t.spec.workload, t.spec.workers, t.spec.maxTransactions])).toEqual([
      ['kernel-build', 4, 300],
      ['kernel-build', 8, 50],
      ['kernel-build', 1, 300],
    ]);
  });

  it('prints one CC line per file compiled, then the kernel and time lines', () => {
    const m = setup();
    const run = startRunning(MAKE_COMMAND, fakeContext(m), ['-j', '2', 'FILES=8']);
    const r = driveUntil(m, run, 5 * NS_PER_S);
    expect(r.done).toBe(true);
    const cc = r.output.split('\n').filter((l) => l.startsWith('  CC '));
    expect(cc).toEqual(KERNEL_OBJECTS.slice(0, 8).map((o) => `  CC      ${o}`));
    expect(r.output).toContain('Kernel: arch/x86/boot/bzImage is ready  (#1)\n');
    // 8 files at 4 per second: 2 s real; 4.8 s user, 8 × 0.25 s sys.
    expect(r.output).toMatch(/\nreal\t0m2\.000s\nuser\t0m4\.800s\nsys\t0m2\.000s\n$/);
  });

  it('shows at most 20 CC lines per virtual second', () => {
    const m = setup(200);
    const run = startRunning(MAKE_COMMAND, fakeContext(m), ['-j', '64', 'FILES=100000']);
    const r = driveUntil(m, run, NS_PER_S);
    expect(r.output.split('\n').filter((l) => l.startsWith('  CC ')).length).toBeLessThanOrEqual(20);
  });

  it('cancels the build on Ctrl-C', () => {
    const m = setup();
    const run = startRunning(MAKE_COMMAND, fakeContext(m), ['-j4']);
    driveUntil(m, run, 2 * NS_PER_S);
    const out = run.interrupt();
    expect(m.tasks[0]?.cancelledAtNs).toBe(2 * NS_PER_S);
    expect(out).toMatch(/^\^Cmake: \*\*\* \[[\w/.-]+\.o\] Interrupt\n$/);
    expect(run.nextWakeNs()).toBeNull();
  });

  it('takes -j without a number as the simulator maximum', () => {
    const m = setup();
    startRunning(MAKE_COMMAND, fakeContext(m), ['-j']);
    expect(m.tasks[0]?.spec.workers).toBe(64);
  });

  it.each([[['-j', '0']], [['--bogus']], [['install']], [['FILES=x']]])('refuses %j with status 2', (args) => {
    const m = setup();
    expect(MAKE_COMMAND.run(fakeContext(m), args, null)).toMatchObject({ kind: 'done', status: 2 });
    expect(m.tasks).toHaveLength(0);
  });
});
