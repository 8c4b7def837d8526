/**
 * The simulation core of one platform: a discrete-event simulation of the guests' workers
 * sharing the host's cores, disk and NIC.
 *
 * This file is the clock, the event dispatch and the actions extensions call; the guests'
 * lifecycle (admitted, booting, running, stopped, crashed) is guest-lifecycle.ts. A worker
 * takes a job (the boot, then batch after batch of transactions) to the CPU — waiting for
 * a free vCPU of its guest and a free core (cpu-scheduler.ts) — then to the devices
 * (device-stage.ts), then starts the next (batch-flow.ts). Its interface (events, hooks,
 * actions) is core-interface.ts; extensions plug in at run/platform-simulation.ts.
 */
import type { QueuedDevice } from '../../hardware/queued-device.ts';
import type { PlatformModel } from '../../platforms/platform-model.ts';
import type { GuestSpec, Scenario } from '../../scenario/schema.ts';
import { EventQueue } from '../../sim/event-queue.ts';
import { Rng } from '../../sim/rng.ts';
import { workloadByName } from '../../workloads/catalog.ts';
import { BatchFlow } from './batch-flow.ts';
import { CoreEventBus, type CoreEvents, type CoreHooks, type TaskRequest } from './core-interface.ts';
import { CpuScheduler } from './cpu-scheduler.ts';
import type { SchedulingPolicy } from './scheduler-contract.ts';
import { DeviceStage } from './device-stage.ts';
import { DriverDomain } from './driver-domain.ts';
import { GuestLifecycle } from './guest-lifecycle.ts';
import type { GuestRuntime } from './guest-runtime.ts';
import { HostWork } from './host-work.ts';
import { batchSize, makeJob, type Job } from './job.ts';
import type { Task } from './task.ts';
import { WorkerTable } from './worker-table.ts';

const enum Ev {
  FirmwareDone,
  CpuDone,
  BackendDone,
  IoDone,
  Sample,
  Timer,
  Request,
}

/** Virtual time between the 1 Hz samples behind CPU% figures. */
export const SAMPLE_NS = 1e9;

export class SimulationCore {
  readonly guests: GuestRuntime[] = [];
  readonly tasks: Task[] = [];
  readonly disk: QueuedDevice;
  readonly nic: QueuedDevice;
  now = 0;
  events = 0;
  /** When the last 1 Hz sample was taken. */
  sampledAtNs = 0;
  /** Where extensions decide for the core (core-interface.ts). */
  readonly hooks: CoreHooks = { admission: null, reserve: null, extraDiskNs: null, peerJob: null };
  /**
   * Whether a task's worker may start its next batch now (a full process table stops
   * forking work); a held worker waits until `releaseHeld()`. Null: every worker may.
   */
  mayStartBatch: ((t: Task) => boolean) | null = null;

  readonly workers = new WorkerTable();
  private readonly queue = new EventQueue();
  readonly scheduler: CpuScheduler;
  private readonly bus = new CoreEventBus();
  /** Callbacks due at virtual times (faults, recoveries), by the id their Timer event carries. */
  private readonly timers = new Map<number, () => void>();
  private nextTimer = 0;
  private readonly hostWork: HostWork;
  /** The workers' way through their jobs. */
  private readonly flow: BatchFlow;
  /** Xen's dom0 as a domain of its own, scheduled beside the guests (null on other platforms). */
  private readonly driverDomain: DriverDomain | null;
  private readonly rootRng: Rng;
  /** The guests' admission, boot, stops and starts. */
  private readonly lifecycle: GuestLifecycle;
  /** True while advanceTo runs an event: the scheduler dispatches after each one. */
  private inEvent = false;

