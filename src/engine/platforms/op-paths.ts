/**
 * The price list of one guest on one platform: a cost path per operation class. A
 * workload's transaction is priced by weighting these paths with its operation counts.
 */
import { CostPath } from './cost-path.ts';
import type { IoPaths, SyncWritePath } from './io-paths.ts';
import type { OpMix } from '../workloads/op-mix.ts';

/** The paths of CPU-side operations, the same whichever devices a platform has. */
export interface CpuOpPaths {
  readonly userCycle: CostPath;
  readonly memByte: CostPath;
  /** A byte the kernel streams through memory (page-cache copies): the bandwidth's, on the kernel's layer. */
  readonly kernelMemByte: CostPath;
  readonly tlbMiss: CostPath;
  readonly kernelCycle: CostPath;
  readonly syscall: CostPath;
  /** A minor fault a kernel handles: taken, the page found and mapped, returned from. */
  readonly pageFault: CostPath;
  /** A fault whose handler only returns (a test kernel's: Adams & Agesen's pgfault). */
  readonly bareFault: CostPath;
  readonly ptUpdate: CostPath;
  readonly contextSwitch: CostPath;
  /** A guest access to a device register (port I/O, MMIO), handled by whoever emulates the device. */
  readonly portAccess: CostPath;
  /** A write of the task-priority register (%cr8). */
  readonly cr8Write: CostPath;
  /** A call/return pair in kernel code. */
  readonly callReturn: CostPath;
  /** An exception delivered to the kernel's handler and returned from (a divide error). */
  readonly exception: CostPath;
  /**
   * Waking the guest from idle for an event (a reply from the network): a VM's halted vCPU
   * exits on HLT and must be scheduled again by the layer under it; a kernel on the
   * hardware only leaves its idle loop.
   */
  readonly wake: CostPath;
}

/** The CPU-side paths of a guest kernel, and how the monitor reaches into it. */
export interface KernelPaths extends CpuOpPaths {
  /** Getting an interrupt that the monitor holds into the guest, through to the guest's handler. */
  readonly deliverInterrupt: CostPath;
  /** The same for a timer tick. */
  readonly deliverTick: CostPath;
  /** The monitor notices a guest I/O request on a paravirtual device (one notification). */
  readonly notify: CostPath;
}

export interface OpPaths extends CpuOpPaths {
  /** A device's completion interrupt, from the physical line to the guest's handler. */
  readonly interrupt: CostPath;
  /** One timer tick of the guest's kernel. */
  readonly timerTick: CostPath;
  /** CPU on the path of one disk request (the device's own time is not CPU). */
  readonly diskOp: CostPath;
  readonly diskByte: CostPath;
  /** What a synchronous disk write adds beneath the guest (it is also one of the disk requests). */
  readonly syncWrite: SyncWritePath;
  /** One packet sent, and one received (io-paths.ts). */
  readonly netSend: CostPath;
  readonly netReceive: CostPath;
  readonly netByte: CostPath;
}

/** The CPU cost of one transaction of `m` priced with `p`. */
export function priceMix(p: OpPaths, m: OpMix): CostPath {
  const diskRequests = m.diskOps + m.writebackOps;
  const diskBytes = diskRequests * m.diskBytesPerOp;
  const netBytes = m.netPackets * m.netBytesPerPacket;
  const sent = m.netPackets * m.netSentShare;
  // Each class's work that no charge on its path named belongs to the class itself.
  return new CostPath()
    .add(p.userCycle, m.userCycles, 'user-work')
    .add(p.memByte, m.memBytes, 'user-work')
    .add(p.tlbMiss, m.tlbMisses, 'tlb-walks')
    .add(p.kernelCycle, m.kernelCycles, 'kernel-work')
    .add(p.kernelMemByte, m.kernelMemBytes, 'kernel-work')
    .add(p.syscall, m.syscalls, 'syscalls')
    .add(p.pageFault, m.pageFaults, 'page-faults')
    .add(p.bareFault, m.bareFaults, 'page-faults')
    .add(p.ptUpdate, m.ptUpdates, 'pt-updates')
    .add(p.contextSwitch, m.contextSwitches, 'context-switches')
    .add(p.interrupt, m.interrupts, 'interrupts')
    .add(p.portAccess, m.portAccesses, 'device-registers')
    .add(p.cr8Write, m.cr8Writes, 'interrupts')
    .add(p.callReturn, m.callReturns, 'kernel-work')
    .add(p.exception, m.exceptions, 'interrupts')
    .add(p.diskOp, diskRequests, 'disk-requests')
    .add(p.diskByte, diskBytes, 'disk-requests')
    .add(p.syncWrite.cpu, m.syncWrites, 'disk-requests')
    .add(p.netSend, sent, 'network-packets')
    .add(p.netReceive, m.netPackets - sent, 'network-packets')
    .add(p.wake, m.netRoundTrips, 'vcpu-wakeups')
    .add(p.netByte, netBytes, 'network-packets');
}

/** Joins a kernel's CPU-side paths with a platform's device paths. */
export function assemblePaths(k: KernelPaths, io: IoPaths, physicalTick: CostPath): OpPaths {
  const { deliverInterrupt, deliverTick, notify: _notify, ...cpu } = k;
  return {
    ...cpu,
    interrupt: new CostPath().add(io.physicalInterrupt).add(deliverInterrupt),
    timerTick: new CostPath().add(physicalTick).add(deliverTick),
    diskOp: io.diskOp,
    diskByte: io.diskByte,
    syncWrite: io.syncWrite,
    netSend: io.netSend,
    netReceive: io.netReceive,
    netByte: io.netByte,
  };
}
