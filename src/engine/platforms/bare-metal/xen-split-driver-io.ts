/**
 * The Xen I/O path (Barham et al., SOSP 2003; Menon et al., USENIX ATC 2006): the guest's
 * front-end driver puts requests on a shared ring and notifies dom0 over an event channel;
 * Xen switches to the driver domain, whose back-end maps or copies the guest's pages
 * through grants and hands the request to dom0's native driver. Completions travel back
 * the same way. With emulated devices (an HVM guest without PV drivers) every register
 * access exits to Xen and is forwarded to the device model (qemu-dm) in dom0.
 *
 * dom0 is a domain with vCPUs of its own: what its back-ends, bridge and native drivers do
 * for a request (and the grant operations and event notifications they issue) is charged
 * with `chargeBackend`, and the simulation runs it on dom0's vCPU while the request waits
 * (run/core/driver-domain.ts). qemu-dm's emulation of a register access stays on the
 * guest's burst: the vCPU is stopped at the access until qemu-dm has answered it.
 */
import type { CpuGeneration } from '../../calibration/cpu-generations.ts';
import { CONTAINER_COSTS, HOSTED_COSTS, NATIVE_COSTS, XEN_COSTS } from '../../calibration/mechanism-costs.ts';
import { CostPath } from '../cost-path.ts';
import type { KernelPaths } from '../op-paths.ts';
import type { IoPaths, NetDirection } from '../io-paths.ts';
import { L } from '../../metrics/layers.ts';
import { PAGE_BYTES } from '../../sim/units.ts';
import { emulatedNicPacket, PARAVIRTUAL_RING_BATCH } from '../hosted/hosted-io-path.ts';

export function xenIoPaths(gen: CpuGeneration, k: KernelPaths, devices: 'emulated' | 'paravirtual'): IoPaths {
  const c = (cycles: number): number => cycles / gen.ghz;
  const hypercall = gen.syscallCycles + XEN_COSTS.hypercallDispatchCycles;
  // Waking dom0 and switching back: two domain switches, each a full address-space switch.
  const domainSwitches = (p: CostPath, share: number): CostPath =>
    p.charge(L.hypervisor, 2 * share * gen.contextSwitchNs, 'hypercalls');
  // Dom0 signals the guest back over an event channel.
  const eventBack = (p: CostPath, share: number): CostPath =>
    p.chargeBackend(L.driverDomain, c(hypercall * share), 'hypercalls').count('hypercall:event-channel', share, 'hypercalls');

  const perRequest = devices === 'emulated' ? 1 : 1 / PARAVIRTUAL_RING_BATCH;
  const diskOp = new CostPath().add(k.kernelCycle, NATIVE_COSTS.blockRequestCycles);
  // Each register access: an exit to Xen, a round trip to qemu-dm in dom0, the emulation.
  const access = new CostPath().add(k.portAccess, 1, 'device-registers');
  domainSwitches(access, 1).charge(L.driverDomain, c(HOSTED_COSTS.deviceRegisterAccessCycles + 2 * gen.syscallCycles), 'driver-domain');
  if (devices === 'emulated') diskOp.add(access, HOSTED_COSTS.emulatedDiskAccessesPerRequest);
  else {
    diskOp.add(k.notify, perRequest, 'hypercalls');
    domainSwitches(diskOp, perRequest);
  }
  // Back-end in dom0, then dom0's native driver; grants for the data pages.
  diskOp.chargeBackend(L.driverDomain, c(XEN_COSTS.backendRequestCycles + NATIVE_COSTS.blockRequestCycles), 'driver-domain');
  eventBack(diskOp, perRequest);

  // Per packet by direction: an emulated NIC is priced as the PCnet whose driver's register
  // accesses are counted (hosted-io-path.ts); the split driver's ring is the same both ways.
  const netPacket = (dir: NetDirection): CostPath => {
    const p = new CostPath().add(k.kernelCycle, NATIVE_COSTS.netStackPacketCycles + NATIVE_COSTS.netDriverPacketCycles);
    if (devices === 'emulated') {
      const nic = emulatedNicPacket(dir);
      p.add(access, nic.pios).charge(L.driverDomain, c(nic.emulationCycles), 'driver-domain');
    } else {
      p.add(k.notify, perRequest, 'hypercalls');
      domainSwitches(p, perRequest);
    }
    p.chargeBackend(L.driverDomain, c(NATIVE_COSTS.netDriverPacketCycles), 'driver-domain')
      .chargeBackend(L.driverDomain, c(CONTAINER_COSTS.bridgePacketCycles), 'bridge-nat')
      .chargeBackend(L.hypervisor, c(XEN_COSTS.grantCopyPageCycles + hypercall / XEN_COSTS.grantCopyBatch), 'grant-ops')
      .count('hypercall:grant-op', 1 / XEN_COSTS.grantCopyBatch, 'grant-ops');
    return eventBack(p, perRequest);
  };

  // Block back-end maps the request's pages by grant: map + unmap per page, batched.
  const diskByte = new CostPath()
    .chargeBackend(L.hypervisor, c((2 * hypercall) / XEN_COSTS.grantCopyBatch / PAGE_BYTES), 'grant-ops')
    .count('hypercall:grant-op', 2 / XEN_COSTS.grantCopyBatch / PAGE_BYTES, 'grant-ops');

  // Physical interrupts reach Xen, which passes them to dom0's driver as events.
  const physicalInterrupt = new CostPath()
    .charge(L.hypervisor, c(NATIVE_COSTS.interruptCycles))
    .chargeBackend(L.driverDomain, c(NATIVE_COSTS.interruptCycles + hypercall), 'driver-domain')
    .count('event-upcall');

  return {
    diskOp,
    diskByte,
    // blkback writes the guest's partition or logical volume directly: the split-driver hop
    // (in diskOp) is the whole path, and the guest waits for dom0's completion event.
    syncWrite: { cpu: new CostPath(), deviceWrites: 0 },
    netSend: netPacket('send'),
    netReceive: netPacket('receive'),
    netByte: new CostPath().charge(L.guestKernel, c(NATIVE_COSTS.netByteCycles)),
    physicalInterrupt,
  };
}
