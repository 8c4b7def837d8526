import type { CostPath } from './cost-path.ts';

/** The device side of a platform's price list: what one request or packet costs on the CPU. */
export interface IoPaths {
  readonly diskOp: CostPath;
  readonly diskByte: CostPath;
  readonly netPacket: CostPath;
  readonly netByte: CostPath;
  /** What the layers below the guest do when a physical device interrupt arrives, before delivery. */
  readonly physicalInterrupt: CostPath;
}
