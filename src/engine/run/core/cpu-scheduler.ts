/**
 * The host's CPU scheduler: the guests' run queues of ready workers, the cores they share,
 * time slices, fair shares and caps. Every architecture's scheduler (the host OS's under
 * a hosted VMM, the hypervisor's, the one kernel's with cgroup shares) shares the same
 * policy: the guest that has had the least weighted CPU goes first (CFS's vruntime, Xen's
 * credits), and a capped guest waits for its next period once it has used its cap. What
 * differs by product is the time slice — how long a CPU-bound guest keeps a core while
 * others wait — and what a switch between guests costs (docs/model.md "Scheduling between
 * guests"). A guest woken from waiting is not kept waiting for a slice to end (Xen's BOOST,
 * CFS's wakeup preemption); a worker's burst is at most a quantum, so it waits at most that.
 *
 * Idle guests' timer ticks take a core too: while every core is busy, the ticks owed since
 * the last core was taken are served on it before the next burst, each with a switch into
 * the idle guest and back (docs/model.md "Consolidation").
 */
import { sliceNs } from '../../calibration/guest-switch.ts';
import { L } from '../../metrics/layers.ts';
import { FreeCores } from './free-cores.ts';
import { addAt, BATCH_TARGET_NS, nonZero } from './job.ts';
import type { GuestRuntime } from './guest-runtime.ts';
import { OwedTicks } from './owed-ticks.ts';
import { RunnableGuests } from './runnable-guests.ts';
import { SaturationClock } from './saturation-clock.ts';
import type { SchedulerHost, SchedulingPolicy } from './scheduler-contract.ts';
import type { Task } from './task.ts';

/**
 * The longest burst a worker runs before the scheduler looks again: a scheduler tick's
 * worth (Xen's credit scheduler accounts every 10 ms). A slice longer than this is several
 * bursts on the same core; without it a 300 ms compile would hold a vCPU while a
 * benchmark waits. Within a VM it also stands for its own kernel switching its processes:
 * a worker goes behind its guest's others after this much CPU of its own (`cut`), not
 * each time the hypervisor's slice ends (an approximation: no guest OS's own quantum is
 * modelled).
 */
export const QUANTUM_NS = 10e6;

/** A slice with less than this left is over (sums of bursts leave floating-point dust), ns. */
const SLICE_DUST_NS = 1e3;

export class CpuScheduler {
  /** Per core: the guest that ran on it last (−1: none yet), since when that guest has held it, and when it was freed. */
  private readonly lastGuest: number[] = [];
  private readonly heldSince: number[] = [];
  private readonly freedAt: number[] = [];
  /** Free cores; the platform's own work holds some without naming them. */
  private readonly free = new FreeCores();
  private hostHeld = 0;
  /** Switches between guests for their bursts, all cores together (idle guests' ticks aside: guestSwitches). */
  private burstSwitches = 0;
  private readonly switchNs: number;
  /** The layers and exit reasons a switch charges (a zero would add nothing). */
  private readonly switchLayers: Int32Array;
  private readonly switchExits: Int32Array;
  private readonly fixedSliceNs: number | null;
  /** CFS's last slice, and the runnable vCPUs it was worked out for (−1: none yet). */
  private cfsSliceNs = 0;
  private cfsSliceRunnable = -1;
  /** The guests with work: queued or running, indexed while many are active. */
  private readonly guests = new RunnableGuests();
  /** The guests a dispatch looks at, in index order (reused). */
  private readonly scanned: GuestRuntime[] = [];
  /** How long every core has been busy: the guests' steal time runs on it. */
  private readonly saturation = new SaturationClock();
  /** On dedicated servers, every server's cores together. */
  private serverCores = 0;
  /** Guests whose kernels tick (VMs), for the idle ticks owed. */
  private readonly ticking: OwedTicks;

  constructor(
    private readonly hostCores: number,
    private readonly host: SchedulerHost,
    readonly policy: SchedulingPolicy,
  ) {
    this.switchNs = policy.guestSwitch.path.total() + policy.guestSwitch.refillNs;
    this.switchLayers = nonZero(policy.guestSwitch.path.ns);
    this.switchExits = nonZero(policy.guestSwitch.path.exits);
    this.ticking = new OwedTicks(policy.guestSwitch.path, this.saturation);
    this.fixedSliceNs = this.fixedSlice();
    // A dedicated server per guest: its cores come with each guest (addGuest).
    if (policy.scheduler !== 'dedicated') this.addCores(hostCores);
  }

