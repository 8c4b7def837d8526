import { describe, expect, it } from 'vitest';
import { headlessShell, plainText } from '../../headless-shell.ts';
import { guest, testScenario } from '../../memory/test-host.ts';
import type { PlatformKind } from '../../scenario/schema.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { BUFFERED_SEQ_WRITE, FDATASYNC, ZEROS_TO_NULL } from '../../workloads/dd-writes.ts';
import { typedInto } from '../../preset-console.fixture.ts';
import { DD_COMMAND, siBytes } from './dd.ts';
import { driveUntil, FakeTaskMachine, fakeContext, startRunning } from './fake-task-machine.ts';

function setup(): FakeTaskMachine {
  const m = new FakeTaskMachine();
  m.rates.set('seq-write', { txPerSecond: 100, cpuNsPerTx: { 'guest-kernel': 1e5 } });
  // The tool workloads built here (the buffered write, the flush) are of kind 'idle'.
  m.rates.set('idle', { txPerSecond: 100, cpuNsPerTx: { 'guest-kernel': 1e5 } });
  m.rates.set('stream', { txPerSecond: 4000, cpuNsPerTx: { 'guest-user': 2e5 } });
  return m;
}

describe('dd', () => {
  it('writes count × bs MiB through the page cache by default, every block waited for with oflag=direct, dsync or sync', () => {
    const m = setup();
    startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=big', 'bs=1M', 'count=1024']);
    expect(m.tasks[0]?.spec).toMatchObject({ workload: BUFFERED_SEQ_WRITE, workers: 1, maxTransactions: 1024 });
    // Left to writeback: nothing waited for at the disk.
    expect(BUFFERED_SEQ_WRITE.perTx).toMatchObject({ diskOps: 0, writebackOps: 1, diskBytesPerOp: 1_048_576 });
    startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=small', 'bs=4k', 'count=512', 'conv=notrunc']);
    expect(m.tasks[1]?.spec).toMatchObject({ workload: BUFFERED_SEQ_WRITE, maxTransactions: 2 });
    for (const oflag of ['oflag=direct', 'oflag=dsync', 'oflag=sync', 'oflag=append,direct']) {
      startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=d', 'bs=1M', 'count=8', oflag, 'conv=fdatasync']);
      expect(m.tasks.at(-1)?.spec.workload).toBe('seq-write');
    }
  });

  it('conv=fdatasync (or fsync) flushes once the copy is done, and reports the time to the end of the flush', () => {
    for (const conv of ['conv=fdatasync', 'conv=notrunc,fsync']) {
      const m = setup();
      const run = startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=/tmp/f', 'bs=1M', 'count=10', conv]);
      // The copy takes 0.1 s; dd looks at 1, 2, 4 … 128 ms, sees it done and starts the flush (one transaction: 10 ms here).
      const r = driveUntil(m, run, 5 * NS_PER_S);
      expect(m.tasks.map((t) => [t.spec.workload, t.startNs])).toEqual([
        [BUFFERED_SEQ_WRITE, 0],
        [FDATASYNC, 0.128 * NS_PER_S],
      ]);
      expect(m.tasks[1]?.spec.maxTransactions).toBe(1);
      expect(r.output).toBe('10+0 records in\n10+0 records out\n10485760 bytes (10 MB) copied, 0.138 s, 76 MB/s\n');
    }
    // The flush waits for the blocks and the journal commit, as a synchronous write.
    expect(FDATASYNC.perTx).toMatchObject({ diskOps: 1, syncWrites: 1, writebackOps: 0 });
  });

  it('conv=fdatasync: no flush after a failed write, and Ctrl-C in the flush reports every block', () => {
    const m = setup();
    m.diskKiB = 5 * 1024;
    const full = driveUntil(m, startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=/tmp/f', 'bs=1M', 'count=10', 'conv=fdatasync']), 5 * NS_PER_S);
    expect(full.status).toBe(1);
    expect(m.tasks).toHaveLength(1);
    const n = setup();
    n.rates.set('idle', { txPerSecond: 1000, cpuNsPerTx: {} });
    const run = startRunning(DD_COMMAND, fakeContext(n), ['if=/dev/zero', 'of=/tmp/f', 'bs=1M', 'count=10', 'conv=fdatasync']);
    // A flush of 1 ms: stopped before it ends, at 16.5 ms.
    driveUntil(n, run, 0.0165 * NS_PER_S);
    expect(n.tasks).toHaveLength(2);
    expect(run.interrupt()).toBe('^C10+0 records in\n10+0 records out\n10485760 bytes (10 MB) copied, 0.0165 s, 636 MB/s\n');
    expect(n.tasks[1]?.cancelledAtNs).toBe(0.0165 * NS_PER_S);
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

  it('treats of=/dev/null as the kernel zeroing each block: system time, no disk', () => {
    const m = setup();
    m.rates.set('idle', { txPerSecond: 4000, cpuNsPerTx: { 'guest-kernel': 2e5 } });
    const run = startRunning(DD_COMMAND, fakeContext(m), ['if=/dev/zero', 'of=/dev/null', 'bs=1M', 'count=2000']);
    expect(m.tasks[0]?.spec.workload).toBe(ZEROS_TO_NULL);
    expect(ZEROS_TO_NULL.perTx).toMatchObject({ memBytes: 0, userCycles: 0, kernelMemBytes: 1_048_576, diskOps: 0, writebackOps: 0 });
    expect(driveUntil(m, run, NS_PER_S).output).toContain('2097152000 bytes (2.1 GB) copied, 0.5 s, 4.2 GB/s');
    const out = typedInto('classroom-default', { platform: 'container', console: 'web1', atS: 30 }, ['time dd if=/dev/zero of=/dev/null bs=1M count=200']);
    // 200 MiB zeroed at the host's memory bandwidth: a few hundredths of a second, all of it system time.
    expect(out).toMatch(/\nuser\t0m0\.000s\nsys\t0m0\.0[1-9]\ds\n/);
  });

  it("reports no rate on Solaris 10, whose dd prints its records only", () => {
    const out = typedInto('solaris-containers', { platform: 'container', console: 'web', atS: 30 }, ['dd if=/dev/zero of=/tmp/f bs=1M count=20', 'echo status $?']);
    expect(out).toContain('web# dd if=/dev/zero of=/tmp/f bs=1M count=20\n20+0 records in\n20+0 records out\nweb# echo status $?\nstatus 0');
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

/** MB/s of the `copied` line of each dd in `out`. */
function rates(out: string): number[] {
  const units: Readonly<Record<string, number>> = { 'MB/s': 1, 'GB/s': 1000 };
  return [...out.matchAll(/copied, [\d.e-]+ s, ([\d.]+) ([MG]B\/s)/g)].map((m) => Number(m[1]) * (units[m[2] ?? ''] ?? NaN));
}

/** What the console of a guest `vm` with `memoryMiB` of memory (the test host's SSD: 500 MB/s) shows for `commands` on `platform`. */
function ddOn(platform: PlatformKind, memoryMiB: number, commands: readonly string[]): string {
  const r = headlessShell(testScenario([guest('vm', 'idle', { memoryMiB })]), { platform, console: 'vm', commands });
  if ('error' in r) throw new Error(r.error);
  return plainText(r.output);
}

/** The test host's disk (ssd in calibration/devices.ts), MB/s. */
const DISK_MB_S = 500;
/** A quiet disk between copies: the writeback a copy left is written before the next starts. */
const SETTLE = 'sleep 10';

describe('dd on the engine: the page cache, its dirty limit and the flush', () => {
  it.each(['native', 'hosted', 'bare-metal', 'container'] as PlatformKind[])('on %s a buffered 100 MiB copy reports memory speed, far above oflag=direct; conv=fdatasync reports about the disk\'s', (platform) => {
    const out = ddOn(platform, 1024, [
      'dd if=/dev/zero of=/tmp/f bs=1M count=100',
      SETTLE,
      'dd if=/dev/zero of=/tmp/g bs=1M count=100 oflag=direct',
      SETTLE,
      'dd if=/dev/zero of=/tmp/h bs=1M count=100 conv=fdatasync',
    ]);
    const [buffered, direct, flushed] = rates(out);
    expect(out).toContain('104857600 bytes (105 MB) copied');
    expect(buffered).toBeGreaterThan(5 * (direct ?? NaN));
    expect(direct).toBeLessThanOrEqual(DISK_MB_S * 1.05);
    expect(flushed).toBeGreaterThan(0.8 * DISK_MB_S);
    expect(flushed).toBeLessThanOrEqual(1.05 * DISK_MB_S);
  });

  it('a copy bigger than the guest\'s dirty limit is held to about the disk\'s speed; one within it is not', () => {
    // A 256 MiB VM's kernel lets about 51 MiB be dirty (vm_dirty_ratio 20 %).
    const out = ddOn('bare-metal', 256, ['dd if=/dev/zero of=/tmp/small bs=1M count=20', SETTLE, 'dd if=/dev/zero of=/tmp/big bs=1M count=2000']);
    const [small, big] = rates(out);
    expect(small).toBeGreaterThan(5 * DISK_MB_S);
    expect(big).toBeGreaterThan(0.9 * DISK_MB_S);
    expect(big).toBeLessThan(1.15 * DISK_MB_S);
  });

  it('gives the same report for the same scenario', () => {
    const commands = ['dd if=/dev/zero of=/tmp/f bs=1M count=300', 'dd if=/dev/zero of=/tmp/h bs=1M count=50 conv=fsync'];
    expect(ddOn('hosted', 512, commands)).toBe(ddOn('hosted', 512, commands));
  });
});

describe('dd oflag=direct on the disk counters', () => {
  it('its blocks count as written, not read', () => {
    const out = typedInto('virtuozzo', { platform: 'native', console: 'shell' }, ['iostat -d', 'dd if=/dev/zero of=/tmp/f bs=1M count=100 oflag=direct', 'iostat -d']);
    const rows = [...out.matchAll(/^sda\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+(\d+)\s+(\d+)\s*$/gm)].map((m) => ({ read: Number(m[1]), written: Number(m[2]) }));
    expect(rows).toHaveLength(2);
    // 100 MiB are 204,800 blocks of 512 bytes.
    expect(rows[1]!.written - rows[0]!.written).toBeGreaterThanOrEqual(204_800);
    expect(rows[1]!.read - rows[0]!.read).toBeLessThan(204_800);
  });
});
