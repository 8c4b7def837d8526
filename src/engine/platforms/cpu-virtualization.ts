/**
 * How a guest kernel's CPU-side operations are priced under each way of running it:
 * natively, under binary translation, with hardware assist (shadow or nested paging),
 * or paravirtualized (Xen). Hosted and bare-metal platforms both build on these; they
 * differ in which layer plays the monitor and in their I/O paths.
 *
 * Sources: Adams & Agesen (ASPLOS 2006) for BT and first-generation VT-x; Barham et al.
 * (SOSP 2003) for Xen's mechanisms; Bhargava et al. (ASPLOS 2008) and Park et al. (ASPLOS
 * 2022) for 2-D page walks with page-walk caches.
 */
import type { CpuGeneration } from '../calibration/cpu-generations.ts';
import { BT_COSTS, HW_MONITOR_WORK_CYCLES, NATIVE_COSTS, XEN_COSTS } from '../calibration/mechanism-costs.ts';
import { CostPath } from './cost-path.ts';
import type { KernelPaths } from './op-paths.ts';
import { L } from '../metrics/layers.ts';

type LayerIndex = (typeof L)[keyof typeof L];

export type CpuMode =
  | { readonly kind: 'native' }
  | { readonly kind: 'binary-translation' }
  | { readonly kind: 'hardware-assist'; readonly paging: 'shadow' | 'nested' }
  | { readonly kind: 'paravirtual' };

export interface KernelContext {
  readonly gen: CpuGeneration;
  /** Where the guest's (or the one shared) kernel's time goes. */
  readonly kernelLayer: LayerIndex;
  /** Where the monitor's time goes: vmm (hosted) or hypervisor (bare-metal). */
  readonly monitorLayer: LayerIndex;
  /** Extra cycles the kernel pays per page fault (memory-cgroup charging in a container). */
  readonly faultExtraCycles?: number;
}

