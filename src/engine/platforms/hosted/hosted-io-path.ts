/**
 * The hosted (Type 2) I/O path, after Sugerman, Venkitachalam & Lim (USENIX ATC 2001):
 * guest driver → emulated (or paravirtual) device in the VMM → world switch to the host
 * context → the VMM's host process issues system calls → host kernel → driver → device;
 * the completion interrupt lands in the host kernel and travels back through a world
 * switch as an injected virtual interrupt.
 */
import type { CpuGeneration } from '../../calibration/cpu-generations.ts';
import { HOSTED_COSTS, NATIVE_COSTS } from '../../calibration/mechanism-costs.ts';
import { CostPath } from '../cost-path.ts';
import type { KernelPaths } from '../op-paths.ts';
import type { IoPaths } from '../io-paths.ts';
import { L } from '../../metrics/layers.ts';

/** Requests a paravirtual driver queues per notification (one exit and world switch per batch). Assumption. */
export const PARAVIRTUAL_RING_BATCH = 4;

export function hostedIoPaths(gen: CpuGeneration, k: KernelPaths, devices: 'emulated' | 'paravirtual'): IoPaths {
  const c = (cycles: number): number => cycles / gen.ghz;
  const worldSwitchRoundTrip = (p: CostPath, share: number): CostPath =>
    p.charge(L.vmm, c(2 * HOSTED_COSTS.worldSwitchCycles * share), 'world-switches').count('world-switch', 2 * share, 'world-switches');
  const hostSyscalls = c(HOSTED_COSTS.hostSyscallsPerRequest * gen.syscallCycles);

  // Disk: the guest's own block layer, then the device model, then the host's file and block layers.
  const diskOp = new CostPath().charge(L.guestKernel, c(NATIVE_COSTS.blockRequestCycles));
  const perRequest = devices === 'emulated' ? 1 : 1 / PARAVIRTUAL_RING_BATCH;
  if (devices === 'emulated') diskOp.add(k.portAccess, HOSTED_COSTS.emulatedDiskAccessesPerRequest, 'device-registers');
  else diskOp.add(k.notify, perRequest, 'device-registers');
  worldSwitchRoundTrip(diskOp, perRequest);
  diskOp.charge(L.hostKernel, hostSyscalls + c(NATIVE_COSTS.blockRequestCycles), 'lower-io');

  // Network: the guest's stack, the virtual NIC, and the host's send/receive path per packet.
  const netPacket = new CostPath().charge(L.guestKernel, c(NATIVE_COSTS.netStackPacketCycles + NATIVE_COSTS.netDriverPacketCycles));
  if (devices === 'emulated') {
    netPacket.add(k.portAccess, HOSTED_COSTS.emulatedNicAccessesPerPacket, 'device-registers');
    netPacket.charge(L.vmm, c(HOSTED_COSTS.nicEmulationCycles), 'device-registers');
    worldSwitchRoundTrip(netPacket, HOSTED_COSTS.emulatedNicAccessesPerPacket * HOSTED_COSTS.emulatedNicWorldSwitchShare);
  } else {
    netPacket.add(k.notify, 1 / PARAVIRTUAL_RING_BATCH, 'device-registers');
    worldSwitchRoundTrip(netPacket, 1 / PARAVIRTUAL_RING_BATCH);
  }
  netPacket.charge(L.hostKernel, c(HOSTED_COSTS.hostPacketPathCycles), 'lower-io');

  // A physical interrupt is the host's: its handler, then a world switch into the VMM to inject it.
  const physicalInterrupt = new CostPath().charge(L.hostKernel, c(NATIVE_COSTS.interruptCycles));
  worldSwitchRoundTrip(physicalInterrupt, 1);

  return {
    diskOp,
    diskByte: new CostPath().charge(L.hostKernel, c(NATIVE_COSTS.copyByteCycles), 'lower-io'),
    netPacket,
    netByte: new CostPath()
      .charge(L.guestKernel, c(NATIVE_COSTS.netByteCycles))
      .charge(L.hostKernel, c(NATIVE_COSTS.copyByteCycles), 'lower-io'),
    physicalInterrupt,
  };
}
