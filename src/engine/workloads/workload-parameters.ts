/**
 * The parameters a scenario's workload takes, as the published benchmarks named them
 * (fio's job options, ttcp's and netperf's flags), and which kind takes which. The scenario
 * schema validates them; the mixes they produce are in the kind's own file (fio.ts,
 * bulk-tcp.ts, …). Limits keep untrusted input from asking for absurd work.
 */
import { z } from 'zod';
import { hostnameSchema } from '../os/hostname.ts';
import type { WorkloadKind } from './workload-kinds.ts';

/** fio's access patterns (sequential or random, read or write). */
export const FIO_RW = ['read', 'write', 'randread', 'randwrite'] as const;
/** fio's I/O engines modelled: synchronous pread/pwrite, or Linux native AIO. */
export const FIO_ENGINES = ['psync', 'libaio'] as const;
export const NETPERF_TESTS = ['TCP_RR', 'UDP_RR', 'TCP_STREAM'] as const;
export const TTCP_DIRECTIONS = ['transmit', 'receive'] as const;

/** Largest fio block and network message: 16 MiB (fio caps bs far higher; no benchmark of the era used more). */
const MAX_BLOCK = 16 * 1024 * 1024;

export const workloadParameterFields = {
  /** Concurrent clients or threads; the workload's own default when absent. */
  concurrency: z.int().min(1).max(256).optional(),
  /** Another guest of the scenario that its packets go to (e.g. net-rr), over the platform's virtual network, instead of a remote machine. */
  peer: hostnameSchema.optional(),
  /** fio: access pattern. */
  rw: z.enum(FIO_RW).optional(),
  /** fio: bytes per I/O, a multiple of 512 (a sector). */
  bs: z.int().min(512).max(MAX_BLOCK).multipleOf(512).optional(),
  /** fio: I/Os in flight per job (only an asynchronous engine on unbuffered I/O keeps more than one). */
  iodepth: z.int().min(1).max(256).optional(),
  /** fio: jobs (processes) doing the same I/O. */
  numjobs: z.int().min(1).max(64).optional(),
  /** fio: O_DIRECT (bypass the page cache). */
  direct: z.boolean().optional(),
  /** fio: fsync the file after every this many writes (0: never). */
  fsync: z.int().min(0).max(1_000_000).optional(),
  ioengine: z.enum(FIO_ENGINES).optional(),
  /** ttcp: this guest sends (transmit, ttcp -t) or receives (ttcp -r). */
  direction: z.enum(TTCP_DIRECTIONS).optional(),
  /** ttcp, netperf TCP_STREAM: the link's MTU, bytes (Barham et al. used 1500 and 500). */
  mtu: z.int().min(296).max(9000).optional(),
  /** ttcp, netperf TCP_STREAM: bytes per write/read call (ttcp -l, netperf -m). */
  messageBytes: z.int().min(1).max(MAX_BLOCK).optional(),
  /** netperf: which test. */
  test: z.enum(NETPERF_TESTS).optional(),
  /** netperf TCP_RR/UDP_RR: request and response sizes (netperf -r req,resp). */
  requestBytes: z.int().min(1).max(65_507).optional(),
  responseBytes: z.int().min(1).max(65_507).optional(),
  /** osdb-oltp: percentage of transactions that update a row and commit (the rest only read). */
  writePercent: z.int().min(0).max(100).optional(),
  /** Services: each of `concurrency` clients thinks this long on average between requests (closed loop with think time). */
  thinkTimeMs: z.number().min(0).max(600_000).optional(),
  /** Services: requests arrive at this rate whatever the server's speed (open loop); `concurrency` is then the server's workers. */
  arrivalsPerSecond: z.number().min(0.01).max(1_000_000).optional(),
  /** specweb: percentage of requests for dynamic content (SPECweb99: 30). */
  dynamicPercent: z.int().min(0).max(100).optional(),
  /**
   * A fixed amount of work, as a benchmark's load file gives (dbench's client file: around
   * 90,000 operations): the workload stops after this many transactions, and its throughput
   * is over the time they took. Absent: it runs as long as the guest does.
   */
  operations: z.int().min(1).max(1e12).optional(),
};

export type WorkloadParameter = keyof typeof workloadParameterFields;

/** The parameters of one workload as a scenario gives them (each optional: the kind's default applies). */
export type WorkloadParameters = { readonly [K in WorkloadParameter]?: z.infer<(typeof workloadParameterFields)[K]> };

/** What every kind took in format version 2, so version-2 documents stay valid. */
const V2: readonly WorkloadParameter[] = ['concurrency', 'peer'];

/** Services take a client model: think time or an arrival rate (workloads/client-model.ts). */
const CLIENTS: readonly WorkloadParameter[] = ['thinkTimeMs', 'arrivalsPerSecond'];

/** A benchmark with a fixed amount of work: every kind that does transactions of its own. */
const BOUNDED: readonly WorkloadParameter[] = ['operations'];

/** The parameters each kind takes; any other is refused. */
export const KIND_PARAMETERS: Readonly<Record<WorkloadKind, readonly WorkloadParameter[]>> = {
  'cpu-int': [...V2, ...BOUNDED],
  'kernel-build': [...V2, ...BOUNDED],
  oltp: [...V2, ...CLIENTS, ...BOUNDED],
  'file-server': [...V2, ...BOUNDED],
  'web-server': [...V2, ...CLIENTS, ...BOUNDED],
  stream: [...V2, ...BOUNDED],
  'net-rr': [...V2, ...BOUNDED],
  syscall: [...V2, ...BOUNDED],
  'fork-exec': [...V2, ...BOUNDED],
  'ctx-switch': [...V2, ...BOUNDED],
  idle: V2,
  fio: ['rw', 'bs', 'iodepth', 'numjobs', 'direct', 'fsync', 'ioengine', ...BOUNDED],
  ttcp: ['direction', 'mtu', 'messageBytes', 'peer', ...BOUNDED],
  netperf: ['test', 'requestBytes', 'responseBytes', 'messageBytes', 'mtu', 'peer', 'concurrency', ...BOUNDED],
  forkwait: ['concurrency', ...BOUNDED],
  specweb: [...V2, 'dynamicPercent', ...CLIENTS, ...BOUNDED],
  'osdb-oltp': [...V2, 'writePercent', ...CLIENTS, ...BOUNDED],
};
