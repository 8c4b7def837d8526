/**
 * The ESX Server I/O path: the guest's driver talks to a virtual device that the
 * hypervisor (the vmkernel) emulates itself; the vmkernel's own storage stack, virtual
 * switch and drivers reach the hardware. No host OS and no driver domain are in the way;
 * the service console only manages.
 */
import type { CpuGeneration } from '../../calibration/cpu-generations.ts';
import { CONTAINER_COSTS, HOSTED_COSTS, NATIVE_COSTS } from '../../calibration/mechanism-costs.ts';
import { CostPath } from '../cost-path.ts';
import type { KernelPaths } from '../op-paths.ts';
import type { IoPaths } from '../io-paths.ts';
import { L } from '../../metrics/layers.ts';
import { PARAVIRTUAL_RING_BATCH } from '../hosted/hosted-io-path.ts';

export function esxIoPaths(gen: CpuGeneration, k: KernelPaths, devices: 'emulated' | 'paravirtual'): IoPaths {
  const c = (cycles: number): number => cycles / gen.ghz;
  const diskOp = new CostPath().add(k.kernelCycle, NATIVE_COSTS.blockRequestCycles);
  const netPacket = new CostPath().add(k.kernelCycle, NATIVE_COSTS.netStackPacketCycles + NATIVE_COSTS.netDriverPacketCycles);
  if (devices === 'emulated') {
    diskOp.add(k.portAccess, HOSTED_COSTS.emulatedDiskAccessesPerRequest, 'device-registers');
    netPacket
      .add(k.portAccess, HOSTED_COSTS.emulatedNicAccessesPerPacket, 'device-registers')
      .charge(L.hypervisor, c(HOSTED_COSTS.nicEmulationCycles), 'device-registers');
  } else {
    diskOp.add(k.notify, 1 / PARAVIRTUAL_RING_BATCH, 'device-registers');
    netPacket.add(k.notify, 1 / PARAVIRTUAL_RING_BATCH, 'device-registers');
  }
  diskOp.charge(L.hypervisor, c(NATIVE_COSTS.blockRequestCycles), 'lower-io');
  netPacket
    .charge(L.hypervisor, c(NATIVE_COSTS.netDriverPacketCycles), 'lower-io')
    .charge(L.hypervisor, c(CONTAINER_COSTS.bridgePacketCycles), 'bridge-nat');
  return {
    diskOp,
    diskByte: new CostPath(),
    // The vmkernel writes a preallocated VMFS extent in place: a sync write is an ordinary request.
    syncWrite: { cpu: new CostPath(), deviceWrites: 0 },
    netPacket,
    netByte: new CostPath()
      .charge(L.guestKernel, c(NATIVE_COSTS.netByteCycles))
      .charge(L.hypervisor, c(NATIVE_COSTS.copyByteCycles), 'lower-io'),
    physicalInterrupt: new CostPath().charge(L.hypervisor, c(NATIVE_COSTS.interruptCycles)),
  };
}
