/**
 * The built-in workloads: each is one transaction's operation mix on native hardware
 * (derivations and sources in docs/workloads.md), how many run at once, and the memory
 * it keeps resident. Throughput counts transactions.
 */
import { mix, type OpMix } from './op-mix.ts';
import type { WorkloadDef } from './workload-def.ts';
import type { WorkloadKind } from './workload-kinds.ts';
import type { WorkloadParameters } from './workload-parameters.ts';
import { fioWorkload } from './fio.ts';
import { ttcpWorkload } from './ttcp.ts';
import { netperfWorkload } from './netperf.ts';
import { FORK_EXEC_MIX, FORKWAIT, PROC_SHELL_MIX } from './process-creation.ts';
import { specwebWorkload } from './specweb.ts';
import { osdbWorkload } from './osdb-oltp.ts';
import { STATIC_GET_MIX } from './web-requests.ts';
import { latCtxMix, NULL_IO_MIX } from './lmbench-mixes.ts';

export type { WorkloadDef } from './workload-def.ts';

const def = (d: WorkloadDef): WorkloadDef => d;

export const WORKLOADS: Readonly<Record<WorkloadKind, WorkloadDef>> = {
  'cpu-int': def({
    kind: 'cpu-int',
    label: 'Integer compute (SPEC CINT-like)',
    transaction: 'one million instructions',
    unit: 'M instr/s',
    perTx: mix({ userCycles: 1.25e6, tlbMisses: 1000, syscalls: 0.005, pageFaults: 0.05 }) /* §1: IPC 0.8, ~1 TLB miss per 1000 instructions */,
    concurrency: { perVcpu: 1 },
    residentMiB: 64,
    pageCacheMiB: 0,
    variability: 16,
  }),
  'kernel-build': def({
    kind: 'kernel-build',
    label: 'Kernel build (make -j)',
    transaction: 'one C file compiled (make → gcc → cc1 → as)',
    unit: 'files/s',
    perTx: mix({
      // §2: measured per object file; 2.6-era toolchain syscalls; ~6 % kernel time of which the priced ops are part.
      userCycles: 9e8,
      tlbMisses: 9e5,
      kernelCycles: 4.5e7,
      syscalls: 2600,
      pageFaults: 7500,
      // Teardown and fork copies only: each fault's own PTE write is priced within the fault.
      ptUpdates: 8500,
      contextSwitches: 36,
      interrupts: 2,
      writebackOps: 2,
      diskBytesPerOp: 27_136,
    }),
    concurrency: { perVcpu: 2 },
    residentMiB: 256,
    pageCacheMiB: 512,
    variability: 8,
  }),
  oltp: def({
    kind: 'oltp',
    label: 'Database transactions (OLTP)',
    transaction: 'one TPC-B-like transaction (7 statements and a commit)',
    unit: 'tx/s',
    perTx: mix({
      // §3: pgbench TPC-B, measured server side; a disk-bound database reads one page per transaction.
      userCycles: 8e5,
      tlbMisses: 4000,
      kernelCycles: 2e5,
      syscalls: 28,
      pageFaults: 0.2,
      contextSwitches: 9,
      interrupts: 5,
      // The commit's log write (with fdatasync) and a data-page read are waited for; checkpoints write back.
      diskOps: 2,
      syncWrites: 1,
      writebackOps: 0.5,
      diskBytesPerOp: 8192,
      netPackets: 14,
      // §3: ≈ 7 received (the statements) and 7 sent (their responses).
      netSentShare: 7 / 14,
      netBytesPerPacket: 44,
      netRoundTrips: 7,
    }),
    concurrency: { fixed: 8 },
    residentMiB: 512,
    pageCacheMiB: 256,
    variability: 8,
  }),
  'file-server': def({
    kind: 'file-server',
    label: 'File server (many small file operations)',
    transaction: 'one file operation (open, read, write, stat, close …)',
    unit: 'ops/s',
    perTx: mix({
      // §4: dbench operation mix; ~5.4 KB copied per op; a quarter of written bytes reach the disk.
      userCycles: 5000,
      kernelCycles: 16_000,
      syscalls: 1.5,
      contextSwitches: 0.05,
      interrupts: 0.01,
      writebackOps: 0.01,
      diskBytesPerOp: 32_768,
    }),
    concurrency: { fixed: 16 },
    residentMiB: 64,
    pageCacheMiB: 512,
    variability: 16,
  }),
  'web-server': def({
    kind: 'web-server',
    label: 'Web server (static files)',
    transaction: 'one HTTP request for a ~14 KB file',
    unit: 'requests/s',
    perTx: STATIC_GET_MIX /* §5 */,
    concurrency: { fixed: 32 },
    residentMiB: 128,
    pageCacheMiB: 256,
    variability: 16,
  }),
  stream: def({
    kind: 'stream',
    label: 'Memory bandwidth (STREAM triad)',
    transaction: 'one MiB moved',
    unit: 'MiB/s',
    perTx: mix({ memBytes: 1_048_576, tlbMisses: 244 }) /* §6: the loop's instructions overlap its memory stalls */,
    concurrency: { perVcpu: 1 },
    residentMiB: 512,
    pageCacheMiB: 0,
    variability: 32,
  }),
  'net-rr': def({
    kind: 'net-rr',
    label: 'Network request/response (netperf TCP_RR)',
    transaction: 'one 1-byte request and its 1-byte response',
    unit: 'round trips/s',
    perTx: mix({
      // §7: per round trip on the measured host.
      userCycles: 5000,
      kernelCycles: 1e4,
      syscalls: 2,
      contextSwitches: 2,
      interrupts: 1.5,
      netPackets: 2,
      // §7: 1 received and 1 sent.
      netSentShare: 1 / 2,
      netBytesPerPacket: 1,
      netRoundTrips: 1,
    }),
    concurrency: { fixed: 1 },
    residentMiB: 16,
    pageCacheMiB: 0,
    variability: 32,
  }),
  syscall: def({
    kind: 'syscall',
    label: 'Null system call (lmbench lat_syscall null)',
    transaction: 'one getppid()',
    unit: 'calls/s',
    perTx: mix({ userCycles: 20, syscalls: 1 }),
    concurrency: { fixed: 1 },
    residentMiB: 4,
    pageCacheMiB: 0,
    variability: 64,
  }),
  'fork-exec': def({
    kind: 'fork-exec',
    label: 'Process creation (lmbench fork+exec)',
    transaction: 'one fork, exec, exit and wait',
    unit: 'processes/s',
    perTx: FORK_EXEC_MIX /* §9 */,
    concurrency: { fixed: 1 },
    residentMiB: 16,
    pageCacheMiB: 0,
    variability: 32,
  }),
  'ctx-switch': def({
    kind: 'ctx-switch',
    label: 'Context switch (lmbench lat_ctx, 2 processes)',
    transaction: 'one switch (a token passed through a pipe)',
    unit: 'switches/s',
    perTx: latCtxMix(2, 0),
    concurrency: { fixed: 1 },
    residentMiB: 4,
    pageCacheMiB: 0,
    variability: 64,
  }),
  idle: def({
    kind: 'idle',
    label: 'Idle',
    transaction: 'nothing: the kernel only takes its timer ticks',
    unit: '—',
    perTx: mix({}),
    concurrency: { fixed: 0 },
    residentMiB: 0,
    pageCacheMiB: 0,
    variability: 16,
  }),
  // The kinds that take parameters, at their defaults (docs/scenario.md "Workload parameters").
  fio: fioWorkload({}),
  ttcp: ttcpWorkload({}),
  netperf: netperfWorkload({}),
  forkwait: FORKWAIT,
  specweb: specwebWorkload({}),
  'osdb-oltp': osdbWorkload({}),
};

