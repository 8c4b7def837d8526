/**
 * Unit costs of the mechanisms every platform is built from. Each constant names its
 * source and whether the figure was checked against it (docs/calibration.md has the
 * quotes). "Assumption" marks a figure within the range the sources give but not read
 * from a table; none was chosen to make a whole-benchmark result come out a given way.
 *
 * Cycle counts are core cycles and are converted with the host's clock; where the
 * source measured a total on a first-generation VT-x part, the total is split into the
 * exit round trip (which changes by CPU generation) and the monitor's software work.
 */

import { NATIVE_LMBENCH_2002 } from './native-lmbench-2002.ts';

/**
 * Adams & Agesen, "A Comparison of Software and Hardware Techniques for x86
 * Virtualization", ASPLOS 2006, §6 nanobenchmarks, run in kernel mode of their FrobOS
 * test kernel on a Prescott-class Pentium 4 (the prose verified through a public copy,
 * `ligurio/openbsd-tests` tests/atomics/at_vmm.cc: secondary).
 */
export const ADAMS_AGESEN = {
  /**
   * The VT-x exit + entry round trip of the Prescott they measured: ≈ 1,900 cycles
   * (Bugnion, Nieh & Tsafrir 2017, Table 4.3, as given in the project's calibration
   * README; not re-read here). Subtracted from their totals to leave the monitor's work.
   */
  exitRoundTripCycles: 1900,
  /** Native minor page fault: "1093 cycles on this hardware" (verified). */
  nativePageFaultCycles: 1093,
  /** Software VMM (BT) page fault: 3927 cycles (verified). */
  btPageFaultCycles: 3927,
  /** Hardware VMM page fault with shadow paging: 11242 cycles (verified). */
  hwPageFaultCycles: 11242,
  /** Native PTE write: a single-cycle store (verified). */
  nativePteWriteCycles: 1,
  /** Software VMM traced PTE write: 391 cycles (verified). */
  btPteWriteCycles: 391,
  /** Hardware VMM PTE write under shadow paging: 12733 cycles (verified). */
  hwPteWriteCycles: 12733,
  /** Software VMM syscall: "approximately 2000 more cycles than a native system call" (verified). */
  btSyscallExtraCycles: 2000,
  /** Hardware VMM `in` to a trivial port: 15826 cycles (verified). */
  hwPortInCycles: 15826,
  /** Software VMM `in`: "fifteen times faster than native" 3209 cycles, so about 214 (derived). */
  btPortInCycles: 214,
  /** Software VMM %cr8 write (interrupt priority): 35 cycles (verified); interrupt masking is nearly free under BT. */
  btCr8WriteCycles: 35,
  /** A call/return pair: 11 cycles natively and with hardware assist, 51 under BT: "an average penalty of 40 cycles" (verified). */
  btCallRetPenaltyCycles: 40,
  /** Fault delivery under BT, from divide-by-zero: 3223 − 889 = 2334 extra cycles (derived). */
  btFaultDeliveryExtraCycles: 2334,
  /** Native divide-by-zero, taken and returned from: 889 cycles (verified); the hardware VMM's 1,014 (verified) takes no exit. */
  nativeDivzeroCycles: 889,
  /** Native call/return pair: 11 cycles (verified, with btCallRetPenaltyCycles). */
  nativeCallRetCycles: 11,
} as const;

/**
 * A monitor's device model serving one guest access to a device register: 0.78–0.91 µs
 * on a 733 MHz Pentium III (Sugerman et al., USENIX ATC 2001, Table 2, verified); 0.85 µs used.
 */
const DEVICE_REGISTER_ACCESS_CYCLES = Math.round(0.85 * 733);

/**
 * What a hardware-assist monitor does in software beyond the exit itself, per exit
 * reason: Adams & Agesen's totals minus the round trip (derived). The work is in cycles
 * and assumed not to shrink with later generations' exit latency.
 */
