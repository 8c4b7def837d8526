/**
 * What it costs to switch a core from one guest to another, and how long a guest keeps a
 * core before its scheduler switches (docs/calibration.md §19, docs/model.md "Scheduling
 * between guests").
 *
 * A switch between guests is the switching layer's own path (a VM exit and entry, the
 * hypervisor's or host's context switch with its address-space switch) plus refilling what
 * the previous guest displaced: the TLB when it is not tagged per VM (no VPID/ASID), and the
 * core's share of the last-level cache, which the incoming guest reads back from memory.
 */
import type { CpuGenerationId } from '../hardware/cpu-generation-ids.ts';

/** The caches a switch between guests makes cold, per CPU generation. */
export interface CacheFacts {
  /** Last-level cache per core (a shared cache divided by the cores sharing it), bytes. */
  readonly llcBytesPerCore: number;
  /** Data TLB entries (first and second level) refilled after a flush. */
  readonly dataTlbEntries: number;
  /** The TLB is tagged per VM (Intel VPID, AMD ASID): a VM switch does not flush it. */
  readonly taggedTlb: boolean;
}

const KIB = 1024;
const MIB = 1024 * KIB;

export const CACHE_FACTS: Readonly<Record<CpuGenerationId, CacheFacts>> = {
  // Xeon 3.06 GHz (Prestonia): 512 KB L2 per processor, one core (Intel; Tom's Hardware, "Dual Xeon Duo",
  // verified). NetBurst DTLB: 64 entries (Intel optimization manual). No VT-x, no tags.
  'netburst-2003': { llcBytesPerCore: 512 * KIB, dataTlbEntries: 64, taggedTlb: false },
  // Xeon 5160: 4 MB L2 shared by its two cores (Intel data sheet); Core DTLB0 16 + DTLB1 256 entries. VPID came with Nehalem.
  'core2-2006': { llcBytesPerCore: 2 * MIB, dataTlbEntries: 256, taggedTlb: false },
  // Xeon X5570: 8 MB L3 shared by four cores (HP ProLiant G6 technology brief, verified); DTLB 64 + STLB 512; VPID.
  'nehalem-2009': { llcBytesPerCore: 2 * MIB, dataTlbEntries: 576, taggedTlb: true },
  // Xeon E3-1280 v5: 8 MB L3 shared by four cores (Intel ARK); DTLB 64 + STLB 1536; VPID.
  'skylake-2015': { llcBytesPerCore: 2 * MIB, dataTlbEntries: 1600, taggedTlb: true },
};

/** Native page-walk memory references per TLB miss refilled after a flush (a 4-level walk). */
export const WALK_REFS = 4;

/** The schedulers that multiplex guests onto cores, by the product that runs them. */
export type GuestSchedulerId = 'xen-credit' | 'xen-bvt' | 'esx' | 'linux-o1' | 'linux-cfs' | 'windows-server' | 'solaris-fss';

/** Xen's credit scheduler: "Default timeslice: 30ms", CSCHED_DEFAULT_TSLICE_MS (xen/common/sched/credit.c, verified). */
export const XEN_CREDIT_SLICE_NS = 30e6;

/**
 * Xen 1.x's Borrowed Virtual Time scheduler (the one Barham et al. 2003 ran, §3.3): a domain
 * keeps the core for its context switch allowance, `static s32 ctx_allow = (s32)MILLISECS(5);`
 * commented "context switch allowance" (xen/common/sched_bvt.c, verified in the code index).
 */
export const XEN_BVT_CTX_ALLOW_NS = 5e6;

/** ESX's vmkernel: a 50 ms default quantum (secondary: vSphere High Performance Cookbook, "50 for VMkernel by default"). */
export const ESX_QUANTUM_NS = 50e6;

/** Linux 2.6's O(1) scheduler (before 2.6.23): "default timeslice is 100 msecs", DEF_TIMESLICE (kernel/sched.c, verified). */
export const LINUX_O1_TIMESLICE_NS = 100e6;

/**
 * Linux CFS (2.6.23 to 6.5): a CPU-bound task's slice is the period over the runnable tasks,
 * the period being sysctl_sched_latency (6 ms) or, past sched_nr_latency (8) tasks, their
 * number times sysctl_sched_min_granularity (0.75 ms), both scaled by 1 + ilog2(cpus) for up
 * to 8 cpus (kernel/sched/fair.c, verified).
 */
export const CFS = { latencyNs: 6e6, minGranularityNs: 0.75e6, nrLatency: 8, scaledCpusMax: 8 } as const;

/**
 * Windows Server 2003: a thread's quantum is 12 clock intervals on server editions, one
 * interval 15.625 ms on a multiprocessor (Russinovich & Solomon, Windows Internals, 4th ed., ch. 6;
 * secondary).
 */
export const WINDOWS_SERVER_QUANTUM_NS = 12 * 15.625e6;

/** Solaris FSS: a 110 ms default time quantum (dispadmin -c FSS -g; secondary). */
export const SOLARIS_FSS_QUANTUM_NS = 110e6;

/** How long a CPU-bound guest keeps a core while `runnable` guests want it, on `cores` cores. */
export function sliceNs(scheduler: GuestSchedulerId, runnable: number, cores: number): number {
  switch (scheduler) {
    case 'xen-credit':
      return XEN_CREDIT_SLICE_NS;
    case 'xen-bvt':
      return XEN_BVT_CTX_ALLOW_NS;
    case 'esx':
      return ESX_QUANTUM_NS;
    case 'linux-o1':
      return LINUX_O1_TIMESLICE_NS;
    case 'windows-server':
      return WINDOWS_SERVER_QUANTUM_NS;
    case 'solaris-fss':
      return SOLARIS_FSS_QUANTUM_NS;
    case 'linux-cfs': {
      const factor = 1 + Math.floor(Math.log2(Math.max(1, Math.min(cores, CFS.scaledCpusMax))));
      // Runnable tasks per core: CFS's run queues are per CPU.
      const perCore = Math.max(1, Math.ceil(runnable / cores));
      const periodNs = perCore > CFS.nrLatency ? perCore * CFS.minGranularityNs * factor : CFS.latencyNs * factor;
      return periodNs / perCore;
    }
  }
}