  /**
   * A guest joins: on dedicated servers it brings its own server's cores. Only as many as
   * it has vCPUs can ever be busy (nobody else runs there), so only those are scheduled;
   * the rest count as its server's idle cores. A thousand one-vCPU servers are then a
   * thousand cores to look through, not eight thousand.
   */
  addGuest(g: GuestRuntime): void {
    if (!g.plan) return;
    g.saturation = this.saturation;
    if (this.policy.scheduler === 'dedicated') {
      this.serverCores += this.hostCores;
      this.addCores(Math.min(g.vcpus, this.hostCores));
    }
    // On a server of its own, a guest's idle ticks fall on its own idle cores.
    else if (g.plan.idleTickHz > 0) this.ticking.add(g, g.plan.idleTickHz, g.plan.paths.timerTick.total());
  }

  /** `g`'s CPU weight or cap changed while it runs (its index entry counts the capped). */
  limitsChanged(g: GuestRuntime): void {
    this.guests.changed(g);
  }

  /** `g` is paused for a while (pauseGuest): until then a dispatch looks at every candidate. */
  paused(g: GuestRuntime): void {
    this.guests.pausesUntilNs = Math.max(this.guests.pausesUntilNs, g.pausedUntilNs);
  }

  /** Until when dispatches look at every candidate, as some guest may be paused (0: none has been). */
  get pausesUntilNs(): number {
    return this.guests.pausesUntilNs;
  }

  /** A pause ended before its time (resumed, or the guest went down): once no guest of `guests` is paused, dispatches read the index again. */
  pauseEnded(guests: readonly GuestRuntime[], now: number): void {
    let until = 0;
    for (const g of guests) if (g.pausedUntilNs > now) until = Math.max(until, g.pausedUntilNs);
    this.guests.pausesUntilNs = until;
  }

  /** Cores there are: the host's, or on dedicated servers the host's times the servers. */
  get cores(): number {
    return this.policy.scheduler === 'dedicated' ? this.serverCores : this.lastGuest.length;
  }

  /** Cores that are not running anything now. */
  get idleCores(): number {
    return Math.max(0, this.free.length - this.hostHeld);
  }

  /** The time slice a CPU-bound guest gets now, ns (Infinity on dedicated servers: nobody else wants the core). */
  sliceNs(): number {
    if (this.fixedSliceNs !== null) return this.fixedSliceNs;
    // CFS's slice follows only the runnable vCPUs, which most dispatches leave as they were: it is worked out again when they change.
    const runnable = this.guests.runnableVcpus;
    if (runnable !== this.cfsSliceRunnable) {
      this.cfsSliceRunnable = runnable;
      this.cfsSliceNs = sliceNs('linux-cfs', runnable, this.hostCores);
    }
    return this.cfsSliceNs;
  }

  /** The slice when it does not follow the runnable workers (every scheduler's but CFS's), else null. */
  private fixedSlice(): number | null {
    const { scheduler, sliceOverrideNs } = this.policy;
    if (scheduler === 'dedicated') return Infinity;
    if (sliceOverrideNs !== undefined) return sliceOverrideNs;
    return scheduler === 'linux-cfs' ? null : sliceNs(scheduler, 0, this.hostCores);
  }

  /** Worker `w` of `g` is ready for a vCPU at `now` (a new batch). */
  enqueue(g: GuestRuntime, w: number, now: number): void {
    g.noteRunnable(now);
    // Only a guest that waited (for I/O, a timer) wakes; one that starts its next batch at once never slept.
    if (g.ready.length === 0 && g.vcpusBusy === 0 && g.idleFromNs < now) this.wake(g);
    this.requeue(g, w, now);
  }

  /**
   * Worker `w`'s burst of `slice` ns was cut at `now` with work left: its vCPU and core are free,
   * and it goes back to its guest's run queue (one update of the queue's figures for both). A VM's
   * worker with quantum left goes back at the head: the hypervisor took its vCPU, its own kernel
   * did not switch it out (at the back, a lone VM's workers took turns at the hypervisor's slice).
   */
  burstCut(g: GuestRuntime, w: number, slice: number, now: number): void {
    this.freeVcpu(g, w, slice, now);
    const workers = this.host.workers;
    const ran = (workers.ranNs[w] as number) + slice;
    const kept = this.policy.guestKernels && ran < QUANTUM_NS - SLICE_DUST_NS;
    workers.ranNs[w] = kept ? ran : 0;
    this.requeue(g, w, now, kept);
  }

