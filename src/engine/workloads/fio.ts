/**
 * fio (Axboe's flexible I/O tester): one transaction is one I/O of `bs` bytes, with the
 * job options the published storage comparisons used — rw, bs, iodepth, numjobs, direct,
 * fsync, ioengine — turned into what reaches the disk, what the job waits for and how
 * many of its writes are forced out synchronously (docs/workloads.md §14).
 *
 * Simplified: the file is far larger than the page cache (buffered reads go to the disk),
 * numjobs jobs share one file's locality (no extra seeks between their files), and the disk
 * serves queued requests in order (no elevator or NCQ reordering of a deep queue).
 */
import { mix } from './op-mix.ts';
import type { WorkloadDef } from './workload-def.ts';
import type { WorkloadParameters } from './workload-parameters.ts';

/** Linux's default read-ahead window (read_ahead_kb = 128): a sequential buffered reader's request size. */
const READAHEAD_BYTES = 128 * 1024;
/** Largest request the block layer builds when writeback merges a sequential stream (max_sectors_kb, typically 512). [E] */
const WRITEBACK_REQUEST_BYTES = 512 * 1024;
/** The page cache's unit: a buffered random read fetches whole pages. */
const PAGE_BYTES = 4096;
/** File-system and block-layer work per I/O beyond the priced syscall and disk request (get_block, bio set-up; for O_DIRECT, pinning the user pages). [E] */
const FS_CYCLES_PER_IO = 2000;
/** fio's own per-I/O bookkeeping (offset generation, latency accounting). [E] */
const FIO_USER_CYCLES = 2000;

export interface FioJob {
  readonly rw: 'read' | 'write' | 'randread' | 'randwrite';
  readonly bs: number;
  readonly iodepth: number;
  readonly numjobs: number;
  readonly direct: boolean;
  readonly fsync: number;
  readonly ioengine: 'psync' | 'libaio';
}

/** fio's own defaults (HOWTO): rw=read, bs=4k, iodepth=1, numjobs=1, direct=0, fsync=0; psync, the engine on Linux. */
export function fioJob(p: WorkloadParameters): FioJob {
  return { rw: p.rw ?? 'read', bs: p.bs ?? 4096, iodepth: p.iodepth ?? 1, numjobs: p.numjobs ?? 1, direct: p.direct ?? false, fsync: p.fsync ?? 0, ioengine: p.ioengine ?? 'psync' };
}

/**
 * I/Os a job keeps in flight: iodepth only with libaio on O_DIRECT — buffered I/O through
 * io_submit completes synchronously on Linux, and a synchronous engine has one at a time.
 */
export function fioInFlight(j: FioJob): number {
  return j.numjobs * (j.ioengine === 'libaio' && j.direct ? j.iodepth : 1);
}

interface DiskShape {
  readonly waited: number;
  readonly sync: number;
  readonly writeback: number;
  readonly bytes: number;
  readonly seeks: number;
}

/** What one I/O puts on the disk. */
function diskShape(j: FioJob): DiskShape {
  const sequential = j.rw === 'read' || j.rw === 'write';
  const seeks = sequential ? 0 : 1;
  const write = j.rw === 'write' || j.rw === 'randwrite';
  if (j.direct) return { waited: 1, sync: write ? 1 : 0, writeback: 0, bytes: j.bs, seeks };
  if (!write) {
    // Buffered: a sequential reader is served by read-ahead windows, a random one page-rounded.
    if (!sequential) return { waited: 1, sync: 0, writeback: 0, bytes: Math.ceil(j.bs / PAGE_BYTES) * PAGE_BYTES, seeks };
    const window = Math.max(j.bs, READAHEAD_BYTES);
    return { waited: j.bs / window, sync: 0, writeback: 0, bytes: window, seeks };
  }
  if (j.fsync === 0) {
    // Written back later: a sequential stream merged into large requests, random blocks one by one.
    const request = sequential ? Math.max(j.bs, WRITEBACK_REQUEST_BYTES) : j.bs;
    return { waited: 0, sync: 0, writeback: j.bs / request, bytes: request, seeks };
  }
  // fsync every N writes: the N blocks dirtied since the last go out and are waited for.
  if (!sequential) return { waited: 1, sync: 1, writeback: 0, bytes: j.bs, seeks };
  const dirty = j.fsync * j.bs;
  const requests = Math.ceil(dirty / WRITEBACK_REQUEST_BYTES);
  return { waited: requests / j.fsync, sync: requests / j.fsync, writeback: 0, bytes: dirty / requests, seeks };
}

export function fioWorkload(p: WorkloadParameters): WorkloadDef {
  const j = fioJob(p);
  const d = diskShape(j);
  const write = j.rw === 'write' || j.rw === 'randwrite';
  // pread/pwrite, or io_submit + io_getevents; buffered writes add an fsync call every N (fio skips it for O_DIRECT).
  const ioCalls = j.ioengine === 'libaio' ? 2 : 1;
  const fsyncCalls = write && !j.direct && j.fsync > 0 ? 1 / j.fsync : 0;
  return {
    kind: 'fio',
    label: `fio ${j.rw} bs=${j.bs} iodepth=${j.iodepth} numjobs=${j.numjobs} direct=${j.direct ? 1 : 0} fsync=${j.fsync} (${j.ioengine})`,
    transaction: `one ${j.bs}-byte ${write ? 'write' : 'read'}`,
    unit: 'IOPS',
    perTx: mix({
      userCycles: FIO_USER_CYCLES,
      kernelCycles: FS_CYCLES_PER_IO,
      // Buffered: the data copied between the user buffer and page-cache pages it has not touched lately.
      kernelMemBytes: j.direct ? 0 : j.bs,
      syscalls: ioCalls + fsyncCalls,
      // A job blocks once per request it waits for; every request completes with an interrupt.
      contextSwitches: d.waited,
      interrupts: d.waited + d.writeback,
      diskOps: d.waited,
      syncWrites: d.sync,
      writebackOps: d.writeback,
      diskBytesPerOp: d.bytes,
      diskSeeksPerOp: d.seeks,
    }),
    concurrency: { fixed: fioInFlight(j) },
    residentMiB: 16 + (j.numjobs * j.iodepth * j.bs) / (1024 * 1024),
    pageCacheMiB: j.direct ? 0 : 256,
    variability: 32,
  };
}
