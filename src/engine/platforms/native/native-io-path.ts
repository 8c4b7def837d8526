/**
 * The native I/O path: system call → kernel block layer or network stack → driver →
 * device, with the completion interrupt handled by the same kernel. Containers take the
 * same path through the one shared kernel, plus their namespace costs.
 */
import type { CpuGeneration } from '../../calibration/cpu-generations.ts';
import { CONTAINER_COSTS, NATIVE_COSTS } from '../../calibration/mechanism-costs.ts';
import { CostPath } from '../cost-path.ts';
import type { IoPaths } from '../io-paths.ts';
import type { L } from '../../metrics/layers.ts';

type LayerIndex = (typeof L)[keyof typeof L];

export interface NamespaceCosts {
  /** Overlay (union) storage: a lookup through the layers on every request. */
  readonly overlay: boolean;
  readonly network: 'host' | 'bridge' | 'nat';
}

export function nativeIoPaths(gen: CpuGeneration, kernel: LayerIndex, ns?: NamespaceCosts): IoPaths {
  const c = (cycles: number): number => cycles / gen.ghz;
  const diskOp = new CostPath().charge(kernel, c(NATIVE_COSTS.blockRequestCycles));
  const netPacket = new CostPath().charge(kernel, c(NATIVE_COSTS.netStackPacketCycles + NATIVE_COSTS.netDriverPacketCycles));
  if (ns?.overlay) diskOp.charge(kernel, c(CONTAINER_COSTS.overlayLookupCycles), 'overlay');
  if (ns && ns.network !== 'host') netPacket.charge(kernel, c(CONTAINER_COSTS.bridgePacketCycles), 'bridge-nat');
  if (ns?.network === 'nat') netPacket.charge(kernel, c(CONTAINER_COSTS.natPacketCycles), 'bridge-nat');
  return {
    diskOp,
    diskByte: new CostPath(),
    // The guest's own file system is the only one: its journal writes are the mix's own requests.
    syncWrite: { cpu: new CostPath(), deviceWrites: 0 },
    // No source prices a send and a receive apart on this path.
    netSend: netPacket,
    netReceive: netPacket,
    netByte: new CostPath().charge(kernel, c(NATIVE_COSTS.netByteCycles)),
    physicalInterrupt: new CostPath(),
  };
}
