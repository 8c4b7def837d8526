/**
 * What one transaction of a workload does on native hardware, as counts of operations.
 * Platforms price each operation class along their own paths; nothing here knows about
 * virtualization. Characterisations and their sources: docs/workloads.md.
 */
export interface OpMix {
  /** User-mode cycles (compute). */
  readonly userCycles: number;
  /** Bytes streamed to and from memory by user code (bandwidth-bound work). */
  readonly memBytes: number;
  /** TLB misses taken by user code (memory intensity). */
  readonly tlbMisses: number;
  /** Kernel work beyond the entry/exit and I/O path costs priced separately (file systems, TCP state, exec loading), cycles. */
  readonly kernelCycles: number;
  readonly syscalls: number;
  readonly pageFaults: number;
  /** Page-table entry writes outside the fault path (fork copies, unmaps, exit teardown). */
  readonly ptUpdates: number;
  readonly contextSwitches: number;
  /** Device interrupts taken (completions), beyond the timer. */
  readonly interrupts: number;
  /** Disk requests that reach the device (after the page cache) and that the transaction waits for. */
  readonly diskOps: number;
  /** Disk requests written back later (delayed writes): they occupy the disk, nobody waits for them. */
  readonly writebackOps: number;
  /** Bytes per disk request, for both kinds. */
  readonly diskBytesPerOp: number;
  /** Head positionings per waited-for request: 1 for random access, 0 for a sequential stream (dd). */
  readonly diskSeeksPerOp: number;
  /** Network packets sent and received, and payload bytes per packet. */
  readonly netPackets: number;
  readonly netBytesPerPacket: number;
  /** Request/response round trips to a remote peer (latency-bound network work). */
  readonly netRoundTrips: number;
  /** Accesses to device registers that always trap (port I/O, MMIO): device probing at boot. */
  readonly portAccesses: number;
}

/** A mix with every count zero; workloads spread their own counts over it. */
export const EMPTY_MIX: OpMix = {
  userCycles: 0,
  memBytes: 0,
  tlbMisses: 0,
  kernelCycles: 0,
  syscalls: 0,
  pageFaults: 0,
  ptUpdates: 0,
  contextSwitches: 0,
  interrupts: 0,
  diskOps: 0,
  writebackOps: 0,
  diskBytesPerOp: 0,
  diskSeeksPerOp: 1,
  netPackets: 0,
  netBytesPerPacket: 0,
  netRoundTrips: 0,
  portAccesses: 0,
};

/** Builds a mix from the counts that are not zero. */
export function mix(counts: Partial<OpMix>): OpMix {
  return { ...EMPTY_MIX, ...counts };
}