/** Builds the kernel-side paths for `mode`. */
export function kernelPaths(mode: CpuMode, ctx: KernelContext): KernelPaths {
  const { gen, kernelLayer: K, monitorLayer: M } = ctx;
  const ns = (cycles: number): number => cycles / gen.ghz;
  const exitRT = gen.vmExitRoundTripCycles ?? 0;
  const nested = mode.kind === 'hardware-assist' && mode.paging === 'nested';
  const walkCycles = (nested ? NATIVE_COSTS.nestedWalkRefs : NATIVE_COSTS.walkRefs) * gen.walkRefCycles;
  const hypercall = gen.syscallCycles + XEN_COSTS.hypercallDispatchCycles;

  // Guest-kernel code priced by its native cycles: under BT it runs translated and pays
  // the translation cache's cost of its control flow, charged to the monitor.
  const translated = mode.kind === 'binary-translation' ? BT_COSTS.translatedKernelExtraPerCycle : 0;
  const kernelCode = (p: CostPath, nativeNs: number): CostPath => {
    p.charge(K, nativeNs);
    return translated === 0 ? p : p.charge(M, nativeNs * translated);
  };

  const userCycle = new CostPath().charge(L.guestUser, ns(1));
  const memByte = new CostPath().charge(L.guestUser, 1 / gen.memBandwidthGBs);
  // Bandwidth-bound whoever runs it: a translated copy loop waits on memory as the native one does.
  const kernelMemByte = new CostPath().charge(K, 1 / gen.memBandwidthGBs);
  const tlbMiss = new CostPath().charge(L.guestUser, ns(walkCycles));
  const kernelCycle = kernelCode(new CostPath(), ns(1));
  const syscall = new CostPath().charge(K, ns(gen.syscallCycles));
  // The fault taken and returned from; the kernel's handler is added below (pageFault).
  const bareFault = new CostPath().charge(K, ns(NATIVE_COSTS.pageFaultCycles));
  if (ctx.faultExtraCycles) bareFault.charge(K, ns(ctx.faultExtraCycles), 'memcg');
  const ptUpdate = new CostPath();
  const contextSwitch = kernelCode(new CostPath(), gen.contextSwitchNs).charge(K, ns(NATIVE_COSTS.tlbRefillsPerSwitch * walkCycles));
  const deliverInterrupt = kernelCode(new CostPath(), ns(NATIVE_COSTS.interruptCycles));
  const deliverTick = kernelCode(new CostPath(), ns(NATIVE_COSTS.timerTickCycles));
  const portAccess = new CostPath();
  // Adams & Agesen's cr8wr, call/ret and divzero: the instruction or exception as the hardware runs it.
  const cr8Write = new CostPath();
  const callReturn = new CostPath().charge(K, ns(NATIVE_COSTS.callReturnCycles));
  const exception = new CostPath().charge(K, ns(NATIVE_COSTS.exceptionCycles));
  const notify = new CostPath();
  // Waking a halted vCPU: the scheduler of the layer under the guest switches back to it.
  const wake = new CostPath();
  const rescheduleVcpu = (): CostPath => wake.charge(M, gen.contextSwitchNs);

  switch (mode.kind) {
    case 'native':
      ptUpdate.charge(K, ns(NATIVE_COSTS.pteWriteCycles));
      portAccess.charge(K, ns(NATIVE_COSTS.portAccessCycles));
      cr8Write.charge(K, ns(NATIVE_COSTS.cr8WriteCycles));
      break;
    case 'binary-translation':
      // Kernel code runs translated (above): syscalls and faults enter the monitor, PTE
      // writes are traced; interrupt masking is translated inline and nearly free. The
      // system call, fault and PTE-write figures are measured totals with their code.
      syscall.charge(M, ns(BT_COSTS.syscallExtraCycles)).count('trap:syscall');
      bareFault.charge(M, ns(BT_COSTS.pageFaultMonitorCycles)).count('trap:hidden-page-fault');
      ptUpdate.charge(M, ns(BT_COSTS.ptWriteCycles)).count('trap:pt-write');
      contextSwitch.charge(M, ns(BT_COSTS.cr3WriteCycles)).count('trap:cr3-write');
      deliverInterrupt.charge(M, ns(BT_COSTS.interruptDeliveryCycles)).count('trap:interrupt');
      deliverTick.charge(M, ns(BT_COSTS.interruptDeliveryCycles)).count('trap:interrupt');
      portAccess.charge(M, ns(BT_COSTS.portAccessCycles)).count('trap:io-port');
      notify.charge(M, ns(BT_COSTS.portAccessCycles)).count('trap:io-port');
      rescheduleVcpu().charge(M, ns(BT_COSTS.interruptDeliveryCycles)).count('trap:hlt');
      // The %cr8 write is translated into a store to the virtual APIC's priority, faster than the real one.
      cr8Write.charge(M, ns(BT_COSTS.cr8WriteCycles));
      callReturn.charge(M, ns(BT_COSTS.callReturnPenaltyCycles));
      exception.charge(M, ns(BT_COSTS.exceptionDeliveryCycles)).count('trap:exception');
      break;
    case 'hardware-assist': {
      // System calls never exit; what exits depends on the paging mode and the APIC.
      if (mode.paging === 'shadow') {
        bareFault.charge(M, ns(exitRT + HW_MONITOR_WORK_CYCLES.pageFault)).count('exit:hidden-page-fault');
        ptUpdate.charge(M, ns(exitRT + HW_MONITOR_WORK_CYCLES.ptWrite)).count('exit:pt-write');
        contextSwitch.charge(M, ns(exitRT + HW_MONITOR_WORK_CYCLES.cr3Write)).count('exit:cr3-write');
      } else {
        ptUpdate.charge(K, ns(NATIVE_COSTS.pteWriteCycles));
      }
      const inject = (p: CostPath): void => {
        p.charge(M, ns(exitRT + HW_MONITOR_WORK_CYCLES.interruptInjection)).count('exit:external-interrupt');
        if (!gen.apicv) p.charge(M, ns(exitRT)).count('exit:apic-eoi');
      };
      inject(deliverInterrupt);
      inject(deliverTick);
      portAccess.charge(M, ns(exitRT + HW_MONITOR_WORK_CYCLES.portIo)).count('exit:io-port');
      notify.charge(M, ns(exitRT + HW_MONITOR_WORK_CYCLES.portIo)).count('exit:io-port');
      rescheduleVcpu().charge(M, ns(exitRT)).count('exit:hlt');
      // No exit for either: the %cr8 write goes to the TPR shadow, and a divide error is not intercepted.
      cr8Write.charge(K, ns(NATIVE_COSTS.cr8WriteCycles));
      break;
    }
    case 'paravirtual': {
      // Xen PV (x86-32): system calls take a fast trap straight to the guest; page faults
      // enter Xen first and bounce; page-table writes are validated in batched hypercalls.
      bareFault
        .charge(M, ns(hypercall))
        .count('trap:fault-bounce')
        .charge(M, ns(hypercall / XEN_COSTS.ptUpdateBatch + XEN_COSTS.pteValidateCycles))
        .count('hypercall:mmu-update', 1 / XEN_COSTS.ptUpdateBatch);
      ptUpdate
        .charge(M, ns(hypercall / XEN_COSTS.ptUpdateBatch + XEN_COSTS.pteValidateCycles))
        .count('hypercall:mmu-update', 1 / XEN_COSTS.ptUpdateBatch);
      contextSwitch
        .charge(M, ns(2 * hypercall))
        .count('hypercall:mmuext-op')
        .count('hypercall:stack-switch');
      deliverInterrupt.charge(M, ns(hypercall)).count('event-upcall');
      deliverTick.charge(M, ns(hypercall)).count('event-upcall');
      portAccess.charge(M, ns(hypercall)).count('trap:io-port');
      notify.charge(M, ns(hypercall)).count('hypercall:event-channel');
      rescheduleVcpu().charge(M, ns(hypercall)).count('hypercall:sched-block');
      // A PV guest masks events in shared memory, priced as the native priority write; exceptions bounce through Xen as faults do.
      cr8Write.charge(K, ns(NATIVE_COSTS.cr8WriteCycles));
      exception.charge(M, ns(hypercall)).count('trap:fault-bounce');
      break;
    }
  }
  // A real kernel's fault: the fault as above, and its handler's work as kernel code.
  const pageFault = kernelCode(new CostPath().add(bareFault), ns(NATIVE_COSTS.faultHandlerCycles));
  return {
    userCycle,
    memByte,
    kernelMemByte,
    tlbMiss,
    kernelCycle,
    syscall,
    pageFault,
    bareFault,
    ptUpdate,
    contextSwitch,
    cr8Write,
    callReturn,
    exception,
    deliverInterrupt,
    deliverTick,
    portAccess,
    notify,
    wake,
  };
}
