/**
 * The results a run produces: the CLI's JSON and the page's figures. Field names are part
 * of the public format (docs/scenario.md, "Results").
 */
import type { PlatformKind } from '../scenario/schema.ts';
import type { GuestExplanation, TimePerTransaction } from './time-per-transaction.ts';

export type GuestState = 'booting' | 'running' | 'stopped' | 'crashed' | 'refused';

export interface GuestResult {
  readonly name: string;
  readonly os: string;
  readonly workload: string;
  readonly state: GuestState;
  /** Why the guest is refused, or why it crashed. */
  readonly reason?: string;
  /**
   * Set while it is paused: from its management console (xm pause, virsh suspend) until
   * resumed, or for a live migration's stop-and-copy (a container's checkpoint). Up and
   * holding its memory, it gets no CPU and completes nothing.
   */
  readonly paused?: true;
  /** A live migration of it: under way (`moving`), or over (`moved`: it runs on the second host until it goes down). */
  readonly migration?: 'moving' | 'moved';
  readonly throughput: { readonly unit: string; readonly perSecond: number };
  /** Throughput divided by the same guest's on native; null when either did no work. */
  readonly relativeToNative: number | null;
  /**
   * The two figures relativeToNative splits into (docs/model.md, "The baseline"): alone on this
   * platform against its dedicated server (the virtualization overhead), and with its
   * neighbours against alone here (the cost of sharing). They multiply to relativeToNative;
   * null when a throughput is missing or the alone run was not made.
   */
  readonly aloneVsNative: number | null;
  readonly sharedVsAlone: number | null;
  /** Throughput of the guest alone on this platform (the same scenario without the other guests); null when not measured. */
  readonly alonePerSecond: number | null;
  /**
   * When set, this guest was not run alone: `guest`, identical to it but for its name, was,
   * against its own dedicated server, and its `aloneVsNative` stands for this one's (so
   * `alonePerSecond` is that factor times this guest's native throughput). Comparing one
   * guest's run alone with another's dedicated server would mix in their different random
   * clients: for a guest doing one request a second, ±20 % (alone-runs.ts).
   */
  readonly aloneFrom?: { readonly guest: string; readonly aloneVsNative: number };
  /** Times a core switched to this guest from another guest (its slice ended, or it came back to a core another had used). */
  readonly guestSwitches: number;
  /** Why it runs faster than natively, when it does (metrics/above-native.ts). */
  readonly aboveNative?: string;
  readonly latencyMs: { readonly p50: number | null; readonly p99: number | null };
  readonly cpuMsByLayer: Readonly<Record<string, number>>;
  readonly exitsByReason: Readonly<Record<string, number>>;
  readonly memoryMiB: Readonly<Record<string, number>>;
  /** Virtual ms from power-on until the workload started; null until it has. */
  readonly bootMs: number | null;
  /**
   * Virtual ms (the run's clock) at which the workload did all its `operations`, this boot;
   * absent while it works, or when it has no such bound. The guest stays up, and its
   * throughput is over the time the operations took.
   */
  readonly workloadDoneMs?: number;
  /**
   * How many guests like this one the host's memory holds beside the layers under them
   * (memory density; CPU contention is not counted here). 0 for a refused guest.
   */
  readonly fitsOnHost: number;
  /** What memory pressure did to this guest; absent when nothing did (docs/scenario.md, "Results"). */
  readonly memoryPressure?: GuestMemoryPressure;
  /** The scenario workload's time per transaction by mechanism and by waiting; absent before its first completed batch. */
  readonly timePerTransaction?: TimePerTransaction;
  /** Why a transaction takes longer (or less) here than on the baseline, part by part; absent when either side completed none. */
  readonly explain?: GuestExplanation;
}

/** One guest under memory pressure (docs/model.md, "Memory under pressure"). */
export interface GuestMemoryPressure {
  /** Memory page sharing saved this guest (its identical pages kept once), MiB. */
  readonly sharingSavedMiB: number;
  /** Taken back by the balloon driver in the guest, MiB. */
  readonly balloonedMiB: number;
  /** Written to swap by the host (or hypervisor), MiB. */
  readonly swappedMiB: number;
  /** Page cache the host or the guest's cgroup dropped, MiB. */
  readonly pageCacheDroppedMiB: number;
  /** Pages read back from swap so far (each a disk request the workload waited for). */
  readonly swapIns: number;
  /** Processes the OOM killers killed in this guest, and the last kill, for people. */
  readonly oomKills: number;
  readonly lastOomKill?: string;
}