  constructor(
    readonly scenario: Scenario,
    readonly model: PlatformModel,
    nativeModel: PlatformModel,
    policy: SchedulingPolicy,
  ) {
    this.rootRng = new Rng(scenario.seed);
    // Dedicated servers (native) each have their own disk and NIC.
    const dedicated = policy.scheduler === 'dedicated';
    const devices = new DeviceStage(dedicated, this.workers, this.hooks);
    this.disk = devices.disk;
    this.nic = devices.nic;
    this.scheduler = new CpuScheduler(scenario.host.cores, {
      guests: this.guests,
      tasks: this.tasks,
      workers: this.workers,
      burstStarted: (w, endNs) => this.queue.push(endNs, Ev.CpuDone, w),
      now: () => this.now,
      at: (atNs, fn) => this.at(atNs, fn),
      retire: (w, t) => this.flow.retire(w, t),
    }, policy);
    this.driverDomain = model.driverDomain ? new DriverDomain(model.driverDomain.vcpus, this.scheduler, (w) => this.runBackend(w)) : null;
    this.flow = new BatchFlow(this, devices, this.driverDomain, {
      jobDoneAt: (atNs, w) => this.queue.push(atNs, Ev.IoDone, w),
      requestAt: (atNs, w) => this.queue.push(atNs, Ev.Request, w),
      batchDone: (t, tx) => this.bus.batchDone(t, tx),
      booted: (g) => this.lifecycle.booted(g),
    });
    this.hostWork = new HostWork(model);
    this.lifecycle = new GuestLifecycle(this, nativeModel, this.rootRng, this.flow, {
      firmwareDoneAt: (atNs, index) => this.queue.push(atNs, Ev.FirmwareDone, index),
      stateChanged: (g, from) => this.bus.guestStateChanged(g, from),
    });
  }

  /** Subscribes to one of the core's events (core-interface.ts). */
  on<K extends keyof CoreEvents>(event: K, listener: CoreEvents[K]): void {
    this.bus.on(event, listener);
  }

  /** Powers on the scenario's guests and starts the 1 Hz sample: call once, after the extensions are built. */
  start(): void {
    for (const spec of this.scenario.guests) this.admit(spec);
    this.queue.push(SAMPLE_NS, Ev.Sample, 0);
  }

  /** Runs every event up to virtual time `t` (ns) and moves the clock there. */
  advanceTo(t: number): void {
    const q = this.queue;
    this.inEvent = true;
    while (q.peekTime() <= t) {
      q.pop();
      this.now = q.poppedTime;
      this.events++;
      const e = q.poppedEntity;
      switch (q.poppedKind as Ev) {
        case Ev.FirmwareDone:
          this.lifecycle.firmwareDone(this.guests[e] as GuestRuntime);
          break;
        case Ev.CpuDone:
          this.flow.burstDone(e);
          break;
        case Ev.BackendDone:
          this.driverDomain?.ran();
          this.flow.backendDone(e);
          break;
        case Ev.IoDone:
          this.flow.jobDone(e);
          break;
        case Ev.Sample:
          this.onSample();
          break;
        case Ev.Timer:
          this.onTimer(e);
          break;
        case Ev.Request:
          this.flow.requestDue(e);
          break;
      }
      // dom0 first: it takes a free core ahead of the guests (driver-domain.ts).
      this.driverDomain?.dispatch();
      this.scheduler.dispatch(this.now);
    }
    this.inEvent = false;
    this.now = t;
  }

  /** Adds a guest and powers it on (if the platform admits it; `powerOn` false: only installed, stopped); returns its runtime. */
  admit(spec: GuestSpec, powerOn = true): GuestRuntime {
    return this.lifecycle.admit(spec, powerOn);
  }

  /** Tries a refused guest again (guest-lifecycle.ts); returns why it still cannot run, or null. */
  readmit(g: GuestRuntime): string | null {
    return this.lifecycle.readmit(g);
  }

  /** Shuts a guest down: its tasks end now. */
  stopGuest(g: GuestRuntime): void {
    this.lifecycle.halt(g, 'stopped', null);
  }

  /**
   * A guest goes down without shutting down (a panic, an OOM kill of a container's init, the
   * layer under it failing): its tasks end now, and `reason` says why. It can be started again.
   */
  crashGuest(g: GuestRuntime, reason: string): void {
    this.lifecycle.halt(g, 'crashed', reason);
  }

  /** Powers a stopped guest on again; returns why not (the product's cap on powered-on VMs, memory that is not free), or null. */
  startGuest(g: GuestRuntime): string | null {
    return this.lifecycle.start(g);
  }

