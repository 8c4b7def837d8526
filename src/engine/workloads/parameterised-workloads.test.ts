import { describe, expect, test } from 'vitest';
import { WORKLOADS, workloadOf } from './catalog.ts';
import { fioWorkload } from './fio.ts';
import { MEGABIT_BYTES } from './bulk-tcp.ts';
import { latCtxMix, latMmapMix } from './lmbench-mixes.ts';
import { netperfWorkload } from './netperf.ts';
import { FORK_EXEC_MIX, FORKWAIT_MIX } from './process-creation.ts';
import { specwebMix } from './specweb.ts';
import { osdbMix } from './osdb-oltp.ts';
import { ttcpWorkload } from './ttcp.ts';
import { STATIC_GET_MIX } from './web-requests.ts';

describe('fio: one transaction is one I/O', () => {
  test('randwrite bs=4k fsync=1 waits for one synchronous 4 KiB write per op, with a seek, and calls pwrite and fsync', () => {
    const m = fioWorkload({ rw: 'randwrite', bs: 4096, fsync: 1 }).perTx;
    expect(m).toMatchObject({ diskOps: 1, syncWrites: 1, writebackOps: 0, diskBytesPerOp: 4096, diskSeeksPerOp: 1, syscalls: 2 });
  });

  test('sequential buffered writes without fsync are only written back, merged into 512 KiB requests', () => {
    const m = fioWorkload({ rw: 'write', bs: 4096 }).perTx;
    expect(m).toMatchObject({ diskOps: 0, syncWrites: 0, diskBytesPerOp: 524_288, diskSeeksPerOp: 0 });
    expect(m.writebackOps).toBeCloseTo(4096 / 524_288, 12);
  });

  test('sequential writes with fsync=32 force the 128 KiB written since the last fsync out in one request', () => {
    const m = fioWorkload({ rw: 'write', bs: 4096, fsync: 32 }).perTx;
    expect(m.diskOps).toBeCloseTo(1 / 32, 12);
    expect(m.syncWrites).toBeCloseTo(1 / 32, 12);
    expect(m.diskBytesPerOp).toBe(131_072);
    expect(m.syscalls).toBeCloseTo(1 + 1 / 32, 12);
  });

  test('O_DIRECT writes are synchronous and fio issues no fsync for them', () => {
    const m = fioWorkload({ rw: 'randwrite', bs: 8192, direct: true, fsync: 1 }).perTx;
    expect(m).toMatchObject({ diskOps: 1, syncWrites: 1, syscalls: 1, diskBytesPerOp: 8192 });
  });

  test('buffered sequential reads come from read-ahead windows, random ones page by page', () => {
    expect(fioWorkload({ rw: 'read', bs: 4096 }).perTx).toMatchObject({ diskOps: 4096 / 131_072, diskBytesPerOp: 131_072, diskSeeksPerOp: 0, syncWrites: 0 });
    expect(fioWorkload({ rw: 'randread', bs: 512 }).perTx).toMatchObject({ diskOps: 1, diskBytesPerOp: 4096, diskSeeksPerOp: 1 });
  });

  test('iodepth keeps I/Os in flight only with libaio on O_DIRECT; numjobs multiplies', () => {
    const inFlight = (p: Parameters<typeof fioWorkload>[0]): unknown => fioWorkload(p).concurrency;
    expect(inFlight({ ioengine: 'libaio', direct: true, iodepth: 32, numjobs: 2 })).toEqual({ fixed: 64 });
    expect(inFlight({ ioengine: 'libaio', iodepth: 32 })).toEqual({ fixed: 1 });
    expect(inFlight({ ioengine: 'psync', direct: true, iodepth: 32, numjobs: 4 })).toEqual({ fixed: 4 });
    expect(fioWorkload({ ioengine: 'libaio', direct: true }).perTx.syscalls).toBe(2);
  });
});

describe('bulk TCP: one transaction is one megabit of payload', () => {
  test('a 500-byte MTU needs (1500 − 52) / (500 − 52) times the packets of Ethernet', () => {
    const at = (mtu: number) => ttcpWorkload({ mtu }).perTx.netPackets;
    expect(at(500) / at(1500)).toBeCloseTo(1448 / 448, 9);
    expect(at(1500)).toBeCloseTo((MEGABIT_BYTES / 1448) * 1.5, 9);
  });

  test('the message size sets the write calls; transmit and receive move the same packets in opposite directions', () => {
    expect(ttcpWorkload({ messageBytes: 8192 }).perTx.syscalls).toBeCloseTo(MEGABIT_BYTES / 8192, 9);
    const { netSentShare: sentTx, ...tx } = ttcpWorkload({ direction: 'transmit' }).perTx;
    const { netSentShare: sentRx, ...rx } = ttcpWorkload({ direction: 'receive' }).perTx;
    expect(rx).toEqual(tx);
    // The sender sends the data segments and receives an ACK for every second one; the receiver the reverse.
    expect(sentTx).toBeCloseTo(2 / 3, 12);
    expect(sentRx).toBeCloseTo(1 / 3, 12);
    expect(ttcpWorkload({}).unit).toBe('Mbit/s');
  });

  test('netperf TCP_STREAM is ttcp -t with netperf’s 16 KiB sends', () => {
    expect(netperfWorkload({ test: 'TCP_STREAM' }).perTx).toEqual(ttcpWorkload({ messageBytes: 16_384, direction: 'transmit' }).perTx);
  });
});

