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
import type { IoPaths, NetDirection, SyncWritePath } from '../io-paths.ts';
import { L } from '../../metrics/layers.ts';

/** Requests a paravirtual driver queues per notification (one exit and world switch per batch). Assumption. */
export const PARAVIRTUAL_RING_BATCH = 4;

/**
 * What the guest's driver of an emulated PCnet/Lance NIC makes the device's emulator do for
 * one packet: its programmed I/Os (12 to send, 10 to receive) and, on a send, the Lance
 * transmit emulation. The same guest driver runs on every platform that emulates the NIC.
 */
export function emulatedNicPacket(dir: NetDirection): { readonly pios: number; readonly emulationCycles: number } {
  return dir === 'send'
    ? { pios: HOSTED_COSTS.emulatedNicPiosPerSentPacket, emulationCycles: HOSTED_COSTS.nicTransmitEmulationCycles }
    : { pios: HOSTED_COSTS.emulatedNicPiosPerReceivedPacket, emulationCycles: 0 };
}

/** Where a hosted VM's disk lives on the host: a file on the host's file system, or a raw partition. */
export type HostedDiskBacking = 'file' | 'raw';

export function hostedIoPaths(gen: CpuGeneration, k: KernelPaths, devices: 'emulated' | 'paravirtual', disk: HostedDiskBacking = 'file'): IoPaths {
  const c = (cycles: number): number => cycles / gen.ghz;
  const worldSwitchRoundTrip = (p: CostPath, share: number): CostPath =>
    p.charge(L.vmm, c(2 * HOSTED_COSTS.worldSwitchCycles * share), 'world-switches').count('world-switch', 2 * share, 'world-switches');
  const hostSyscalls = c(HOSTED_COSTS.hostSyscallsPerRequest * gen.syscallCycles);

  // Disk: the guest's own block layer, then the device model, then the host's file and block layers.
  const diskOp = new CostPath().add(k.kernelCycle, NATIVE_COSTS.blockRequestCycles);
  const perRequest = devices === 'emulated' ? 1 : 1 / PARAVIRTUAL_RING_BATCH;
  if (devices === 'emulated') diskOp.add(k.portAccess, HOSTED_COSTS.emulatedDiskAccessesPerRequest, 'device-registers');
  else diskOp.add(k.notify, perRequest, 'device-registers');
  worldSwitchRoundTrip(diskOp, perRequest);
  diskOp.charge(L.hostKernel, hostSyscalls + c(NATIVE_COSTS.blockRequestCycles), 'lower-io');

  // Network, per packet by direction: the guest's stack, the virtual NIC, and the host's path.
  const netPacket = (dir: NetDirection): CostPath => {
    const p = new CostPath().add(k.kernelCycle, NATIVE_COSTS.netStackPacketCycles + NATIVE_COSTS.netDriverPacketCycles);
    if (devices === 'emulated') {
      const nic = emulatedNicPacket(dir);
      p.add(k.portAccess, nic.pios, 'device-registers');
      p.charge(L.vmm, c(nic.emulationCycles), 'device-registers');
      worldSwitchRoundTrip(p, dir === 'send' ? HOSTED_COSTS.emulatedNicWorldSwitchesPerSentPacket : HOSTED_COSTS.emulatedNicWorldSwitchesPerReceivedPacket);
    } else {
      // One notification per ring batch either way: no source prices the directions apart.
      p.add(k.notify, 1 / PARAVIRTUAL_RING_BATCH, 'device-registers');
      worldSwitchRoundTrip(p, 1 / PARAVIRTUAL_RING_BATCH);
    }
    return p.charge(L.hostKernel, c(dir === 'send' ? HOSTED_COSTS.hostSendPathCycles : HOSTED_COSTS.hostReceivePathCycles), 'lower-io');
  };

  // A physical interrupt is the host's: its handler, then a world switch into the VMM to inject it.
  const physicalInterrupt = new CostPath().charge(L.hostKernel, c(NATIVE_COSTS.interruptCycles));
  worldSwitchRoundTrip(physicalInterrupt, 1);

  return {
    diskOp,
    diskByte: new CostPath().charge(L.hostKernel, c(NATIVE_COSTS.copyByteCycles), 'lower-io'),
    syncWrite: hostedSyncWrite(gen, disk),
    netSend: netPacket('send'),
    netReceive: netPacket('receive'),
    netByte: new CostPath()
      .charge(L.guestKernel, c(NATIVE_COSTS.netByteCycles))
      .charge(L.hostKernel, c(NATIVE_COSTS.copyByteCycles), 'lower-io'),
    physicalInterrupt,
  };
}

/**
 * A guest's synchronous write to a disk file: the VMM's write lands in the host's page
 * cache, so to make it durable the VMM fsyncs the file, and the host file system commits
 * its journal (the file's changed inode: mtime, and the block map of a growable disk)
 * after the data — a second device write the guest waits for. A raw partition has no
 * host file system: the VMM writes it with O_DIRECT and the request is the whole path.
 */
function hostedSyncWrite(gen: CpuGeneration, disk: HostedDiskBacking): SyncWritePath {
  if (disk === 'raw') return { cpu: new CostPath(), deviceWrites: 0 };
  const cpu = new CostPath().charge(L.hostKernel, (gen.syscallCycles + NATIVE_COSTS.blockRequestCycles + NATIVE_COSTS.interruptCycles) / gen.ghz, 'lower-io');
  return { cpu, deviceWrites: 1 };
}