/** The workload a scenario's guest runs: its kind with the parameters it was given. */
export function workloadOf(w: { readonly kind: WorkloadKind } & WorkloadParameters): WorkloadDef {
  switch (w.kind) {
    case 'fio':
      return fioWorkload(w);
    case 'ttcp':
      return ttcpWorkload(w);
    case 'netperf':
      return netperfWorkload(w);
    case 'specweb':
      return specwebWorkload(w);
    case 'osdb-oltp':
      return osdbWorkload(w);
    default:
      return WORKLOADS[w.kind];
  }
}

/** A micro-benchmark's loop: one process doing one operation again and again. */
function microTool(label: string, transaction: string, unit: string, perTx: OpMix): WorkloadDef {
  return { kind: 'idle', label, transaction, unit, perTx, concurrency: { fixed: 1 }, residentMiB: 4, pageCacheMiB: 0, variability: 64 };
}

/**
 * Workloads that only tools run (dd, lmbench's page-fault test): not a scenario's
 * choice, but priced by the same paths.
 */
export const TOOL_WORKLOADS: Readonly<Record<string, WorkloadDef>> = {
  'seq-write': def({
    kind: 'idle',
    label: 'Sequential write (dd)',
    transaction: 'one 1 MiB block written and synced',
    unit: 'MiB/s',
    // A write(2) of 1 MiB copies it into page-cache pages, at the memory's bandwidth, and the block layer streams it out,
    // waited for (a synchronous write: it pays the platform's whole path, as fio's O_DIRECT writes do): no seek.
    perTx: mix({ userCycles: 2000, kernelMemBytes: 1_048_576, syscalls: 1, interrupts: 1, diskOps: 1, syncWrites: 1, diskBytesPerOp: 1_048_576, diskSeeksPerOp: 0 }),
    concurrency: { fixed: 1 },
    residentMiB: 4,
    pageCacheMiB: 0,
    variability: 64,
  }),
  // The handler's write of the faulting PTE is part of the priced fault (Adams & Agesen's pgfault), not a separate update.
  'page-fault': microTool('Page fault (lmbench lat_pagefault)', 'one minor fault on a mapped file page', 'faults/s', mix({ userCycles: 50, pageFaults: 1 })),
  'bare-fault': microTool('Page fault with an empty handler (Adams & Agesen pgfault)', 'one fault taken and returned from', 'faults/s', mix({ userCycles: 50, bareFaults: 1 })),
  'cr8-write': microTool('Task-priority write (Adams & Agesen cr8wr)', 'one %cr8 write', 'writes/s', mix({ cr8Writes: 1 })),
  'call-return': microTool('Call and return (Adams & Agesen call/ret)', 'one call/return pair', 'pairs/s', mix({ callReturns: 1 })),
  'divide-error': microTool('Divide error (Adams & Agesen divzero)', 'one divide-by-zero exception taken and returned from', 'exceptions/s', mix({ exceptions: 1 })),
  'pte-write': microTool('Page-table entry write (Adams & Agesen ptemod)', 'one store to a live page-table entry', 'writes/s', mix({ ptUpdates: 1 })),
  'port-in': microTool('Port read (Adams & Agesen in, port 0x80)', 'one in from a chipset port', 'reads/s', mix({ portAccesses: 1 })),
  'null-io': def({
    kind: 'idle',
    label: 'Null I/O (lmbench lat_syscall read/write)',
    transaction: 'one 1-byte read of /dev/zero or write to /dev/null',
    unit: 'calls/s',
    perTx: NULL_IO_MIX,
    concurrency: { fixed: 1 },
    residentMiB: 4,
    pageCacheMiB: 0,
    variability: 64,
  }),
  'proc-shell': def({
    kind: 'idle',
    label: 'Process creation through a shell (lmbench lat_proc shell)',
    transaction: 'one fork, exec of /bin/sh -c, its hello program, exit and wait',
    unit: 'processes/s',
    perTx: PROC_SHELL_MIX,
    concurrency: { fixed: 1 },
    residentMiB: 8,
    pageCacheMiB: 0,
    variability: 32,
  }),
};

/** A built-in or tool workload by name. */
export function workloadByName(name: string): WorkloadDef | undefined {
  if (Object.hasOwn(WORKLOADS, name)) return WORKLOADS[name as WorkloadKind];
  return Object.hasOwn(TOOL_WORKLOADS, name) ? TOOL_WORKLOADS[name] : undefined;
}