describe('netperf request/response', () => {
  test('TCP_RR and UDP_RR: one round trip, a packet each way, UDP with less kernel work', () => {
    const tcp = netperfWorkload({ test: 'TCP_RR' }).perTx;
    const udp = netperfWorkload({ test: 'UDP_RR' }).perTx;
    expect(tcp).toMatchObject({ netPackets: 2, netRoundTrips: 1, syscalls: 2 });
    expect(udp).toMatchObject({ netPackets: 2, netRoundTrips: 1, syscalls: 2 });
    expect(udp.kernelCycles).toBeLessThan(tcp.kernelCycles);
  });

  test('a response larger than a segment takes as many packets as the MTU needs', () => {
    expect(netperfWorkload({ test: 'TCP_RR', requestBytes: 100, responseBytes: 8192 }).perTx.netPackets).toBe(1 + Math.ceil(8192 / 1448));
  });

  test('netperf sends the request and receives the response', () => {
    expect(netperfWorkload({ test: 'TCP_RR' }).perTx.netSentShare).toBe(1 / 2);
    const big = netperfWorkload({ test: 'TCP_RR', requestBytes: 100, responseBytes: 8192 }).perTx;
    expect(big.netSentShare * big.netPackets).toBe(1);
  });
});

describe('which way the packets go', () => {
  test('a web server sends ≈ 11 of the 18 packets of a static GET and receives ≈ 7 (docs/workloads.md §5)', () => {
    expect(STATIC_GET_MIX.netSentShare * STATIC_GET_MIX.netPackets).toBeCloseTo(11, 9);
    expect(WORKLOADS['web-server'].perTx.netSentShare).toBeCloseTo(11 / 18, 12);
  });

  test('a workload that does not say prices half its packets each way', () => {
    expect(WORKLOADS['kernel-build'].perTx.netSentShare).toBe(0.5);
  });
});

describe('process creation', () => {
  test('forkwait forks and waits without exec: 4 syscalls, 19 faults, fewer than fork+exec', () => {
    expect(FORKWAIT_MIX).toMatchObject({ syscalls: 4, pageFaults: 19, contextSwitches: 2 });
    expect(FORKWAIT_MIX.pageFaults).toBeLessThan(FORK_EXEC_MIX.pageFaults);
    expect(WORKLOADS.forkwait.perTx).toBe(FORKWAIT_MIX);
  });
});

describe('lmbench mixes', () => {
  test('lat_ctx: each switch refills the TLB for the process’s array; the arrays come from memory once the ring outgrows the cache', () => {
    expect(latCtxMix(2, 0)).toMatchObject({ contextSwitches: 1, syscalls: 2, tlbMisses: 0, memBytes: 0 });
    expect(latCtxMix(2, 64)).toMatchObject({ tlbMisses: 16, memBytes: 0 });
    expect(latCtxMix(64, 64)).toMatchObject({ tlbMisses: 16, memBytes: 65_536 });
  });

  test('lat_mmap touches every 16 KiB of the first tenth: a fault, a PTE written and cleared per touch', () => {
    expect(latMmapMix(4 * 1024 * 1024)).toMatchObject({ syscalls: 2, pageFaults: 26, ptUpdates: 52 });
  });
});

describe('service mixes', () => {
  test('SPECweb99-like: 70 % static; 0.15 % of requests fork and exec a CGI program', () => {
    const m = specwebMix(30);
    expect(m.pageFaults).toBeCloseTo(0.0015 * FORK_EXEC_MIX.pageFaults, 9);
    expect(m.syscalls).toBeGreaterThan(STATIC_GET_MIX.syscalls);
    expect(specwebMix(0)).toEqual({ ...STATIC_GET_MIX });
  });

  test('OSDB-like: every OLTP transaction commits with one synchronous WAL write; the read-only mix none', () => {
    expect(osdbMix(100)).toMatchObject({ syncWrites: 1, diskOps: 1, netRoundTrips: 1 });
    expect(osdbMix(0)).toMatchObject({ syncWrites: 0, diskOps: 0, netRoundTrips: 1 });
    expect(osdbMix(50).syncWrites).toBeCloseTo(0.5, 12);
  });

  test('a kind without parameters is its catalogue entry; one with parameters is built from them', () => {
    expect(workloadOf({ kind: 'oltp' })).toBe(WORKLOADS.oltp);
    expect(workloadOf({ kind: 'fio', rw: 'randwrite', fsync: 1 }).perTx.syncWrites).toBe(1);
    expect(WORKLOADS.oltp.perTx.syncWrites).toBe(1);
  });
});
