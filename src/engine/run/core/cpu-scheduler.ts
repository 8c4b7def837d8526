/**
 * The host's CPU scheduler: the guests' run queues of ready workers, the cores they share,
 * time slices, fair shares and caps. Every architecture's scheduler (the host OS's under
 * a hosted VMM, the hypervisor's, the one kernel's with cgroup shares) is modelled as the
 * same policy: the guest that has had the least weighted CPU goes first (CFS's vruntime,
 * Xen's credits), a worker keeps a core for at most a quantum, and a capped guest waits
 * for its next period once it has used its cap.
 */
import { BATCH_TARGET_NS } from './job.ts';
import type { GuestRuntime } from './guest-runtime.ts';
import type { Task } from './task.ts';
import type { WorkerTable } from './worker-table.ts';

/**
 * The longest a worker keeps a core before going back to the run queue: the time slice of
 * the schedulers modelled (Linux 2.6 gives a few to tens of ms; Xen's credit scheduler 30 ms,
 * with 10 ms ticks). Without it a 300 ms compile would hold a vCPU while a benchmark waits.
 */
export const QUANTUM_NS = 10e6;

/** What the scheduler needs from the core around it. */
export interface SchedulerHost {
  readonly guests: readonly GuestRuntime[];
  readonly tasks: readonly Task[];
  readonly workers: WorkerTable;
  /** A burst of worker `w` runs until `endNs`. */
  burstStarted(w: number, endNs: number): void;
  /** Runs `fn` at `atNs`. */
  at(atNs: number, fn: () => void): void;
  /** Worker `w` of task `t` leaves (its task ended while it waited). */
  retire(w: number, t: Task): void;
}

export class CpuScheduler {
  private coresFree: number;

  constructor(
    cores: number,
    private readonly host: SchedulerHost,
  ) {
    this.coresFree = cores;
  }

  /** Cores that are not running anything now. */
  get idleCores(): number {
    return Math.max(0, this.coresFree);
  }

  /** Worker `w` of `g` is ready for a vCPU at `now` (a new batch). */
  enqueue(g: GuestRuntime, w: number, now: number): void {
    if (g.ready.length === 0 && g.vcpusBusy === 0) this.wake(g);
    this.requeue(g, w, now);
  }

  /** Worker `w` of `g` goes (back) to its run queue at `now`, noting the queue's integrals to split its wait by. */
  requeue(g: GuestRuntime, w: number, now: number): void {
    const workers = this.host.workers;
    g.runQueue.advance(now);
    workers.readySince[w] = now;
    workers.ownQueueAt[w] = g.runQueue.ownNs;
    workers.coreQueueAt[w] = g.runQueue.coreNs;
    g.ready.push(w);
  }

  /** Worker `w` leaves `g`'s run queue for a core at `now`: its wait, split by how its guest's queue waited meanwhile. */
  private dequeued(g: GuestRuntime, w: number, now: number): void {
    const workers = this.host.workers;
    g.runQueue.advance(now);
    const waited = now - (workers.readySince[w] as number);
    const own = g.runQueue.ownNs - (workers.ownQueueAt[w] as number);
    const core = g.runQueue.coreNs - (workers.coreQueueAt[w] as number);
    workers.readyNs[w] = (workers.readyNs[w] as number) + waited;
    if (own + core > 0) workers.ownQueueNs[w] = (workers.ownQueueNs[w] as number) + (waited * own) / (own + core);
  }

  /** A burst of `slice` ns of a worker of `g` ended at `now`: its vCPU and core are free. */
  burstEnded(g: GuestRuntime, slice: number, now: number): void {
    g.burstsRunning--;
    g.burstStartSum -= now - slice;
    g.vcpusBusy--;
    this.coresFree++;
  }

  /** The platform's own work takes a core (ahead of the guests), and gives it back. */
  takeCore(): void {
    this.coresFree--;
  }

  giveCore(): void {
    this.coresFree++;
  }

  /**
   * A guest with nothing to run banks no credit: on waking it starts level with the guests
   * that are busy (less one quantum), as CFS does with min_vruntime and Xen's credit
   * scheduler with its periodic refill, so a long-idle guest cannot starve the others.
   */
  private wake(g: GuestRuntime): void {
    let min = Infinity;
    for (const o of this.host.guests) if (o !== g && (o.vcpusBusy > 0 || o.ready.length > 0) && o.vruntime < min) min = o.vruntime;
    if (min !== Infinity) g.vruntime = Math.max(g.vruntime, min - BATCH_TARGET_NS);
  }

  /** Puts ready workers on free cores at `now`: the guest that has had the least CPU goes first. */
  dispatch(now: number): void {
    const { guests, tasks, workers } = this.host;
    while (this.coresFree > 0) {
      let best: GuestRuntime | null = null;
      for (let i = 0; i < guests.length; i++) {
        const g = guests[i] as GuestRuntime;
        if (
          g.ready.length > 0 &&
          g.vcpusBusy < g.vcpus &&
          (best === null || g.vruntime < best.vruntime) &&
          !g.pausedAt(now) &&
          (g.capBudgetNs === Infinity || this.mayRun(g, now))
        )
          best = g;
      }
      if (best === null) break;
      const w = best.ready.shift() as number;
      this.dequeued(best, w, now);
      const t = tasks[workers.task[w] as number] as Task;
      if (t.ended) {
        this.host.retire(w, t);
        continue;
      }
      const remaining = workers.remaining[w] as number;
      const slice = remaining > QUANTUM_NS ? QUANTUM_NS : remaining;
      const burst = best.capBudgetNs === Infinity ? slice : Math.min(slice, best.capLeftNs(now));
      best.capUsedNs += burst;
      workers.slice[w] = burst;
      best.vcpusBusy++;
      best.burstsRunning++;
      best.burstStartSum += now;
      best.vruntime += burst * best.vruntimePerNs;
      this.coresFree--;
      this.host.burstStarted(w, now + burst);
    }
    for (const g of guests) {
      g.runQueue.advance(now);
      g.runQueue.set(g.ready.length, g.vcpus - g.vcpusBusy);
    }
    // vCPUs that are ready while every core is taken are being stolen from.
    if (this.coresFree <= 0) {
      for (const g of guests) g.setWaiting(now, Math.min(g.ready.length, g.vcpus - g.vcpusBusy));
    }
  }

  /**
   * Whether a guest may take a core: not when it has used its cap for this period (Xen's
   * credit cap, CFS bandwidth control) — then its ready workers wait for the next period.
   */
  private mayRun(g: GuestRuntime, now: number): boolean {
    if (g.capLeftNs(now) > 0) return true;
    if (!g.capRefillQueued) {
      g.capRefillQueued = true;
      this.host.at(g.capPeriodEndNs, () => (g.capRefillQueued = false));
    }
    return false;
  }
}
