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

/** Adams & Agesen, ASPLOS 2006, nanobenchmarks (verified prose): Prescott-class part. */
export const ADAMS_AGESEN = {
  /** The VT-x round trip of the part they measured (Prescott-class, assumption as in cpu-generations). */
  exitRoundTripCycles: 2400,
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
  /** Fault delivery under BT, from divide-by-zero: 3223 − 889 = 2334 extra cycles (derived). */
  btFaultDeliveryExtraCycles: 2334,
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
  /** Shadow sync of one trapped guest PTE write: 12733 − 2400. */
  ptWrite: ADAMS_AGESEN.hwPteWriteCycles - ADAMS_AGESEN.exitRoundTripCycles,
  /** A true or hidden page fault under shadow paging (dispatch + shadow fill), excluding the guest's own handler: 11242 − 1093 − 2400. */
  pageFault: ADAMS_AGESEN.hwPageFaultCycles - ADAMS_AGESEN.nativePageFaultCycles - ADAMS_AGESEN.exitRoundTripCycles,
  /**
   * Emulating a device-register access after an I/O exit. VT-x reports the port, size and
   * direction in the exit qualification (Intel SDM 3C), so no instruction decode is needed:
   * the monitor does the same device-model work as a BT monitor. Adams & Agesen's
   * first-generation total, 15826 − 2400, is the upper bound.
   */
  portIo: DEVICE_REGISTER_ACCESS_CYCLES,
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
  /** A CR3 write traps into the monitor like a fault does (derived from divzero delivery). */
  cr3WriteCycles: ADAMS_AGESEN.btFaultDeliveryExtraCycles,
  /** Delivering an interrupt into translated code (fault-delivery-class, derived). */
  interruptDeliveryCycles: ADAMS_AGESEN.btFaultDeliveryExtraCycles,
  /** A translated IN/OUT calls the device model directly. */
  portAccessCycles: DEVICE_REGISTER_ACCESS_CYCLES,
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
} as const;

/**
 * Hosted monitor (VMware Workstation/GSX-style), Sugerman, Venkitachalam & Lim, USENIX
 * ATC 2001, measured on a 733 MHz Pentium III (µs × 733 = cycles).
 */
export const HOSTED_COSTS = {
  /** One world switch between the VMM and host contexts: several µs; 5 µs assumed (Table 1 not verified). */
  worldSwitchCycles: 5 * 733,
  /** The host-side send or receive path of one packet through VMApp and the host OS: 22.7 µs (verified, Table 2). */
  hostPacketPathCycles: Math.round(22.7 * 733),
  /** Emulating the virtual NIC's transmit for one packet: 3.0 µs (verified, Table 2). */
  nicEmulationCycles: Math.round(3.0 * 733),
  /** An IN/OUT to a device register handled inside the monitor. */
  deviceRegisterAccessCycles: DEVICE_REGISTER_ACCESS_CYCLES,
  /** Port/MMIO accesses per packet for an emulated NIC ("a sequence of virtual I/O ports"). Assumption. */
  emulatedNicAccessesPerPacket: 6,
  /** Of those, the share that needs the host (a world switch): "only a third" (verified). */
  emulatedNicWorldSwitchShare: 1 / 3,
  /** Port/MMIO accesses per request for an emulated IDE/SCSI controller. Assumption within 6–10. */
  emulatedDiskAccessesPerRequest: 8,
  /** The VMM process's host system calls per guest I/O request (read/write + poll/select). Assumption. */
  hostSyscallsPerRequest: 2,
} as const;

/** Native kernel costs (Linux 2.6-class) not given per CPU generation. */
export const NATIVE_COSTS = {
  pageFaultCycles: ADAMS_AGESEN.nativePageFaultCycles,
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
  /** A device interrupt handler (top half + softirq dispatch). Assumption. */
  interruptCycles: 2000,
  /** The periodic timer interrupt's handler (jiffies, accounting, scheduler tick). Assumption. */
  timerTickCycles: 2000,
  /** Page-walk references of a native 4-level x86-64 TLB miss (definitional). */
  walkRefs: 4,
  /** Page-walk references of a nested (2-D) walk: "up to twenty-four" (verified, secondary; no page-walk caches modelled). */
  nestedWalkRefs: 24,
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