  /** Worker `w` of `g` goes (back) to its run queue at `now` (at its head if `first`), noting the queue's integrals to split its wait by. */
  private requeue(g: GuestRuntime, w: number, now: number, first = false): void {
    const workers = this.host.workers;
    g.runQueue.advance(now);
    workers.readySince[w] = now;
    workers.ownQueueAt[w] = g.runQueue.ownNs;
    workers.coreQueueAt[w] = g.runQueue.coreNs;
    if (first) g.ready.unshift(w);
    else g.ready.push(w);
    this.queueChanged(g, now);
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

  /** A burst of `slice` ns of worker `w` of `g` ended at `now` with its work done: its vCPU and core are free. */
  burstEnded(g: GuestRuntime, w: number, slice: number, now: number): void {
    this.freeVcpu(g, w, slice, now);
    this.queueChanged(g, now);
  }

  /** Worker `w`'s burst of `slice` ns on a vCPU of `g` ended at `now`: the vCPU and the core are free (the caller updates the queue's figures). */
  private freeVcpu(g: GuestRuntime, w: number, slice: number, now: number): void {
    g.noteRunnable(now);
    g.burstsRunning--;
    g.burstStartSum -= now - slice;
    g.vcpusBusy--;
    if (g.runnable() === 0) g.idleFromNs = now;
    const c = this.host.workers.core[w] as number;
    this.freedAt[c] = now;
    this.free.push(c, this.lastGuest[c] as number);
  }

  /** The platform's own work takes a core (ahead of the guests), and gives it back. */
  takeCore(): void {
    this.hostHeld++;
  }

  giveCore(): void {
    this.hostHeld--;
  }

  /**
   * A guest with nothing to run banks no credit: on waking it starts level with the guests
   * that are busy (less one quantum), as CFS does with min_vruntime and Xen's credit
   * scheduler with its periodic refill, so a long-idle guest cannot starve the others.
   */
  private wake(g: GuestRuntime): void {
    g.woken = true;
    // It has nothing on a core or queued, so it is not among those it is levelled with; the least is the same in any order.
    const min = this.guests.leastActiveVruntime();
    if (min !== Infinity) g.vruntime = Math.max(g.vruntime, min - BATCH_TARGET_NS);
  }

  /**
   * The guest that takes a free core at `now` (null: none may). Unless a guest that may run
   * has just woken, a guest whose burst ended this instant within its slice keeps its core;
   * else the one that has had the least CPU goes. With the guests indexed and no caps or
   * pauses, every candidate may run and the least-served is the heap's top, read only when
   * no guest keeps its core; else every candidate is looked at in index order, as a capped
   * one that has used its cap queues its refill as it is met.
   */
  private choose(now: number, slice: number): GuestRuntime | null {
    const index = this.guests.indexed(now);
    if (index) {
      if (index.wokenCandidates > 0) return index.leastServedCandidate();
      return this.continuing(now, slice) ?? index.leastServedCandidate();
    }
    let best: GuestRuntime | null = null;
    let woken = false;
    const n = this.guests.candidates.fill(this.scanned);
    for (let i = 0; i < n; i++) {
      const g = this.scanned[i] as GuestRuntime;
      if (g.ready.length > 0 && g.vcpusBusy < g.vcpus && !g.pausedAt(now) && (g.capBudgetNs === Infinity || this.mayRun(g, now))) {
        if (g.woken) woken = true;
        if (best === null || g.vruntime < best.vruntime) best = g;
      }
    }
    if (best === null || woken) return best;
    return this.continuing(now, slice) ?? best;
  }

  /** Puts ready workers on free cores at `now`: a guest within its slice keeps its core, else the one that has had the least CPU goes first. */
  dispatch(now: number): void {
    const { tasks, workers } = this.host;
    let slice = -1;
    // Idle guests' ticks owed by now, for the next burst to serve (read before a guest's run queue changes: owed-ticks.ts).
    let owed = 0;
    // Most events leave no candidate (none queued, or the queued ones' vCPUs all busy): nothing to look at.
    while (this.guests.candidates.size > 0 && this.free.length > this.hostHeld) {
      if (slice < 0) slice = this.sliceNs();
      const best = this.choose(now, slice);
      if (best === null) break;
      owed += this.owedTicks(now);
      best.noteRunnable(now);
      const w = best.ready.shift() as number;
      this.dequeued(best, w, now);
      const t = tasks[workers.task[w] as number] as Task;
      if (t.ended) {
        this.queueChanged(best, now);
        this.host.retire(w, t);
        continue;
      }
      best.woken = false;
      // A core it ran on last (its cache is warm there), else one nobody used yet, else the one free longest.
      const c = this.free.take(best.index);
      const overhead = this.switchOverhead(best, c, now, slice) + owed;
      owed = 0;
      const sliceLeft = slice - (now - (this.heldSince[c] as number));
      const remaining = workers.remaining[w] as number;
      // A VM's worker goes on with what is left of its own kernel's quantum.
      const quantumLeft = this.policy.guestKernels ? QUANTUM_NS - (workers.ranNs[w] as number) : QUANTUM_NS;
      const run = Math.min(remaining, quantumLeft, sliceLeft);
      // A capped guest's switch is part of what its cap allows.
      const burst = best.capBudgetNs === Infinity ? run : Math.max(0, Math.min(run, best.capLeftNs(now) - overhead));
      best.capUsedNs += burst + overhead;
      workers.slice[w] = burst;
      workers.core[w] = c;
      workers.overhead[w] = overhead;
      best.vcpusBusy++;
      best.burstsRunning++;
      best.burstStartSum += now + overhead;
      best.vruntime += burst * best.vruntimePerNs;
      this.queueChanged(best, now);
      this.host.burstStarted(w, now + overhead + burst);
    }
    // Ticks owed that no burst took (its task had ended) wait for the next one.
    if (owed > 0) this.ticking.unserve(owed);
    // vCPUs that are ready while every core is taken are being stolen from.
    this.saturation.set(now, this.free.length <= this.hostHeld);
  }

  /**
   * `g`'s run queue or busy vCPUs changed at `now`: its queue's integrals and its waiting
   * vCPUs follow. Only a guest's own changes move them, so no other guest is looked at.
   */
  private queueChanged(g: GuestRuntime, now: number): void {
    this.guests.changed(g);
    g.runQueue.advance(now);
    const freeVcpus = g.vcpus - g.vcpusBusy;
    g.runQueue.set(g.ready.length, freeVcpus);
    g.setWaiting(now, Math.max(0, Math.min(g.ready.length, freeVcpus)));
  }

  /**
   * A guest whose burst ended this instant on a core it has held for less than its slice,
   * and that still has work, keeps the core: a CPU-bound guest runs its whole slice.
   */
  private continuing(now: number, slice: number): GuestRuntime | null {
    // Cores are freed in time order, so those freed now are the last freed (cores never used, added as guests join, aside).
    for (let c = this.free.last(); c >= 0; c = this.free.before(c)) {
      const gi = this.lastGuest[c] as number;
      if (gi < 0) continue;
      if (this.freedAt[c] !== now) break;
      if (now - (this.heldSince[c] as number) >= slice - SLICE_DUST_NS) continue;
      const g = this.host.guests[gi] as GuestRuntime;
      if (g.ready.length > 0 && g.vcpusBusy < g.vcpus && !g.pausedAt(now) && (g.capBudgetNs === Infinity || g.capLeftNs(now) > 0)) return g;
    }
    return null;
  }

  /** What switching core `c` to guest `g` costs, charged to `g` (its layers and its refill), ns. */
  private switchOverhead(g: GuestRuntime, c: number, now: number, slice: number): number {
    const last = this.lastGuest[c] as number;
    if (last === g.index) {
      // The same guest after the core idled, or chosen again once its slice is over, starts a new slice.
      if (this.freedAt[c] !== now || now - (this.heldSince[c] as number) >= slice - SLICE_DUST_NS) this.heldSince[c] = now;
      return 0;
    }
    this.lastGuest[c] = g.index;
    this.heldSince[c] = now;
    if (last === -1 || this.switchNs === 0) return 0;
    const s = this.policy.guestSwitch;
    addAt(g.cpuNs, s.path.ns, 1, this.switchLayers);
    addAt(g.exits, s.path.exits, 1, this.switchExits);
    g.cpuNs[L.guestUser] = (g.cpuNs[L.guestUser] as number) + s.refillNs;
    g.guestSwitches++;
    this.burstSwitches++;
    return this.switchNs;
  }

  /**
   * The idle guests' ticks that fell while every core was busy, since the last call: they
   * were served on busy cores, each a switch into the idle guest and back, and take the
   * next core first. With a core to spare, idle cores took them.
   */
  private owedTicks(now: number): number {
    return this.ticking.size === 0 ? 0 : this.ticking.owed(now);
  }

  /** Switches between guests by now, all cores together: for bursts, and into idle guests for their ticks. */
  get guestSwitches(): number {
    return this.burstSwitches + (this.ticking.size === 0 ? 0 : this.ticking.switchesAt(this.host.now()));
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

  private addCores(n: number): void {
    for (let i = 0; i < n; i++) {
      const c = this.lastGuest.length;
      this.lastGuest.push(-1);
      this.heldSince.push(0);
      this.freedAt.push(-1);
      this.free.push(c, -1);
    }
  }
}
