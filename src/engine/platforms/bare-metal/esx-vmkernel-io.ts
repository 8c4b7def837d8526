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
import type { IoPaths, NetDirection } from '../io-paths.ts';
import { L } from '../../metrics/layers.ts';
import { emulatedNicPacket, PARAVIRTUAL_RING_BATCH } from '../hosted/hosted-io-path.ts';

export function esxIoPaths(gen: CpuGeneration, k: KernelPaths, devices: 'emulated' | 'paravirtual'): IoPaths {
  const c = (cycles: number): number => cycles / gen.ghz;
  const diskOp = new CostPath().add(k.kernelCycle, NATIVE_COSTS.blockRequestCycles);
  // Per packet by direction: the vlance the vmkernel emulates is the same PCnet the guest's driver talks to.
  const netPacket = (dir: NetDirection): CostPath => {
    const p = new CostPath().add(k.kernelCycle, NATIVE_COSTS.netStackPacketCycles + NATIVE_COSTS.netDriverPacketCycles);
    if (devices === 'emulated') {
      const nic = emulatedNicPacket(dir);
      p.add(k.portAccess, nic.pios, 'device-registers').charge(L.hypervisor, c(nic.emulationCycles), 'device-registers');
    } else p.add(k.notify, 1 / PARAVIRTUAL_RING_BATCH, 'device-registers');
    return p.charge(L.hypervisor, c(NATIVE_COSTS.netDriverPacketCycles), 'lower-io').charge(L.hypervisor, c(CONTAINER_COSTS.bridgePacketCycles), 'bridge-nat');
  };
  if (devices === 'emulated') diskOp.add(k.portAccess, HOSTED_COSTS.emulatedDiskAccessesPerRequest, 'device-registers');
  else diskOp.add(k.notify, 1 / PARAVIRTUAL_RING_BATCH, 'device-registers');
  diskOp.charge(L.hypervisor, c(NATIVE_COSTS.blockRequestCycles), 'lower-io');
  return {
    diskOp,
    diskByte: new CostPath(),
    // The vmkernel writes a preallocated VMFS extent in place: a sync write is an ordinary request.
    syncWrite: { cpu: new CostPath(), deviceWrites: 0 },
    netSend: netPacket('send'),
    netReceive: netPacket('receive'),
    netByte: new CostPath()
      .charge(L.guestKernel, c(NATIVE_COSTS.netByteCycles))
      .charge(L.hypervisor, c(NATIVE_COSTS.copyByteCycles), 'lower-io'),
    physicalInterrupt: new CostPath().charge(L.hypervisor, c(NATIVE_COSTS.interruptCycles)),
  };
}