export const HW_MONITOR_WORK_CYCLES = {
  /** Shadow sync of one trapped guest PTE write: 12733 − 1900. */
  ptWrite: ADAMS_AGESEN.hwPteWriteCycles - ADAMS_AGESEN.exitRoundTripCycles,
  /**
   * A true or hidden page fault under shadow paging (dispatch, injection, shadow fill),
   * excluding the guest's own handler: 11242 − 1093 − 1900. The measured fault includes
   * the guest handler's write of the faulting PTE and its trace, so that write is not
   * priced again as a page-table update.
   */
  pageFault: ADAMS_AGESEN.hwPageFaultCycles - ADAMS_AGESEN.nativePageFaultCycles - ADAMS_AGESEN.exitRoundTripCycles,
  /**
   * Handling an I/O exit to a trivial port (`in` from port 0x80): 15826 − 1900. Measured,
   * so used as measured, like the page-fault and PTE-write figures: the first-generation
   * monitor's exit handling (VMCS reads and writes, state save/restore, dispatch to the
   * device model) is most of it, the round trip the rest. Earlier versions priced only
   * the device model's own work (Sugerman's 0.85 µs), which left the measured `in` at a
   * tenth of its cost.
   */
  portIo: ADAMS_AGESEN.hwPortInCycles - ADAMS_AGESEN.exitRoundTripCycles,
  /** A CR3 write under shadow paging: switch to the cached shadow root. Assumption: a quarter of a PTE-write sync. */
  cr3Write: 2500,
  /** Injecting a virtual interrupt and handling its EOI in the monitor's virtual APIC. Assumption. */
  interruptInjection: 1500,
} as const;

/** Binary translation: costs of the monitor's translated paths (Adams & Agesen 2006). */
export const BT_COSTS = {
  syscallExtraCycles: ADAMS_AGESEN.btSyscallExtraCycles,
  ptWriteCycles: ADAMS_AGESEN.btPteWriteCycles,
  /** Monitor share of a page fault: 3927 − 1093 (derived). */
  pageFaultMonitorCycles: ADAMS_AGESEN.btPageFaultCycles - ADAMS_AGESEN.nativePageFaultCycles,
  /** A %cr8 write, translated inline: 35 cycles, cheaper than native (Adams & Agesen). */
  cr8WriteCycles: ADAMS_AGESEN.btCr8WriteCycles,
  /** A call/return pair's translation-cache lookup (Adams & Agesen). */
  callReturnPenaltyCycles: ADAMS_AGESEN.btCallRetPenaltyCycles,
  /** Delivering an exception to the guest's handler (divzero, derived). */
  exceptionDeliveryCycles: ADAMS_AGESEN.btFaultDeliveryExtraCycles,
  /** A CR3 write traps into the monitor like a fault does (derived from divzero delivery). */
  cr3WriteCycles: ADAMS_AGESEN.btFaultDeliveryExtraCycles,
  /** Delivering an interrupt into translated code (fault-delivery-class, derived). */
  interruptDeliveryCycles: ADAMS_AGESEN.btFaultDeliveryExtraCycles,
  /**
   * A translated IN/OUT calls the device model directly, without a trap: Adams & Agesen's
   * `in` from port 0x80, 214 cycles (derived, "fifteen times faster than native" 3209).
   * Sugerman et al.'s 0.78–0.91 µs per IN/OUT inside WS 2.0's monitor (PIC, Lance status;
   * 570–670 cycles on a Pentium III) was the figure before; the nanobenchmark is the
   * measurement of the same kind of access on the hardware the other BT figures come from.
   */
  portAccessCycles: ADAMS_AGESEN.btPortInCycles,
  /**
   * Translated guest-kernel code: every call/return pair pays the translation cache's
   * return-target lookup, 40 cycles (Adams & Agesen, verified). Kernel code makes about
   * 70 function calls in a 4,000-cycle send(2) (FreeBSD commit d5c90663b2, B. Evans:
   * "For a send(2) syscall that makes about 70 function calls ... about 4000 cycles",
   * verified), so 40 × 70 / 4000 = 0.7 extra cycles per kernel cycle (derived). The
   * paths measured whole under BT (system call, page fault, PTE write) already include it.
   */
  translatedKernelExtraPerCycle: (ADAMS_AGESEN.btCallRetPenaltyCycles * 70) / 4000,
} as const;

/**
 * Xen paravirtual mechanisms. A hypercall is "a synchronous software trap into the
 * hypervisor, analogous to the use of system calls" (Barham et al., SOSP 2003, §2): it
 * costs a native trap of the same generation plus the hypervisor's dispatch.
 */
