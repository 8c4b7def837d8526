/**
 * Bare-metal (Type 1): a hypervisor owns the hardware. Two styles, as in 2005–07:
 * Xen — a thin hypervisor with a privileged driver domain (dom0) that does the real I/O
 * for paravirtualized (or, on VT-x, HVM) guests; and VMware ESX Server — device
 * emulation and drivers inside the hypervisor itself, guests under binary translation
 * (or hardware assist), with a service console VM for management. KVM (2007) shares ESX's
 * shape here — devices served in the hypervisor, which for KVM is the Linux host kernel with
 * kvm.ko (virtio's back-ends) — but its hypervisor is a whole Linux kernel, each VM a QEMU
 * process with its overhead, and there is no service console: the host is managed directly.
 */
import { VIRTUAL_BIOS_NS, XEN_PV_FIRMWARE_NS } from '../../calibration/boot.ts';
import { CPU_GENERATIONS } from '../../calibration/cpu-generations.ts';
import { xenDom0Vcpus } from '../../calibration/cpu-scheduling.ts';
import {
  ESX_SERVICE_CONSOLE_MIB,
  HYPERVISOR_FOOTPRINT_MIB,
  SHADOW_PT_FRACTION,
  OS_FOOTPRINT_MIB,
  XEN_DOM0_MIB,
  esxVmOverheadMiB,
  hostedVmOverheadMiB,
} from '../../calibration/footprints.ts';
import { BT_COSTS, NATIVE_COSTS, XEN_COSTS } from '../../calibration/mechanism-costs.ts';
import { ESX_CONSOLE_HZ, ESX_VMKERNEL_HZ, XEN_DOM0_HZ, XEN_HYPERVISOR_HZ } from '../../calibration/platform-timers.ts';
import { productFor } from '../../consoles/products.ts';
import { dirtyLimitBytes, GUEST_OS, guestOsOn } from '../../os/guest-os.ts';
import type { GuestSpec, Scenario } from '../../scenario/schema.ts';
import { L } from '../../metrics/layers.ts';
import { CostPath } from '../cost-path.ts';
import { kernelPaths, type CpuMode } from '../cpu-virtualization.ts';
import { cpuModeRefusal } from '../cpu-mode-refusal.ts';
import { vmLimitOf } from '../vm-count-limit.ts';
import { vmMemory } from '../guest-memory.ts';
import { describeMode } from '../hosted/hosted-platform.ts';
import { assemblePaths } from '../op-paths.ts';
import type { PlatformModel } from '../platform-model.ts';
import { esxIoPaths } from './esx-vmkernel-io.ts';
import { xenHypervisorIoPaths } from './xen-hypervisor-io.ts';
import { xenIoPaths } from './xen-split-driver-io.ts';

/** Xen's own bookkeeping per domain (structures, grant and event tables, p2m). Assumption. */
const XEN_DOMAIN_OVERHEAD_MIB = 8;

/** The column is Xen 1.0 (the paper's Xen, SOSP 2003): its device drivers in the hypervisor; from 2.0 they are dom0's. */
export function isXen1(s: Scenario): boolean {
  const opts = s.platforms['bare-metal'];
  return opts.style === 'xen' && opts.ioBackends === 'hypervisor';
}

