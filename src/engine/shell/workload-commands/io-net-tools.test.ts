import { describe, expect, it } from 'vitest';
import { typedInto } from '../../preset-console.fixture.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { driveUntil, FakeTaskMachine, fakeContext, startRunning } from './fake-task-machine.ts';
import { FIO_COMMAND, parseFioArgs } from './fio.ts';
import { FORKWAIT_COMMAND } from './forkwait.ts';
import { NETPERF_COMMAND } from './netperf.ts';
import { IPERF_COMMAND, TTCP_COMMAND } from './ttcp.ts';
import type { WorkloadDef } from '../../workloads/catalog.ts';

function builtWorkload(m: FakeTaskMachine, i = 0): WorkloadDef {
  const w = m.tasks[i]?.spec.workload;
  if (w === undefined || typeof w === 'string') throw new Error('expected a workload built from the options');
  return w;
}

describe('fio', () => {
  it('builds its job from the usual flags: randwrite bs=4k fsync=1 is one synchronous write per I/O', () => {
    const m = new FakeTaskMachine();
    m.rates.set('fio', { txPerSecond: 4000, cpuNsPerTx: { 'guest-kernel': 20_000 }, latencyMs: { p50: 0.233, p99: 0.546 } });
    const r = driveUntil(m, startRunning(FIO_COMMAND, fakeContext(m), ['--name=rw', '--rw=randwrite', '--bs=4k', '--fsync=1', '--runtime=10', '--filename=/tmp/f']), 20 * NS_PER_S);
    expect(r.done).toBe(true);
    expect(builtWorkload(m).perTx).toMatchObject({ syncWrites: 1, diskOps: 1, diskBytesPerOp: 4096 });
    expect(m.tasks[0]?.spec).toMatchObject({ workers: 1, maxDurationNs: 10 * NS_PER_S });
    expect(r.output).toBe(
      [
        'rw: (g=0): rw=randwrite, bs=(R) 4096B-4096B, (W) 4096B-4096B, (T) 4096B-4096B, ioengine=psync, iodepth=1',
        'fio-3.1',
        'Starting 1 process',
        '',
        'rw: (groupid=0, jobs=1): err= 0: pid=2000',
        '  write: IOPS=4000, BW=15.6MiB/s (16.4MB/s)(156.3MiB/10000msec)',
        '    clat percentiles (usec): 50.00th=[233], 99.00th=[546]',
        '  cpu          : usr=0.00%, sys=8.00%',
        '  IO depths    : 1=100.0%',
        '',
        'Run status group 0 (all jobs):',
        '  WRITE: bw=15.6MiB/s (16.4MB/s), io=156.3MiB, run=10000-10000msec',
        '',
      ].join('\n'),
    );
  });

  it('keeps iodepth I/Os in flight per job only with libaio and direct=1; --size ends the job', () => {
    const m = new FakeTaskMachine();
    startRunning(FIO_COMMAND, fakeContext(m), ['--name=a', '--rw=randread', '--ioengine=libaio', '--direct=1', '--iodepth=16', '--numjobs=2', '--size=64m']);
    expect(m.tasks[0]?.spec).toMatchObject({ workers: 32, maxTransactions: (2 * 64 * 1024 * 1024) / 4096 });
    startRunning(FIO_COMMAND, fakeContext(m), ['-name=b', '-rw=read', '-ioengine=libaio', '-iodepth=16', '-runtime=5']);
    expect(m.tasks[1]?.spec.workers).toBe(1);
  });

  it.each([
    [['--rw=randrw', '--runtime=5'], /only read, write, randread, randwrite/],
    [['--bs=1000', '--runtime=5'], /multiple of 512/],
    [['--rw=read'], /--runtime/],
    [['--ioengine=io_uring', '--runtime=5'], /psync and libaio/],
    [['--verify=md5', '--runtime=5'], /not modelled/],
  ])('refuses %j', (args, message) => {
    const a = parseFioArgs(args);
    expect(typeof a === 'string' && a).toMatch(message);
  });
});