export interface PlatformResult {
  readonly label: string;
  readonly stack: readonly string[];
  /** Why the whole platform cannot run on this host. */
  readonly refusal?: string;
  readonly guests: readonly GuestResult[];
  readonly cpuMsByLayer: Readonly<Record<string, number>>;
  readonly exitsByReason: Readonly<Record<string, number>>;
  readonly memoryMiB: {
    readonly total: number;
    readonly byLayer: Readonly<Record<string, number>>;
    /** Memory the guests would hold without the reclaim mechanisms, by mechanism (`shared-pages`, `ballooned`, `swapped`, `page-cache-dropped`); absent when none acted. */
    readonly reclaimedMiB?: Readonly<Record<string, number>>;
  };
  /** Virtual ms until every admitted guest was running; null if one is still booting. */
  readonly bootMs: number | null;
  readonly licenses: number;
  /** How the platform shares cores between guests (docs/model.md, "Scheduling between guests"). */
  readonly scheduling: SchedulingResult;
  /** Discrete events the simulation processed (a measure of its work, for benchmarks). */
  readonly events: number;
  /** The faults fired so far on this platform, in the order they fired (docs/model.md, "Faults and blast radius"). */
  readonly faults?: readonly FaultResult[];
  /** One packet between two running guests on this platform's virtual network; absent with fewer than two (docs/model.md, "Networking between guests"). */
  readonly network?: NetworkResult;
}

/** The scheduler that shares cores between guests, and what switching between them cost. */
export interface SchedulingResult {
  /** xen-credit, xen-bvt (Xen 1.0), esx, linux-o1, linux-cfs, windows-server, solaris-fss; `dedicated` for native (a server per guest). */
  readonly scheduler: string;
  /** The time slice a CPU-bound guest gets while others wait, with the guests' runnable vCPUs at the end of the run, ms. */
  readonly sliceMs: number;
  /** Switches between guests on the cores, all guests together. */
  readonly guestSwitches: number;
  /** What one switch costs: the switching layer's path and the incoming guest's cache and TLB refill, µs. */
  readonly switchUs: number;
}

/** What a ping-sized packet from one guest to another crosses, and its round trip at the run's final load. */
export interface NetworkResult {
  /** physical-switch, host-bridge, dom0-bridge, vswitch, veth-bridge, veth-nat or loopback. */
  readonly switch: string;
  readonly via: string;
  readonly from: string;
  readonly to: string;
  readonly packetBytes: number;
  /** CPU of one packet (sender's transmit, switch, receiver's receive and interrupt), µs by layer. */
  readonly cpuUsByLayer: Readonly<Record<string, number>>;
  /** Exits, traps and hypercalls of one packet (fractions where a batch shares one). */
  readonly exitsByReason: Readonly<Record<string, number>>;
  readonly wireUs: number;
  /** Waiting for a core where the host was busy. */
  readonly queueUs: number;
  readonly oneWayUs: number;
  readonly rttUs: number;
}

/** One fault and its blast radius on one platform. */
export interface FaultResult {
  /** Virtual ms at which it fired. */
  readonly atMs: number;
  readonly kind: string;
  /** The guest it started in, or null for a host-level fault without one. */
  readonly target: string | null;
  /** False when the kind makes no sense on this platform (then `effect` says why and nothing changed). */
  readonly applicable: boolean;
  /** What happened here, in a sentence. */
  readonly effect: string;
  /** Guests it took down (now `crashed`, or back up if they recovered). */
  readonly down: readonly string[];
  /** Guests whose work it held up without taking them down (I/O waiting on a driver domain, forks failing). */
  readonly stalled: readonly string[];
  /** Guests it neither took down nor stalled. */
  readonly keptRunning: readonly string[];
  /** For a runaway guest: the limit that contained it, or what it exhausted without one; else null. */
  readonly containment: string | null;
  /** Virtual ms from the fault until everything it took down or stalled was running again; null while it is not. */
  readonly recoveryMs: number | null;
}

export interface ScenarioResult {
  readonly scenario: string;
  readonly seed: number;
  readonly durationS: number;
  readonly platforms: Readonly<Record<PlatformKind, PlatformResult>>;
}
