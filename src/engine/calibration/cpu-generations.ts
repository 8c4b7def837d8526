/**
 * The CPU generations of the eras VirtScope covers: clock, what hardware assist exists,
 * and what a VM exit costs. Sources in docs/calibration.md.
 */
import type { CpuGenerationId } from '../hardware/cpu-generation-ids.ts';
import { NATIVE_LMBENCH_2002 } from './native-lmbench-2002.ts';

export interface CpuGeneration {
  readonly id: CpuGenerationId;
  /** The server part this generation stands for. */
  readonly part: string;
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

export const CPU_GENERATIONS: Readonly<Record<CpuGenerationId, CpuGeneration>> = {
  /** Xeon (NetBurst, Prestonia/Gallatin) 3.06 GHz: the hardware of Xen's SOSP 2003 runs; no VT-x. */
  'netburst-2003': {
    id: 'netburst-2003',
    part: 'Intel Xeon 3.06 GHz (NetBurst)',
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
