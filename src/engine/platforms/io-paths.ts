import type { CostPath } from './cost-path.ts';

/**
 * What a synchronous write (fsync, O_SYNC, O_DIRECT) costs beneath the guest beyond an
 * ordinary disk request, which it also is: the layers that must make it durable before
 * the guest may go on.
 */
export interface SyncWritePath {
  /** CPU on the way (a host's fsync and its file system's journal commit). */
  readonly cpu: CostPath;
  /** Device writes, each with a positioning, that the writer also waits for (a host file system's journal commit). */
  readonly deviceWrites: number;
}

/** Which way a packet crosses the guest's paths: sent by it, or received. */
export type NetDirection = 'send' | 'receive';

/**
 * The device side of a platform's price list: what one request or packet costs on the CPU.
 * A packet is priced by direction: an emulated NIC's driver issues a different sequence of
 * register accesses to send than to receive, and a hosted monitor world-switches for a
 * different share of them. Paths with no source for a difference give both the same cost.
 */
export interface IoPaths {
  readonly diskOp: CostPath;
  readonly diskByte: CostPath;
  readonly syncWrite: SyncWritePath;
  /** One packet this guest sends. */
  readonly netSend: CostPath;
  /** One packet this guest receives. */
  readonly netReceive: CostPath;
  readonly netByte: CostPath;
  /** What the layers below the guest do when a physical device interrupt arrives, before delivery. */
  readonly physicalInterrupt: CostPath;
}
