/**
 * An OSDB-like database (the Open Source Database Benchmark that Barham et al. 2003 ran
 * on PostgreSQL): AS3AP-style single-row transactions in autocommit. OSDB-OLTP's
 * transactions update one row and commit — a WAL write forced to the disk with fdatasync
 * before the client hears back, the "many synchronous disk operations" Barham names;
 * OSDB-IR's only select one (`writePercent: 0`). The database fits in memory
 * (docs/workloads.md §19).
 */
import type { WorkloadDef } from './workload-def.ts';
import { blend, mix, type OpMix } from './op-mix.ts';
import type { WorkloadParameters } from './workload-parameters.ts';

/** PostgreSQL's page, and so its WAL write at commit (§3). */
const PAGE_BYTES = 8192;

/** A single-row SELECT by key: one statement's round trip (recv, send, poll), the backend's parse, plan and execute. [D]/[E] */
const SELECT_MIX: OpMix = mix({
  userCycles: 2e5,
  tlbMisses: 1000,
  kernelCycles: 3e4,
  syscalls: 4,
  contextSwitches: 2,
  interrupts: 1,
  netPackets: 2,
  // The statement received, its response sent.
  netSentShare: 1 / 2,
  netBytesPerPacket: 150,
  netRoundTrips: 1,
});

/**
 * A single-row UPDATE and its commit: the statement's round trip, and at commit one 8 KB
 * WAL write and its fdatasync (§3, measured on PostgreSQL 15: 1.0 fdatasync and 1.02 pwrite
 * per transaction), waited for — the WAL shares the disk with the data, so a seek. The
 * dirtied data page is written back by the checkpointer later (§3's default 0.5). Syscalls:
 * recv, send, poll, the relation-size lseeks, pwrite, fdatasync.
 */
const UPDATE_MIX: OpMix = mix({
  userCycles: 3e5,
  tlbMisses: 1500,
  kernelCycles: 5e4,
  syscalls: 8,
  contextSwitches: 3,
  interrupts: 2,
  diskOps: 1,
  syncWrites: 1,
  writebackOps: 0.5,
  diskBytesPerOp: PAGE_BYTES,
  netPackets: 2,
  // The statement received, its response sent.
  netSentShare: 1 / 2,
  netBytesPerPacket: 150,
  netRoundTrips: 1,
});

/** OSDB-OLTP: every transaction updates. */
const OSDB_OLTP_WRITE_PERCENT = 100;

export function osdbMix(writePercent: number): OpMix {
  const w = writePercent / 100;
  return blend([
    [1 - w, SELECT_MIX],
    [w, UPDATE_MIX],
  ]);
}

export function osdbWorkload(p: WorkloadParameters): WorkloadDef {
  const writePercent = p.writePercent ?? OSDB_OLTP_WRITE_PERCENT;
  return {
    kind: 'osdb-oltp',
    label: `Database, OSDB-like (${writePercent} % single-row updates with a synchronous commit)`,
    transaction: writePercent === 0 ? 'one single-row select' : 'one single-row transaction (update and commit, or select)',
    unit: 'tx/s',
    perTx: osdbMix(writePercent),
    concurrency: { fixed: 8 },
    residentMiB: 256,
    pageCacheMiB: 128,
    variability: 8,
  };
}
