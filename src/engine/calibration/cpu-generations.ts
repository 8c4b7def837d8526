/**
 * The CPU generations of the eras VirtScope covers: clock, what hardware assist exists,
 * and what a VM exit costs. Sources in docs/calibration.md.
 */
import type { CpuGenerationId } from '../hardware/cpu-generation-ids.ts';
import { NATIVE_LMBENCH_2002 } from './native-lmbench-2002.ts';

export interface CpuGeneration {
  readonly id: CpuGenerationId;
  /** The server part this generation stands for, as a person names it (pages, refusals). */
  readonly part: string;
  /**
   * What the part itself says: the CPUID brand string (the kernel's /proc/cpuinfo "model name",
   * spaces and all), its family, model and stepping, and the clock its kernel measures, MHz.
   * Descriptive only: no cost depends on them.
   */
  readonly cpuid: CpuidSignature;
  readonly year: number;
  readonly ghz: number;
  /** Intel VT-x (or AMD-V): a hardware-assisted VMM is possible. */
  readonly vtx: boolean;
  /** Extended/nested page tables (EPT/NPT): nested paging is possible. */
  readonly ept: boolean;
  /**
   * Hardware virtualizes the local APIC's EOI and timer (APICv / posted interrupts), so
   * interrupt completion does not exit. Absent on every generation modelled before 2013.
   */
  readonly apicv: boolean;
  /** VM exit + VM entry round trip, cycles (null without VT-x). */
  readonly vmExitRoundTripCycles: number | null;
  /** Per-core sustainable memory bandwidth, bytes per ns (= GB/s), for streaming work. */
  readonly memBandwidthGBs: number;
  /** Cycles for one page-walk memory reference that hits in the L2 cache. */
  readonly walkRefCycles: number;
  /** Native null system call (entry + exit + trivial work), cycles. */
  readonly syscallCycles: number;
  /**
   * Native process context switch, nanoseconds: the kernel's switch path and the address-space
   * load. The TLB refills after it are priced apart (MECHANISM_COSTS.tlbRefillsPerSwitch), so
   * lmbench's lat_ctx 2p/0K reads this plus those refills.
   */
  readonly contextSwitchNs: number;
}

/** A processor's identity as CPUID reports it, and its measured clock. */
export interface CpuidSignature {
  readonly brand: string;
  readonly family: number;
  readonly model: number;
  readonly stepping: number;
  readonly mhz: number;
}