export const XEN_COSTS = {
  /** Hypervisor dispatch and argument validation beyond the trap itself. Assumption. */
  hypercallDispatchCycles: 200,
  /** Validation of one PTE in an mmu_update batch. Assumption (docs/calibration.md §4). */
  pteValidateCycles: 200,
  /** PTE updates amortised over one mmu_update/multicall. Assumption within 8–32. */
  ptUpdateBatch: 16,
  /** Copying one 4 KiB page through a grant (memcpy ≈ 1000 cycles + grant checks). Assumption within 1–2k. */
  grantCopyPageCycles: 1500,
  /** Block back-end work per request in dom0 (ring slot, request translation, response). Assumption. */
  backendRequestCycles: 5000,
  /** Grant copies amortised per GNTTABOP_copy hypercall (modern netback: 64; verified). */
  grantCopyBatch: 64,
  /**
   * Bytes Xen 1.0's virtual firewall-router copies per packet: "Xen copies the descriptor
   * and, to ensure safety, then copies the packet header ... The packet payload is not
   * copied" (Barham et al. 2003, §3.3.5, verified). A ring descriptor (an address, a length
   * and an id: 16 bytes, assumption) and the Ethernet, IPv4 and TCP headers (14 + 20 + 20).
   */
  vfrCopiedBytesPerPacket: 16 + 14 + 20 + 20,
  /**
   * Matching the copied header against the interface's rules: "typically" one against
   * address spoofing on transmit and one demultiplexing on destination address and port on
   * receive (§3.3.5, verified), each a few field comparisons. Assumption.
   */
  vfrRuleMatchCycles: 100,
} as const;

/**
 * Hosted monitor (VMware Workstation/GSX-style), Sugerman, Venkitachalam & Lim, USENIX
 * ATC 2001, measured on a 733 MHz Pentium III (µs × 733 = cycles).
 */
export const HOSTED_COSTS = {
  /** One world switch between the VMM and host contexts: several µs; 5 µs assumed (Table 1 not verified). */
  worldSwitchCycles: 5 * 733,
  /**
   * The host-side path of one transmitted packet through the VMApp, the VMNet driver and
   * the host OS: "Transmitting via the VMNet … 22.7 µs" (Table 2, verified).
   */
  hostSendPathCycles: Math.round(22.7 * 733),
  /**
   * The same for a received packet (the VMApp's select() and read() from the VMNet):
   * "Receiving via the VMNet … 22.7 µs" (Table 2, verified). The paper measured the two
   * directions at the same average, so the host path does not differ by direction.
   */
  hostReceivePathCycles: Math.round(22.7 * 733),
  /**
   * Emulating the virtual Lance's transmit for one sent packet: "Emulating the Lance
   * transmit path … 3.0 µs" (Table 2, verified). Table 2 names no receive counterpart: a
   * received packet's copy into the guest is the VMApp's, in the host receive path.
   */
  nicTransmitEmulationCycles: Math.round(3.0 * 733),
  /** An IN/OUT to a device register handled inside the monitor. */
  deviceRegisterAccessCycles: DEVICE_REGISTER_ACCESS_CYCLES,
  /**
   * Programmed I/Os (IN/OUT) the guest's driver for the emulated AMD PCnet/Lance NIC issues
   * per packet: "the Linux pcnet32 driver used by VMWare workstation issues 10 PIOs to
   * receive a packet and 12 PIOs to transmit a packet" (Whitaker, Shaw & Gribble, "Scale and
   * Performance in the Denali Isolation Kernel", OSDI 2002, §"Simplified Virtual Ethernet",
   * verified). Each is a trap or exit into whoever emulates the device.
   */
  emulatedNicPiosPerSentPacket: 12,
  emulatedNicPiosPerReceivedPacket: 10,
  /**
   * World-switch round trips to the host per sent packet under the optimised monitor of
   * Sugerman et al. §4 (the one Table 2 measured). "The only virtual I/O accesses that
   * require a world switch to the host are the ones that require a physical I/O device
   * access" (node 11, verified): of the 12 PIOs, the one that triggers the transmission.
   * Send combining (node 12, verified) then queues that packet "until the next
   * interrupt-induced switch to the host world", and "If too many packets are delayed
   * (currently defaulting to 3), the VMM will force a world switch": at most one switch of
   * its own per 3 packets sent (derived; the interrupt-induced ones are priced with the
   * interrupt). Applies when "the system is experiencing a high world switch rate", as
   * under the I/O-intensive workloads priced here; an idle link would pay 1 per packet.
   */
  emulatedNicWorldSwitchesPerSentPacket: 1 / 3,
  /**
   * The same per received packet: none. The guest's 10 PIOs "acknowledge the receipt to the
   * hardware" (node 6, verified) and need no physical I/O, so the monitor handles them
   * (node 11); the VMApp's read() and its request to "raise a virtual IRQ" ride the switch
   * the host's NIC interrupt already caused (priced per physical interrupt).
   */
  emulatedNicWorldSwitchesPerReceivedPacket: 0,
  /** Port/MMIO accesses per request for an emulated IDE/SCSI controller. Assumption within 6–10. */
  emulatedDiskAccessesPerRequest: 8,
  /** The VMM process's host system calls per guest I/O request (read/write + poll/select). Assumption. */
  hostSyscallsPerRequest: 2,
} as const;

