/**
 * Xen 1.0's I/O path, the one Barham et al. measured (SOSP 2003, §3.3.5–3.3.6): the device
 * drivers and the I/O abstractions live in Xen itself, so no driver domain is on the data
 * path. A guest queues descriptors on a ring and notifies Xen once per batch.
 *
 * - Disk, a virtual block device: "Xen inspects the VBD identifier and offset and produces
 *   the corresponding sector address and physical device. Permission checks also take
 *   place at this time. Zero-copy data transfer takes place using DMA between the disk and
 *   pinned memory pages in the requesting domain."
 * - Network, the virtual firewall-router: on transmit "Xen copies the descriptor and ...
 *   then copies the packet header and executes any matching filter rules. The packet
 *   payload is not copied"; on receive the guest exchanges "an unused page frame for each
 *   packet it receives; this avoids the need to copy the packet".
 *
 * So the work a split-driver back-end does in dom0 (xen-split-driver-io.ts) is done here by
 * the hypervisor, on the guest's own burst: no domain switches to dom0, no grant copies, no
 * dom0 bridge. What remains is priced with the same unit costs: the request's translation
 * and ring handling (the back-end's per-request work), the native driver, the VFR's copy of
 * the descriptor and header and its rule match, and the page exchange as one batched
 * page-table update. Only paravirtual devices: emulating a device needs qemu-dm in dom0.
 */
import type { CpuGeneration } from '../../calibration/cpu-generations.ts';
import { NATIVE_COSTS, XEN_COSTS } from '../../calibration/mechanism-costs.ts';
import { CostPath } from '../cost-path.ts';
import type { KernelPaths } from '../op-paths.ts';
import type { IoPaths } from '../io-paths.ts';
import { L } from '../../metrics/layers.ts';
import { PARAVIRTUAL_RING_BATCH } from '../hosted/hosted-io-path.ts';

export function xenHypervisorIoPaths(gen: CpuGeneration, k: KernelPaths): IoPaths {
  const c = (cycles: number): number => cycles / gen.ghz;
  const hypercall = gen.syscallCycles + XEN_COSTS.hypercallDispatchCycles;
  const perRequest = 1 / PARAVIRTUAL_RING_BATCH;

  // The VBD: ring slot, translation and permission check, then Xen's own driver.
  const diskOp = new CostPath()
    .add(k.kernelCycle, NATIVE_COSTS.blockRequestCycles)
    .add(k.notify, perRequest, 'hypercalls')
    .charge(L.hypervisor, c(XEN_COSTS.backendRequestCycles + NATIVE_COSTS.blockRequestCycles), 'lower-io');

  // The VFR: descriptor and header copied and the rules run (not a software bridge: no
  // second device, no forwarding table, no netfilter), Xen's NIC driver, and the page frame
  // pinned (transmit) or exchanged with the guest (receive), one validated update.
  const vfr = XEN_COSTS.vfrCopiedBytesPerPacket * NATIVE_COSTS.copyByteCycles + XEN_COSTS.vfrRuleMatchCycles;
  const netPacket = new CostPath()
    .add(k.kernelCycle, NATIVE_COSTS.netStackPacketCycles + NATIVE_COSTS.netDriverPacketCycles)
    .add(k.notify, perRequest, 'hypercalls')
    .charge(L.hypervisor, c(NATIVE_COSTS.netDriverPacketCycles), 'lower-io')
    .charge(L.hypervisor, c(vfr), 'bridge-nat')
    .charge(L.hypervisor, c(hypercall / XEN_COSTS.ptUpdateBatch + XEN_COSTS.pteValidateCycles), 'hypercalls')
    .count('hypercall:mmu-update', 1 / XEN_COSTS.ptUpdateBatch, 'hypercalls');

  // A device interrupt is Xen's own (its event to the guest is the guest's delivery path).
  const physicalInterrupt = new CostPath().charge(L.hypervisor, c(NATIVE_COSTS.interruptCycles));

  return {
    diskOp,
    // DMA straight to and from the guest's pinned pages.
    diskByte: new CostPath(),
    syncWrite: { cpu: new CostPath(), deviceWrites: 0 },
    // No source prices a send and a receive apart on this path.
    netSend: netPacket,
    netReceive: netPacket,
    netByte: new CostPath().charge(L.guestKernel, c(NATIVE_COSTS.netByteCycles)),
    physicalInterrupt,
  };
}