export const CPU_GENERATIONS: Readonly<Record<CpuGenerationId, CpuGeneration>> = {
  /** Xeon (NetBurst, Prestonia/Gallatin) 3.06 GHz: the hardware of Xen's SOSP 2003 runs; no VT-x. */
  'netburst-2003': {
    id: 'netburst-2003',
    part: 'Intel Xeon 3.06 GHz (NetBurst)',
    /**
     * Prestonia: "model name : Intel(R) Xeon(TM) CPU 3.06GHz", "cpu family : 15", "model : 2",
     * "stepping : 9", "cpu MHz : 3056.557" (a 2008 ubuntuforums /proc/cpuinfo); Windows' registry
     * for the same part: "x86 Family 15 Model 2 Stepping 7", "~MHz: 3056" (both in public code).
     */
    cpuid: { brand: 'Intel(R) Xeon(TM) CPU 3.06GHz', family: 15, model: 2, stepping: 9, mhz: 3056 },
    year: 2003,
    ghz: 3.06,
    vtx: false,
    ept: false,
    apicv: false,
    vmExitRoundTripCycles: null,
    memBandwidthGBs: 2.1,
    walkRefCycles: 18,
    /** lmbench's null call, 0.67 µs on a 2.4 GHz Pentium 4 under Linux 2.4.18 (calibration/native-lmbench-2002.ts). */
    syscallCycles: NATIVE_LMBENCH_2002.nullCallUs * NATIVE_LMBENCH_2002.mhz,
    /**
     * lat_ctx 2p/0K measured 0.75 µs on a 2.4 GHz Pentium 4 running Linux 2.4.18 (lmbench 2.0;
     * P. Mau, "LMbench results for 2.5.40", linux-kernel, 1 Oct 2002 — read in the list's
     * archive), less the ≈ 0.28 µs of TLB refills the model adds after a switch (32 refills ×
     * 1.5 walk references × 18 cycles at 3.06 GHz). Not scaled to the 3.06 GHz part.
     */
    contextSwitchNs: 470,
  },
  /** Xeon 5160 (Woodcrest, Core microarchitecture; Merom core) 3.0 GHz: first VT-x servers, no EPT. */
  'core2-2006': {
    id: 'core2-2006',
    part: 'Intel Xeon 5160 3.0 GHz (Core 2, Woodcrest)',
    /**
     * lshw on a 5160: "product: Intel(R) Xeon(R) CPU            5160  @ 3.00GHz", "version: 6.15.6"
     * (family 6, model 15, stepping 6); vCenter's inventory of a ProLiant DL380 G5 with it: cpu_speed 2999.
     */
    cpuid: { brand: 'Intel(R) Xeon(R) CPU            5160  @ 3.00GHz', family: 6, model: 15, stepping: 6, mhz: 2999 },
    year: 2006,
    ghz: 3.0,
    vtx: true,
    ept: false,
    apicv: false,
    /** Merom: ≈ 1,150 (Bugnion, Nieh & Tsafrir 2017, Table 4.3, via the calibration README; not re-read). */
    vmExitRoundTripCycles: 1150,
    memBandwidthGBs: 3.5,
    walkRefCycles: 14,
    syscallCycles: 400,
    contextSwitchNs: 2000,
  },
  /** Xeon X5570 (Nehalem-EP) 2.93 GHz: EPT and VPID arrive, exits get much cheaper. */
  'nehalem-2009': {
    id: 'nehalem-2009',
    part: 'Intel Xeon X5570 2.93 GHz (Nehalem-EP)',
    /**
     * "Family: 6 Model: 26 Stepping: 5 Modelname: Intel(R) Xeon(R) CPU           X5570  @ 2.93GHz"
     * (a PAPI test log); Solaris' kstat of an X5570: clock_MHz 2926.
     */
    cpuid: { brand: 'Intel(R) Xeon(R) CPU           X5570  @ 2.93GHz', family: 6, model: 26, stepping: 5, mhz: 2926 },
    year: 2009,
    ghz: 2.93,
    vtx: true,
    ept: true,
    apicv: false,
    /** Not in Table 4.3's list: between Penryn (≈ 860) and Westmere (≈ 570, Nehalem's shrink). Assumption. */
    vmExitRoundTripCycles: 700,
    memBandwidthGBs: 8.0,
    walkRefCycles: 10,
    syscallCycles: 250,
    contextSwitchNs: 1500,
  },
  /** Xeon E3-1280 v5 (Skylake) 3.7 GHz: EPT, APIC virtualization, Sandy Bridge-class exit latency. */
  'skylake-2015': {
    id: 'skylake-2015',
    part: 'Intel Xeon E3-1280 v5 3.7 GHz (Skylake)',
    /**
     * Skylake-S parts boot as "(family: 0x6, model: 0x5e, stepping: 0x3)" (4.x kernels' smpboot line,
     * e.g. an i7-6700); Xeon E3 v5 brand strings read "Intel(R) Xeon(R) CPU E3-1220 v5 @ 3.00GHz".
     */
    cpuid: { brand: 'Intel(R) Xeon(R) CPU E3-1280 v5 @ 3.70GHz', family: 6, model: 94, stepping: 3, mhz: 3700 },
    year: 2015,
    ghz: 3.7,
    vtx: true,
    ept: true,
    apicv: true,
    /** ≈ 500 from Sandy Bridge on, flat through Broadwell (Table 4.3, via the README); Skylake taken as the same. */
    vmExitRoundTripCycles: 500,
    memBandwidthGBs: 12.0,
    walkRefCycles: 12,
    syscallCycles: 250,
    contextSwitchNs: 1500,
  },
};