  /**
   * Sets a running guest's CPU weight and cap (xm sched-credit -w/-c): its next bursts are
   * shared and capped by them; a dispatch at once lets a guest whose cap was raised or
   * lifted take an idle core now.
   */
  setCpuLimits(g: GuestRuntime, shares: number, capPercent: number | null): void {
    g.setCpuLimits(shares, capPercent);
    this.scheduler.limitsChanged(g);
    this.at(this.now, () => undefined);
  }

  /**
   * Pauses `g` from `fromNs` until `untilNs` (a migration's stop-and-copy), or without an
   * end until resumeGuest (`Infinity`: xm pause, virsh suspend): its vCPUs get no core and
   * its finished batches complete only when it resumes, so its throughput stops and the
   * pause shows in its latency. It keeps its memory.
   */
  pauseGuest(g: GuestRuntime, fromNs: number, untilNs: number): void {
    // Without an end, its idle vCPUs stop ticking at once: the time they did is settled first.
    if (untilNs === Infinity) g.noteRunnable(this.now);
    g.pausedFromNs = fromNs;
    g.pausedUntilNs = untilNs;
    this.scheduler.paused(g);
    // An event at the resumption puts its ready workers back on cores.
    if (untilNs !== Infinity) this.at(untilNs, () => undefined);
  }

  /**
   * Ends `g`'s pause without an end now (xm unpause, virsh resume): its finished batches
   * complete and its ready workers take cores. A migration's pause ends as planned.
   */
  resumeGuest(g: GuestRuntime): void {
    if (!g.pausedAt(this.now) || g.pausedUntilNs !== Infinity) return;
    g.endPause(this.now);
    this.scheduler.pauseEnded(this.guests, this.now);
    this.flow.resumed(g);
    this.at(this.now, () => undefined);
  }

  /** Sets a running guest's memory limit (docker update -m; null: none): memory is balanced again at once, its OOM killer acting if it must. */
  setMemoryLimit(g: GuestRuntime, mib: number | null): void {
    g.memoryLimitMiB = mib;
    this.bus.memoryDemandChanged(g);
  }

  /**
   * A process in `g` allocates and touches `mib` more memory (a memory hog): the guest's
   * limits, the platform's reclaim and the OOM killers respond as memory requires.
   */
  allocate(g: GuestRuntime, mib: number): void {
    if (!g.live || !(mib > 0)) return;
    g.pressure.allocatedMiB += mib;
    this.bus.memoryDemandChanged(g);
  }

  /**
   * A process in `g` maps `mib` of anonymous memory: true if its kernel grants it — always
   * where the kernel overcommits; one that reserves swap for it (Solaris) refuses what its
   * swap and memory have no room for, and holds what it grants until `unreserve`.
   */
  reserve(g: GuestRuntime, mib: number): boolean {
    return this.hooks.reserve ? this.hooks.reserve(g, mib) : true;
  }

  /** Processes in `g` unmap (or exit with) `mib` that `reserve` granted. */
  unreserve(g: GuestRuntime, mib: number): void {
    const left = g.pressure.reservedMiB - mib;
    g.pressure.reservedMiB = left > 1e-6 ? left : 0;
  }

  /** The processes in `g` that allocated memory (see `allocate`) exit: their memory (`mib` of it, or all) is freed. */
  freeAllocated(g: GuestRuntime, mib = g.pressure.allocatedMiB): void {
    if (g.pressure.allocatedMiB === 0 || !(mib > 0)) return;
    const left = g.pressure.allocatedMiB - mib;
    // Sums of steps leave rounding dust: none is left once every owner has freed its own.
    g.pressure.allocatedMiB = left > 1e-6 ? left : 0;
    this.bus.memoryDemandChanged(g);
  }

  /** Starts a workload in a running guest; returns the task, or why not. */
  startTask(g: GuestRuntime, r: TaskRequest): Task | string {
    if (g.state !== 'running' || !g.plan) return `${g.spec.name} is not running`;
    const workload = typeof r.workload === 'string' ? workloadByName(r.workload) : r.workload;
    if (!workload) return `unknown workload ${typeof r.workload === 'string' ? r.workload : r.workload.label}`;
    const perBatch = batchSize(g.nativePaths, workload.perTx, this.scenario.host);
    const job =
      perBatch === 0
        ? null
        : r.peer === undefined
          ? makeJob(g.plan, workload.perTx, perBatch, perBatch, this.scenario.host)
          : (this.hooks.peerJob?.(g, r.peer, workload.perTx, perBatch) ?? 'this platform has no guest network');
    if (typeof job === 'string') return job;
    const rng = this.rootRng.split(`${g.spec.name}#${++g.commandTasks}`);
    const t = this.flow.launch(g, { command: r.command, kind: 'command', workload, job, workers: r.workers, rng, ...limits(r) });
    // Typed between events (a console's command), its workers take free cores now, not at the next event.
    if (!this.inEvent) this.scheduler.dispatch(this.now);
    return t;
  }