/** Native kernel costs (Linux 2.6-class) not given per CPU generation. */
export const NATIVE_COSTS = {
  /** Taking a page fault and returning from it, with a handler that does nothing else (Adams & Agesen's FrobOS pgfault). */
  pageFaultCycles: ADAMS_AGESEN.nativePageFaultCycles,
  /**
   * A general-purpose kernel's own work in a minor fault, beyond taking it and returning:
   * finding the page (in the page cache, or a fresh one), taking a reference, the reverse
   * map, installing the PTE. lmbench's lat_pagefault measured "Page Fault 2.00000" µs on a
   * 2.4 GHz Pentium 4 under Linux 2.4.18 (P. Mau, "LMbench results for 2.5.40",
   * linux-kernel, 2 Oct 2002, verified in the list's archive): 4,800 cycles, less the
   * 1,093 of the fault itself measured on another NetBurst core (derived). Kernel code:
   * translated under binary translation like any other. Measured on Linux; taken for every
   * guest kernel, and as the same cycles on later cores (whose better IPC would make it less).
   */
  faultHandlerCycles: NATIVE_LMBENCH_2002.pageFaultUs * NATIVE_LMBENCH_2002.mhz - ADAMS_AGESEN.nativePageFaultCycles,
  pteWriteCycles: ADAMS_AGESEN.nativePteWriteCycles,
  /** Block layer + driver for one request, submit and completion. Assumption (≈ 5 µs at 3 GHz). */
  blockRequestCycles: 15000,
  /** TCP/IP stack per packet, excluding copies and the driver. From the "1 GHz per 1 Gb/s" rule of thumb (Foong et al., ISPASS 2003; assumption). */
  netStackPacketCycles: 4000,
  /** NIC driver per packet (descriptor rings, DMA mapping). Assumption: a third of the per-packet cost. */
  netDriverPacketCycles: 2000,
  /** Copy and checksum per payload byte. Same rule of thumb: a 1500-byte frame ≈ 12,000 cycles in all. */
  netByteCycles: 4,
  /** memcpy between buffers: 4 bytes per cycle (assumption), so 0.25 cycles per byte. */
  copyByteCycles: 0.25,
  /** A native `in` from an off-CPU chipset register: "3209 cycles" (Adams & Agesen 2006, verified). */
  portAccessCycles: 3209,
  /** A native %cr8 write: BT's 35 cycles are "about four times faster than native" (Adams & Agesen 2006, verified), so ≈ 140 (derived). */
  cr8WriteCycles: 4 * ADAMS_AGESEN.btCr8WriteCycles,
  callReturnCycles: ADAMS_AGESEN.nativeCallRetCycles,
  /** An exception taken and returned from (divzero). */
  exceptionCycles: ADAMS_AGESEN.nativeDivzeroCycles,
  /** A device interrupt handler (top half + softirq dispatch). Assumption. */
  interruptCycles: 2000,
  /** The periodic timer interrupt's handler (jiffies, accounting, scheduler tick). Assumption. */
  timerTickCycles: 2000,
  /**
   * Memory accesses of a native TLB miss's walk with page-walk caches: "Page Walker
   * Caches (already 1.5 accesses)" (Park et al., "Every Walk's a Hit", ASPLOS 2022,
   * abstract, verified). The architectural worst case is 4 (one per level).
   */
  walkRefs: 1.5,
  /**
   * The same for a two-dimensional (nested paging) walk: "virtualized systems (4.4 to
   * 2.8 accesses …)" — 4.4 with today's page-walk caches (Park et al. 2022, verified). The
   * architectural worst case is 24 (Bhargava et al., ASPLOS 2008; "up to twenty-four
   * sequential memory accesses", Stojkovic et al., ASPLOS 2022, verified), which the
   * paging-structure caches and nested TLBs hide almost always.
   */
  nestedWalkRefs: 4.4,
  /** TLB refills after a context switch's flush (no PCID/VPID tags). Assumption: a few dozen hot pages. */
  tlbRefillsPerSwitch: 32,
} as const;

/** Container (shared-kernel) costs on top of the native path. */
export const CONTAINER_COSTS = {
  /** veth pair + software bridge per packet (also a Xen dom0 bridge or an ESX vSwitch). Assumption (≈ 1 µs; tutorials give +5–15 µs per request). */
  bridgePacketCycles: 3000,
  /** Connection tracking and address rewriting per packet under NAT. Assumption. */
  natPacketCycles: 2000,
  /** Overlay/union lookup across layers per file-system request. Assumption. */
  overlayLookupCycles: 1500,
  /** Memory-cgroup charge per page fault. Assumption. */
  memcgChargeCycles: 100,
} as const;