describe('ttcp and iperf', () => {
  it('ttcp -t to the remote machine sends nbuf buffers and reports KB/s and Mbit/s', () => {
    const m = new FakeTaskMachine();
    m.reachable.add('remote');
    m.rates.set('ttcp', { txPerSecond: 900, cpuNsPerTx: { 'guest-kernel': 500_000 } });
    const r = driveUntil(m, startRunning(TTCP_COMMAND, fakeContext(m), ['-t', '-l', '8192', '-n', '2048', '-M', '500', 'remote']), 60 * NS_PER_S);
    expect(r.done).toBe(true);
    const spec = m.tasks[0]?.spec;
    expect(spec?.peer).toBeUndefined();
    expect(spec?.maxTransactions).toBeCloseTo((8192 * 2048) / 125_000, 9);
    expect(builtWorkload(m).perTx.netPackets).toBeCloseTo((125_000 / 448) * 1.5, 9);
    expect(r.output.split('\n')[0]).toBe('ttcp-t: buflen=8192, nbuf=2048, align=16384/0, port=5001  tcp  -> remote');
    expect(r.output).toMatch(/ttcp-t: 16777216 bytes in 0\.15 real seconds = 109863\.28 KB\/sec \+\+\+\n/);
    expect(r.output).toMatch(/\(900\.0 Mbit\/s\)\n$/);
  });

  it('ttcp -t reports exactly nbuf × buflen bytes in nbuf calls when the engine’s last batch ran past them, at the rate it measured', () => {
    const m = new FakeTaskMachine();
    m.reachable.add('remote');
    m.rates.set('ttcp', { txPerSecond: 900, cpuNsPerTx: { 'guest-kernel': 500_000 } });
    const start = m.startTask.bind(m);
    // The engine counts whole batches: its task ends 3 % past the limit, at the same rate.
    m.startTask = (spec) => {
      const task = start(spec);
      return { progress: () => ({ ...task.progress(), transactions: task.progress().transactions * 1.03, elapsedNs: task.progress().elapsedNs * 1.03 }), cancel: () => task.cancel() };
    };
    const r = driveUntil(m, startRunning(TTCP_COMMAND, fakeContext(m), ['-t', 'remote']), 60 * NS_PER_S);
    expect(r.output).toContain('ttcp-t: 16777216 bytes in 0.15 real seconds = 109863.28 KB/sec +++\n');
    expect(r.output).toContain('ttcp-t: 2048 I/O calls, msec/call = 0.07, calls/sec = 13732.91\n');
    expect(r.output).toMatch(/\(900\.0 Mbit\/s\)\n$/);
  });

  it('an address nothing answers at fails to connect as the guest’s network would: no ARP reply on its subnet, no SYN-ACK beyond its gateway', () => {
    const m = new FakeTaskMachine();
    m.interfaces = () => [{ name: 'eth0', ipv4: '192.168.1.100', prefix: 24, mac: '00:16:3e:a1:b2:10', gateway: '192.168.1.1' }];
    const far = startRunning(TTCP_COMMAND, fakeContext(m), ['-t', '10.0.0.99']);
    expect(driveUntil(m, far, 188 * NS_PER_S)).toEqual({ output: 'ttcp-t: buflen=8192, nbuf=2048, align=16384/0, port=5001  tcp  -> 10.0.0.99\nttcp-t: socket\n', done: false, status: 0 });
    expect(driveUntil(m, far, 189 * NS_PER_S)).toEqual({ output: 'ttcp-t: connect: Connection timed out\n', done: true, status: 1 });
    const near = startRunning(IPERF_COMMAND, fakeContext(m), ['-c', '192.168.1.77']);
    expect(driveUntil(m, near, m.nowNs + 3 * NS_PER_S).output).toMatch(/-{60}\nconnect failed: No route to host\n$/);
    expect(m.tasks).toHaveLength(0);
  });

  it('a guest’s name makes it the peer; an unknown name is refused', () => {
    const m = new FakeTaskMachine();
    m.reachable.add('server');
    startRunning(TTCP_COMMAND, fakeContext(m), ['-t', 'server']);
    expect(m.tasks[0]?.spec.peer).toBe('server');
    expect(TTCP_COMMAND.run(fakeContext(m), ['-t', 'nosuch'], null)).toEqual({ kind: 'done', output: 'ttcp: unknown host nosuch\n', status: 1 });
    expect(TTCP_COMMAND.run(fakeContext(m), ['-t', '-r', 'server'], null)).toMatchObject({ status: 1 });
  });

  it('iperf -c sends for -t seconds; -M sets the segment size', () => {
    const m = new FakeTaskMachine();
    m.reachable.add('remote');
    m.rates.set('ttcp', { txPerSecond: 941, cpuNsPerTx: {} });
    const r = driveUntil(m, startRunning(IPERF_COMMAND, fakeContext(m), ['-c', 'remote', '-t', '10', '-M', '448']), 20 * NS_PER_S);
    expect(r.output).toMatch(/\[ {2}3\] {2}0\.0-10\.0 sec {2}1\.10 GBytes {2}941 Mbits\/sec\n$/);
    expect(builtWorkload(m).perTx.netPackets).toBeCloseTo((125_000 / 448) * 1.5, 9);
  });
});

