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
  /**
   * Bytes the kernel copies to or from memory it has not touched lately: a buffered write's
   * data into fresh page-cache pages, a buffered read's out of them. Streaming work, held to
   * the memory's bandwidth as user code's memBytes are, but kernel time.
   */
  readonly kernelMemBytes: number;
  /** Kernel work beyond the entry/exit and I/O path costs priced separately (file systems, TCP state, exec loading), cycles. */
  readonly kernelCycles: number;
  readonly syscalls: number;
  /** Minor page faults the kernel handles (its handler's work included in their price). */
  readonly pageFaults: number;
  /** Faults whose handler does nothing but return: a test kernel's (Adams & Agesen's pgfault nanobenchmark). */
  readonly bareFaults: number;
  /** Page-table entry writes outside the fault path (fork copies, unmaps, exit teardown). */
  readonly ptUpdates: number;
  readonly contextSwitches: number;
  /** Device interrupts taken (completions), beyond the timer. */
  readonly interrupts: number;
  /** Disk requests that reach the device (after the page cache) and that the transaction waits for. */
  readonly diskOps: number;
  /**
   * Of `diskOps`, the synchronous writes: each must reach the device before the call returns
   * (fsync/fdatasync after buffered writes, O_SYNC, O_DIRECT), so the platform's whole write
   * path is waited for. Already counted in `diskOps`; this says which of them are writes forced out.
   */
  readonly syncWrites: number;
  /** Disk requests written back later (delayed writes): they occupy the disk, nobody waits for them. */
  readonly writebackOps: number;
  /** Bytes per disk request, for both kinds. */
  readonly diskBytesPerOp: number;
  /** Head positionings per request (waited-for and written back): 1 for random access, 0 for a sequential stream (dd). */
  readonly diskSeeksPerOp: number;
  /** Network packets sent and received, and payload bytes per packet. */
  readonly netPackets: number;
  /**
   * Of `netPackets`, the share this end sends (the rest it receives): a bulk sender's data
   * segments against the ACKs it takes, a web server's response segments against the
   * requests and ACKs. 0.5 where a workload does not say, which prices every packet at the
   * mean of a send and a receive.
   */
  readonly netSentShare: number;
  readonly netBytesPerPacket: number;
  /** Request/response round trips to a remote peer (latency-bound network work). */
  readonly netRoundTrips: number;
  /** Accesses to device registers that always trap (port I/O, MMIO): device probing at boot. */
  readonly portAccesses: number;
  /** Writes of the task-priority register (%cr8): masking interrupts by priority (Adams & Agesen's cr8wr). */
  readonly cr8Writes: number;
  /** Call/return pairs counted on their own, beyond `kernelCycles`' average (Adams & Agesen's call/ret loop). */
  readonly callReturns: number;
  /** Exceptions taken and handled with no memory-management work (a divide error: Adams & Agesen's divzero). */
  readonly exceptions: number;
}

/** A mix with every count zero; workloads spread their own counts over it. */
export const EMPTY_MIX: OpMix = {
  userCycles: 0,
  memBytes: 0,
  tlbMisses: 0,
  kernelMemBytes: 0,
  kernelCycles: 0,
  syscalls: 0,
  pageFaults: 0,
  bareFaults: 0,
  ptUpdates: 0,
  contextSwitches: 0,
  interrupts: 0,
  diskOps: 0,
  syncWrites: 0,
  writebackOps: 0,
  diskBytesPerOp: 0,
  diskSeeksPerOp: 1,
  netPackets: 0,
  netSentShare: 0.5,
  netBytesPerPacket: 0,
  netRoundTrips: 0,
  portAccesses: 0,
  cr8Writes: 0,
  callReturns: 0,
  exceptions: 0,
};

/** Builds a mix from the counts that are not zero. */
export function mix(counts: Partial<OpMix>): OpMix {
  return { ...EMPTY_MIX, ...counts };
}

/**
 * The average transaction of a mix of request types, each with its share (shares sum to 1):
 * counts are weighted sums; sizes are averaged over what they measure (bytes per disk
 * request over requests, bytes per packet and the sent share over packets, seeks over
 * disk requests).
 */
export function blend(parts: readonly (readonly [share: number, m: OpMix])[]): OpMix {
  const sum = (f: (m: OpMix) => number): number => parts.reduce((s, [w, m]) => s + w * f(m), 0);
  const per = (f: (m: OpMix) => number, over: (m: OpMix) => number, otherwise: number): number => {
    const n = sum(over);
    return n === 0 ? otherwise : sum((m) => f(m) * over(m)) / n;
  };
  const requests = (m: OpMix): number => m.diskOps + m.writebackOps;
  const counts = Object.fromEntries((Object.keys(EMPTY_MIX) as (keyof OpMix)[]).map((k) => [k, sum((m) => m[k])])) as Record<keyof OpMix, number>;
  return {
    ...counts,
    diskBytesPerOp: per((m) => m.diskBytesPerOp, requests, 0),
    diskSeeksPerOp: per((m) => m.diskSeeksPerOp, requests, EMPTY_MIX.diskSeeksPerOp),
    netBytesPerPacket: per((m) => m.netBytesPerPacket, (m) => m.netPackets, 0),
    netSentShare: per((m) => m.netSentShare, (m) => m.netPackets, EMPTY_MIX.netSentShare),
  };
}