  /** Ends a task now (Ctrl-C, kill); its workers leave as they come back. */
  endTask(t: Task): void {
    if (t.ended) return;
    t.endNs = this.now;
    const g = this.guests[t.guestIndex] as GuestRuntime;
    const i = g.tasks.indexOf(t);
    if (i >= 0) g.tasks.splice(i, 1);
    // Workers held while it slept leave as the others do: through the scheduler, which retires an ended task's.
    this.setTaskAsleep(t, false);
  }

  /** Runs `fn` at virtual time `atNs` (now, if that has passed), in order with every other event: a timer. */
  at(atNs: number, fn: () => void): void {
    const id = this.nextTimer++;
    this.timers.set(id, fn);
    this.queue.push(Math.max(atNs, this.now), Ev.Timer, id);
  }

  /**
   * The platform runs work of its own (a migration's copy in dom0, the vmkernel, the host
   * kernel): it takes a core now — ahead of the guests, as the layer under them — for
   * the work's CPU time, charged by layer (see background()) when it gives it back.
   */
  runHostWork(ns: Float64Array): void {
    const total = this.hostWork.total(ns);
    if (!(total > 0)) return;
    this.scheduler.takeCore();
    this.at(this.now + total, () => {
      this.scheduler.giveCore();
      this.hostWork.done(ns);
    });
  }

  /** Task `t`'s processes go to sleep (their workers start no batch) or wake, and those held start again. */
  setTaskAsleep(t: Task, asleep: boolean): void {
    if (t.asleep === asleep) return;
    t.asleep = asleep;
    if (!asleep) this.releaseHeld();
  }

  /** Lets the workers held by `mayStartBatch` start their next batches again. */
  releaseHeld(): void {
    this.flow.releaseHeld();
    this.scheduler.dispatch(this.now);
  }

  /** CPU the platform itself has spent by now (its own timer ticks and work), by layer and exit reason. */
  background(): { ns: Float64Array; exits: Float64Array } {
    return this.hostWork.background(this.now);
  }

  /** Native's baseline: every guest on a dedicated server of this hardware, with its own cores, disk, NIC and memory. */
  get dedicatedServers(): boolean {
    return this.scheduler.policy.scheduler === 'dedicated';
  }

  /** Cores that are not running anything now. */
  get idleCores(): number {
    return this.scheduler.idleCores;
  }

  /** Worker `w`'s back-end work runs on a vCPU of dom0 now, for what it costs at the batch's scale. */
  private runBackend(w: number): void {
    const job = (this.tasks[this.workers.task[w] as number] as Task).job as Job;
    this.queue.push(this.now + job.backendNs * (this.workers.scale[w] as number), Ev.BackendDone, w);
  }

  private onTimer(id: number): void {
    const fn = this.timers.get(id);
    this.timers.delete(id);
    fn?.();
  }

  private onSample(): void {
    this.workers.forEachOnDisk(this.now, (ti) => (this.guests[(this.tasks[ti] as Task).guestIndex] as GuestRuntime).onDisk++);
    for (const g of this.guests) g.sampleLoad(this.now);
    for (const t of this.tasks) if (!t.ended || t.endNs >= this.sampledAtNs) t.sampleCpu();
    this.sampledAtNs = this.now;
    this.queue.push(this.now + SAMPLE_NS, Ev.Sample, 0);
    this.bus.sampled(this.now);
  }
}

function limits(r: TaskRequest): { maxTransactions?: number; maxDurationNs?: number } {
  return {
    ...(r.maxTransactions === undefined ? {} : { maxTransactions: r.maxTransactions }),
    ...(r.maxDurationNs === undefined ? {} : { maxDurationNs: r.maxDurationNs }),
  };
}