describe('netperf', () => {
  it('UDP_RR to the remote machine with -r sizes', () => {
    const m = new FakeTaskMachine();
    // The remote machine answers (a ping, netserver's port).
    m.reachable.add('remote');
    m.rates.set('netperf', { txPerSecond: 20_000, cpuNsPerTx: {} });
    const r = driveUntil(m, startRunning(NETPERF_COMMAND, fakeContext(m), ['-H', 'remote', '-t', 'UDP_RR', '-l', '5', '--', '-r', '64,1024']), 10 * NS_PER_S);
    expect(m.tasks[0]?.spec.peer).toBeUndefined();
    expect(builtWorkload(m).perTx).toMatchObject({ netPackets: 2, netRoundTrips: 1 });
    expect(r.output).toContain('UDP REQUEST/RESPONSE TEST from 0.0.0.0 (0.0.0.0) port 0 AF_INET to remote (remote) port 0 AF_INET\n');
    expect(r.output).toContain('9216   42080  64       1024    5.00     20000.00\n');
  });

  it('TCP_STREAM to a guest reads its megabit transactions as 10^6 bits/s', () => {
    const m = new FakeTaskMachine();
    m.reachable.add('b');
    m.rates.set('netperf', { txPerSecond: 940, cpuNsPerTx: {} });
    const r = driveUntil(m, startRunning(NETPERF_COMMAND, fakeContext(m), ['-H', 'b', '-t', 'TCP_STREAM', '-l', '2']), 10 * NS_PER_S);
    expect(m.tasks[0]?.spec).toMatchObject({ peer: 'b', workers: 2 });
    expect(r.output).toContain(' 87380  16384  16384    2.00       940.00\n');
  });

  it('an unknown host or this machine is refused', () => {
    const m = new FakeTaskMachine();
    expect(NETPERF_COMMAND.run(fakeContext(m), ['-H', 'nosuch'], null)).toMatchObject({ kind: 'done', status: 1 });
    expect(NETPERF_COMMAND.run(fakeContext(m), ['-H', 'localhost'], null)).toMatchObject({ kind: 'done', status: 1 });
  });
});

describe('forkwait', () => {
  it('times 40,000 fork/wait pairs by default', () => {
    const m = new FakeTaskMachine();
    m.rates.set('forkwait', { txPerSecond: 20_000, cpuNsPerTx: {} });
    const r = driveUntil(m, startRunning(FORKWAIT_COMMAND, fakeContext(m), []), 10 * NS_PER_S);
    expect(m.tasks[0]?.spec).toMatchObject({ workload: 'forkwait', maxTransactions: 40_000 });
    expect(r.output).toBe('forkwait: 40000 fork/wait pairs in 2.000 s: 50.00 microseconds each\n');
  });
});

describe('netperf to an address nothing answers at', () => {
  it('gives up as netlib does, after the connect times out, with status 1', () => {
    const out = typedInto('xen', { platform: 'bare-metal', console: 'web', atS: 60 }, ['netperf -H 10.0.0.99 -t TCP_RR -l 2', 'echo status $?']);
    expect(out).toContain('establish control: are you sure there is a netserver listening on 10.0.0.99 at port 12865?\n');
    expect(out).not.toContain('REQUEST/RESPONSE TEST');
    expect(out).toContain('status 1');
  });
});
