/**
 * dd's writes through the page cache (GNU coreutils dd without oflag=direct, dsync or sync):
 * each 1 MiB write(2) is copied into dirty pages and returns, and the kernel writes them back
 * later — the path fio's buffered sequential write already models (fio.ts: bs=1M, direct=0,
 * fsync=0), so its mix is reused, and the engine's dirty limit (run/core/dirty-throttle.ts)
 * holds a writer that outruns the disk to writeback's pace. With conv=fdatasync or
 * conv=fsync dd then calls fdatasync(2)/fsync(2) once, and its report waits for it.
 *
 * Simplified: the model queues writeback at the disk as soon as a block is dirtied, where
 * Linux waits for the background threshold or the 30 s expiry, so a flush finds part of the
 * file already written; the flush still waits for all of it, as the disk's queue is in order.
 */
import { JOURNAL_COMMIT_BYTES } from '../calibration/devices.ts';
import { TOOL_WORKLOADS } from './catalog.ts';
import { fioWorkload } from './fio.ts';
import { mix } from './op-mix.ts';
import type { WorkloadDef } from './workload-def.ts';

/** The engine's dd transaction: 1 MiB, whatever bs says (shell/workload-commands/dd.ts). */
const BLOCK_BYTES = 1024 * 1024;

/** dd's synchronous write (oflag=direct, dsync, sync): one 1 MiB block written and waited for. */
const SYNC_WRITE = TOOL_WORKLOADS['seq-write'] as WorkloadDef;

/** One 1 MiB write(2) into the page cache, written back later: fio's buffered sequential write of that size. */
export const BUFFERED_SEQ_WRITE: WorkloadDef = {
  ...SYNC_WRITE,
  label: 'Buffered sequential write (dd)',
  transaction: 'one 1 MiB block copied into the page cache, written back later',
  perTx: fioWorkload({ rw: 'write', bs: BLOCK_BYTES }).perTx,
};

/**
 * dd's closing fdatasync (conv=fdatasync; conv=fsync alike, the inode being the only
 * metadata that changed): it waits for the file's dirty pages, queued at the disk ahead of
 * it, then for the journal commit that records the file's new size — ext3's fsync of an
 * inode whose size changed forces a commit (fs/ext3/fsync.c, ext3_sync_file). One
 * synchronous request of a journal commit's blocks, with a seek to the journal.
 */
export const FDATASYNC: WorkloadDef = {
  ...SYNC_WRITE,
  label: 'fdatasync of a file written through the page cache (dd conv=fdatasync)',
  transaction: 'one fdatasync: the dirty pages written and the journal committed',
  unit: 'calls/s',
  perTx: mix({ syscalls: 1, contextSwitches: 1, interrupts: 1, diskOps: 1, syncWrites: 1, diskBytesPerOp: JOURNAL_COMMIT_BYTES, diskSeeksPerOp: 1 }),
};

/**
 * sync(2) on Linux: every dirty page written and the journal committed before it returns
 * (Linux has waited since 1.3.20; POSIX only asks that the writes be scheduled). The model
 * queues writeback as soon as a page is dirtied, so the one commit waits behind all of it,
 * as dd's closing flush does.
 */
export const SYNC_ALL: WorkloadDef = {
  ...FDATASYNC,
  label: 'sync: every dirty page written and the journal committed',
  transaction: 'one sync(2)',
};

/**
 * dd from /dev/zero to /dev/null: each read(2) has the kernel zero the 1 MiB buffer
 * (clear_user) and each write(2) to /dev/null returns at once, so the copy is system time,
 * held to the memory's bandwidth as the kernel's other copies are (op-mix.ts kernelMemBytes).
 * Simplified: a 1 MiB buffer may stay in the caches, which real runs show as a faster rate.
 */
export const ZEROS_TO_NULL: WorkloadDef = {
  ...SYNC_WRITE,
  label: 'dd from /dev/zero to /dev/null',
  transaction: 'one 1 MiB block zeroed by read(2) and dropped by write(2)',
  perTx: mix({ kernelMemBytes: BLOCK_BYTES, syscalls: 2 }),
};
