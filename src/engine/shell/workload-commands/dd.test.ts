import { describe, expect, it } from 'vitest';
import { NS_PER_S } from '../../sim/units.ts';
import { DD_COMMAND, siBytes } from './dd.ts';
import { driveUntil, FakeTaskMachine, fakeContext, startRunning } from './fake-task-machine.ts';

function setup(): FakeTaskMachine {
  const m = new FakeTaskMachine();
  m.rates.set('seq-write', { txPerSecond: 100, cpuNsPerTx: { 'guest-kernel': 1e5 } });
  m.rates.set('stream', { txPerSecond: 4000, cpuNsPerTx: { 'guest-user': 2e5 } });
  return m;
}

describe('dd', () => {
  it('writes count × bs MiB with the seq-write workload', () => {
    const m = setup();
    startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=big', 'bs=1M', 'count=1024']);
    expect(m.tasks[0]?.spec).toMatchObject({ workload: 'seq-write', workers: 1, maxTransactions: 1024 });
    startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=small', 'bs=4k', 'count=512']);
    expect(m.tasks[1]?.spec.maxTransactions).toBe(2);
  });

  it('reports records, bytes, elapsed time and rate from the task progress', () => {
    const m = setup();
    const run = startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=/tmp/out', 'bs=1M', 'count=1024']);
    const r = driveUntil(m, run, 20 * NS_PER_S);
    expect(r.done).toBe(true);
    // 1024 MiB at 100 MiB/s: 10.24 s.
    expect(r.output).toBe('1024+0 records in\n1024+0 records out\n1073741824 bytes (1.1 GB) copied, 10.24 s, 105 MB/s\n');
  });

  it('leaves a placeholder file whose size is what dd wrote, for ls and df', () => {
    const m = setup();
    const run = startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=out.img', 'bs=1M', 'count=10']);
    driveUntil(m, run, 2 * NS_PER_S);
    const stat = m.fs.stat('/root/out.img');
    expect(stat?.kind).toBe('file');
    expect(stat?.size).toBe(10485760);
    expect(m.fs.usedBytes()).toBe(10485760);
    const text = m.fs.read('/root/out.img');
    expect(text.ok && text.value).toContain('10485760 bytes');
  });

  it('stops when the file system is full: No space left on device, status 1, the file as large as the space was', () => {
    const m = setup();
    m.diskKiB = 50 * 1024;
    const run = startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=/tmp/fill', 'bs=1M', 'count=1000']);
    expect(m.tasks[0]?.spec.maxTransactions).toBe(50);
    const r = driveUntil(m, run, 20 * NS_PER_S);
    expect(r.status).toBe(1);
    // The 51st block was read, and its write failed.
    expect(r.output).toBe("dd: writing `/tmp/fill': No space left on device\n51+0 records in\n50+0 records out\n52428800 bytes (52 MB) copied, 0.5 s, 105 MB/s\n");
    expect(m.fs.stat('/tmp/fill')?.size).toBe(52428800);
    // Writing it again truncates it first: the same 50 MiB fit.
    const again = driveUntil(m, startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=/tmp/fill', 'bs=1M', 'count=20']), 20 * NS_PER_S);
    expect(again.status).toBe(0);
    expect(m.fs.usedBytes()).toBe(20 * 1048576);
    // A full disk refuses at once.
    expect(driveUntil(m, startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=/tmp/more', 'bs=1M', 'count=40']), 20 * NS_PER_S).output).toContain('30+0 records out');
    const full = DD_COMMAND.run(fakeContext(m), ['if=/dev/zero', 'of=/tmp/last', 'bs=1M', 'count=1'], null);
    expect(full).toEqual({ kind: 'done', output: "dd: writing `/tmp/last': No space left on device\n1+0 records in\n0+0 records out\n0 bytes (0 B) copied, 0 s, 0 B/s\n", status: 1 });
  });

  it('count=0 copies nothing and says so at once; status=none keeps only the error', () => {
    const m = setup();
    expect(DD_COMMAND.run(fakeContext(m), ['if=/dev/zero', 'of=/tmp/none', 'count=0'], null)).toEqual({ kind: 'done', output: '0+0 records in\n0+0 records out\n0 bytes (0 B) copied, 0 s, 0 B/s\n', status: 0 });
    m.diskKiB = 0;
    expect(DD_COMMAND.run(fakeContext(m), ['if=/dev/zero', 'of=/tmp/full', 'bs=1M', 'count=1', 'status=none'], null)).toEqual({ kind: 'done', output: "dd: writing `/tmp/full': No space left on device\n", status: 1 });
    expect(m.tasks).toHaveLength(0);
  });

  it('fails like dd when the directory does not exist', () => {
    const m = setup();
    const r = DD_COMMAND.run(fakeContext(m), ['if=/dev/zero', 'of=/nope/x', 'bs=1M', 'count=1'], null);
    expect(r).toEqual({ kind: 'done', output: "dd: opening `/nope/x': No such file or directory\n", status: 1 });
    expect(m.tasks).toHaveLength(0);
  });

  it('treats of=/dev/null as a memory copy', () => {
    const m = setup();
    const run = startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=/dev/null', 'bs=1M', 'count=2000']);
    expect(m.tasks[0]?.spec.workload).toBe('stream');
    expect(driveUntil(m, run, NS_PER_S).output).toContain('2097152000 bytes (2.1 GB) copied, 0.5 s, 4.2 GB/s');
  });

  it('reports the whole records written so far on Ctrl-C', () => {
    const m = setup();
    const run = startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=x', 'bs=1M']);
    driveUntil(m, run, 1.5 * NS_PER_S);
    const out = run.interrupt();
    expect(m.tasks[0]?.cancelledAtNs).toBe(1.5 * NS_PER_S);
    expect(out).toBe('^C150+0 records in\n150+0 records out\n157286400 bytes (157 MB) copied, 1.5 s, 105 MB/s\n');
  });

  it.each([[['if=/dev/zero']], [['if=/etc/passwd', 'of=x']], [['if=/dev/zero', 'of=x', 'bs=0']], [['if=/dev/zero', 'of=x', 'bogus']], [['if=/dev/zero', 'of=x', 'count=-1']]])(
    'refuses %j with status 1',
    (args) => {
      const m = setup();
      expect(DD_COMMAND.run(fakeContext(m), args, null)).toMatchObject({ kind: 'done', status: 1 });
      expect(m.tasks).toHaveLength(0);
    },
  );

  it('formats sizes as coreutils does', () => {
    expect(siBytes(512)).toBe('512 B');
    expect(siBytes(1_048_576)).toBe('1.0 MB');
    expect(siBytes(104_857_600)).toBe('105 MB');
    expect(siBytes(999_999)).toBe('1.0 MB');
  });
});