export function bareMetalPlatform(s: Scenario): PlatformModel {
  const gen = CPU_GENERATIONS[s.host.cpu];
  const opts = s.platforms['bare-metal'];
  const xen = opts.style === 'xen';
  const kvm = !xen && productFor('bare-metal', s)?.id === 'kvm';
  const mode: CpuMode =
    opts.guestMode === 'paravirtual'
      ? { kind: 'paravirtual' }
      : opts.guestMode === 'binary-translation'
        ? { kind: 'binary-translation' }
        : { kind: 'hardware-assist', paging: opts.paging };
  const devices = opts.devices ?? (mode.kind === 'paravirtual' ? 'paravirtual' : 'emulated');
  const shadow = mode.kind === 'binary-translation' || (mode.kind === 'hardware-assist' && mode.paging === 'shadow');
  const c = (cycles: number): number => cycles / gen.ghz;
  const ioInXen = isXen1(s);
  const refusal =
    xen && mode.kind === 'binary-translation'
      ? 'Xen has no binary translator: its guests run paravirtualized, or with hardware assist (HVM) on a VT-x CPU.'
      : ioInXen && devices === 'emulated'
        ? 'Xen 1.0\'s I/O in the hypervisor serves paravirtual devices only: emulated devices need qemu-dm in a driver domain (ioBackends "dom0").'
        : cpuModeRefusal(gen, mode, 'bare-metal');

  return {
    kind: 'bare-metal',
    // The product the column stands for (named, or inferred from the options as its console is).
    label: ioInXen
      ? `Xen 1.0: ${describeMode(mode)}, ${devices} devices served in the hypervisor`
      : `${productFor('bare-metal', s)?.label ?? (xen ? 'Xen' : 'VMware ESX Server')}: ${describeMode(mode)}, ${devices} devices`,
    stack: xen ? ['hypervisor', 'driver-domain', 'guest-kernel', 'guest-user'] : ['hypervisor', 'guest-kernel', 'guest-user'],
    // dom0 is a domain of its own: its back-ends run on its vCPUs (xen-split-driver-io.ts).
    ...(xen ? { driverDomain: { vcpus: opts.dom0Vcpus ?? xenDom0Vcpus(s.host.cores) } } : {}),
    refusal,
    ...vmLimitOf('bare-metal', s),
    admit: (guest: GuestSpec) => {
      if (mode.kind !== 'paravirtual' || guest.os !== 'windows') return null;
      return (
        `Windows cannot run paravirtualized: that needs a guest kernel modified for the hypervisor, and ` +
        `Windows' source is closed. Run it with hardware assist (guestMode "hardware-assist") on a VT-x CPU.`
      );
    },
    plan: (guest) => {
      const os = guestOsOn(guest.os, s.host.cpu);
      const k = kernelPaths(mode, { gen, kernelLayer: L.guestKernel, monitorLayer: L.hypervisor });
      const io = ioInXen ? xenHypervisorIoPaths(gen, k) : xen ? xenIoPaths(gen, k, devices) : esxIoPaths(gen, k, devices);
      const physicalTick = new CostPath().charge(L.hypervisor, c(NATIVE_COSTS.interruptCycles));
      // A KVM guest is a QEMU process on the host, with a hosted monitor's overhead.
      const overhead = xen ? XEN_DOMAIN_OVERHEAD_MIB : kvm ? hostedVmOverheadMiB(guest.memoryMiB) : esxVmOverheadMiB(guest.vcpus, guest.memoryMiB);
      // ESX's per-VM overhead figure already includes its shadow page tables.
      const shadowMiB = shadow && xen ? SHADOW_PT_FRACTION * guest.memoryMiB : 0;
      return {
        paths: assemblePaths(k, io, physicalTick),
        tickHz: os.timerHz,
        idleTickHz: os.idleTimerHz,
        dirtyLimitBytes: dirtyLimitBytes(os, guest.memoryMiB),
        firmwareNs: mode.kind === 'paravirtual' && xen ? XEN_PV_FIRMWARE_NS : VIRTUAL_BIOS_NS,
        boot: os.boot,
        memoryMiB: vmMemory(guest, overhead, shadowMiB),
      };
    },
    baseMemoryMiB: () =>
      xen
        ? { hypervisor: HYPERVISOR_FOOTPRINT_MIB.xen, 'driver-domain (dom0)': XEN_DOM0_MIB }
        : kvm
          ? { hypervisor: OS_FOOTPRINT_MIB.linux }
          : { hypervisor: HYPERVISOR_FOOTPRINT_MIB.esx, 'service console': ESX_SERVICE_CONSOLE_MIB },
    backgroundPerSecond: () => {
      const p = new CostPath();
      if (xen) {
        const hypercall = gen.syscallCycles + XEN_COSTS.hypercallDispatchCycles;
        p.charge(L.hypervisor, c(s.host.cores * XEN_HYPERVISOR_HZ * NATIVE_COSTS.interruptCycles));
        // dom0's own kernel ticks arrive as event-channel upcalls.
        p.charge(L.driverDomain, c(XEN_DOM0_HZ * NATIVE_COSTS.timerTickCycles));
        p.charge(L.hypervisor, c(XEN_DOM0_HZ * hypercall)).count('event-upcall', XEN_DOM0_HZ);
      } else if (kvm) {
        // The host Linux kernel's own ticks on every core.
        p.charge(L.hypervisor, c(s.host.cores * GUEST_OS.linux.timerHz * NATIVE_COSTS.timerTickCycles));
      } else {
        p.charge(L.hypervisor, c(s.host.cores * ESX_VMKERNEL_HZ * NATIVE_COSTS.interruptCycles));
        // The service console is a VM under binary translation.
        p.charge(L.hypervisor, c(ESX_CONSOLE_HZ * (NATIVE_COSTS.timerTickCycles + BT_COSTS.interruptDeliveryCycles)));
        p.count('trap:interrupt', ESX_CONSOLE_HZ);
      }
      return p;
    },
    licences: (admitted) => admitted.length + (xen ? 1 : 0),
  };
}
