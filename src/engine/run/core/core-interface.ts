/**
 * The simulation core's interface: what it publishes and what extensions may plug into.
 *
 * The core (this folder) knows virtual time, the event queue, the CPU scheduler, the
 * devices and the guests' jobs. Everything else — memory pressure, faults, the guest
 * network, migration — is an extension, built at the one composition point
 * (run/platform-simulation.ts): it listens to the core's events, calls its actions
 * (SimulationCore's public methods: admit, readmit, startGuest, stopGuest, crashGuest,
 * pauseGuest, setCpuLimits, setMemoryLimit, startTask, endTask, setTaskAsleep, reserve,
 * unreserve, allocate, freeAllocated, at, runHostWork), and may fill the hooks below. The
 * core never imports an extension.
 */
import type { GuestState } from '../../metrics/results.ts';
import type { WorkloadDef } from '../../workloads/catalog.ts';
import type { OpMix } from '../../workloads/op-mix.ts';
import type { GuestRuntime } from './guest-runtime.ts';
import type { Job } from './job.ts';
import type { Task } from './task.ts';

/** Events the core publishes, in virtual-time order, to every listener that asked. */
export interface CoreEvents {
  /** A guest was admitted (`from` null: refused ones too) or changed state (booting, running, stopped, crashed). */
  guestStateChanged(g: GuestRuntime, from: GuestState | null): void;
  /** A worker of task `t` finished a batch of `transactions`. */
  batchDone(t: Task, transactions: number): void;
  /** The 1 Hz sample behind CPU% and load averages was taken. */
  sampled(nowNs: number): void;
  /** A guest's processes allocated or freed memory (the `allocate` action). */
  memoryDemandChanged(g: GuestRuntime): void;
}

/**
 * The core's listeners, by event, called in the order they subscribed. The bus is itself a
 * `CoreEvents`: the core publishes an event by calling its method, which reads its
 * listeners by a fixed name (a batch's completion is published for every batch).
 */
export class CoreEventBus implements CoreEvents {
  private readonly listeners: { [K in keyof CoreEvents]: CoreEvents[K][] } = { guestStateChanged: [], batchDone: [], sampled: [], memoryDemandChanged: [] };

  on<K extends keyof CoreEvents>(event: K, listener: CoreEvents[K]): void {
    this.listeners[event].push(listener);
  }

  guestStateChanged(g: GuestRuntime, from: GuestState | null): void {
    for (const l of this.listeners.guestStateChanged) l(g, from);
  }

  batchDone(t: Task, transactions: number): void {
    for (const l of this.listeners.batchDone) l(t, transactions);
  }

  sampled(nowNs: number): void {
    for (const l of this.listeners.sampled) l(nowNs);
  }

  memoryDemandChanged(g: GuestRuntime): void {
    for (const l of this.listeners.memoryDemandChanged) l(g);
  }
}

/** Options of a job whose packets go to another guest. */
export interface PeerOptions {
  /** A peer still booting will do (a scenario's workload starts before its peer may be up). */
  readonly acceptBooting?: boolean;
}

/** Points where an extension decides for the core; each has at most one owner. */
export interface CoreHooks {
  /** Why a guest the platform would admit cannot start now (memory that is not free), or null. */
  admission: ((planMiB: Readonly<Record<string, number>>) => string | null) | null;
  /**
   * Whether a process of `g` may reserve `mib` more anonymous memory now, and if so reserves
   * it (a kernel that reserves swap for anonymous memory: Solaris'); null: every allocation is
   * granted (Linux and Windows overcommit, and their OOM killers or paging answer later).
   */
  reserve: ((g: GuestRuntime, mib: number) => boolean) | null;
  /** Disk time a finished burst must also wait for (pages swapped out by the host), ns; it may count what it adds. */
  extraDiskNs: ((g: GuestRuntime, t: Task, job: Job, scale: number) => number) | null;
  /** The job of `count` transactions of `m` whose packets go to guest `peer`, or why there is none (the guest network). */
  peerJob: ((g: GuestRuntime, peer: string, m: OpMix, count: number, o?: PeerOptions) => Job | string) | null;
}

/** What a command asks the core to run. */
export interface TaskRequest {
  readonly command: string;
  /** A built-in or tool workload by name, or one a command built from its options (fio, lat_ctx …). */
  readonly workload: string | WorkloadDef;
  readonly workers: number;
  readonly maxTransactions?: number;
  readonly maxDurationNs?: number;
  /** Another guest of this platform that the workload's packets go to (netperf -H), instead of a remote machine. */
  readonly peer?: string;
}
