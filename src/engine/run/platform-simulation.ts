/**
 * One platform running the scenario: a discrete-event simulation of the guests' workers
 * sharing the host's cores, disk and NIC.
 *
 * A worker takes a job (the boot, then batch after batch of transactions) to the CPU —
 * waiting for a free vCPU of its guest and a free core, chosen fairly between guests —
 * then to the devices, then starts the next. CPU time is charged to layers as the
 * platform's cost paths say; devices are shared fairly between the guests. Commands
 * start further tasks and consoles stop, start and add guests while it runs.
 */
import { QueuedDevice } from '../hardware/queued-device.ts';
import { addScaled } from '../platforms/cost-path.ts';
import type { PlatformModel } from '../platforms/platform-model.ts';
import type { GuestSpec, Scenario } from '../scenario/schema.ts';
import { EventQueue } from '../sim/event-queue.ts';
import { Rng } from '../sim/rng.ts';
import { EXIT_REASON_COUNT } from '../metrics/exit-reasons.ts';
import { LAYER_COUNT } from '../metrics/layers.ts';
import { workloadByName, type WorkloadDef } from '../workloads/catalog.ts';
import { GuestRuntime } from './guest-runtime.ts';
import { BATCH_TARGET_NS, batchSize, makeJob, type Job } from './job.ts';
import { Task } from './task.ts';
import { peerJob } from '../network/peer-job.ts';
import { WorkerTable } from './worker-table.ts';
import { FaultInjector } from '../faults/fault-injector.ts';
import { DEFAULT_BLKIO_WEIGHT } from '../calibration/cpu-scheduling.ts';
import { HostMemory } from '../memory/host-memory.ts';
import { swapInNs, swapInsPerTransaction } from '../memory/host-swap.ts';

const enum Ev {
  FirmwareDone,
  CpuDone,
  IoDone,
  Sample,
  Timer,
}

/**
 * The longest a worker keeps a core before going back to the run queue: the time slice of
 * the schedulers modelled (Linux 2.6 gives a few to tens of ms; Xen's credit scheduler 30 ms,
 * with 10 ms ticks). Without it a 300 ms compile would hold a vCPU while a benchmark waits.
 */
export const QUANTUM_NS = 10e6;

/** Virtual time between the 1 Hz samples behind CPU% figures. */
export const SAMPLE_NS = 1e9;

/** Per-second decay of the 1, 5 and 15 minute load averages, as the kernel's exponential averages. */
const LOAD_DECAY = [Math.exp(-1 / 60), Math.exp(-1 / 300), Math.exp(-1 / 900)] as const;

/** What a command asks the engine to run. */
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

export class PlatformSimulation {
  readonly guests: GuestRuntime[] = [];
  readonly tasks: Task[] = [];
  readonly disk = new QueuedDevice();
  readonly nic = new QueuedDevice();
  now = 0;
  events = 0;
  /** When the last 1 Hz sample was taken. */
  sampledAtNs = 0;

  private readonly queue = new EventQueue();
  /** Callbacks due at virtual times (faults, recoveries), by the id their Timer event carries. */
  private readonly timers = new Map<number, () => void>();
  private nextTimer = 0;
  /**
   * Whether a task's worker may start its next batch now (a full process table stops
   * forking work); a held worker waits until `releaseHeld()`. Null: every worker may.
   */
  mayStartBatch: ((t: Task) => boolean) | null = null;
  private readonly held: number[] = [];
  /** Faults: the scenario's, scheduled now, and those injected while it runs. */
  readonly faults: FaultInjector;
  /** The host's memory: overcommit, sharing, ballooning, swapping, OOM kills. */
  readonly memory: HostMemory;
  /** One swap-in's time on the host's disk, ns. */
  private readonly swapInNs: number;
  /** CPU spent on the platform's own work beyond its ticks (runHostWork), by layer. */
  private readonly hostWorkNs = new Float64Array(LAYER_COUNT);
  private readonly workers = new WorkerTable();
  private readonly rootRng: Rng;
  private coresFree: number;

  constructor(
    readonly scenario: Scenario,
    readonly model: PlatformModel,
    private readonly nativeModel: PlatformModel,
  ) {
    this.coresFree = scenario.host.cores;
    this.rootRng = new Rng(scenario.seed);
    this.memory = new HostMemory(this);
    this.swapInNs = swapInNs(scenario.host);
    for (const spec of scenario.guests) this.admit(spec);
    this.queue.push(SAMPLE_NS, Ev.Sample, 0);
    this.faults = new FaultInjector(this);
  }

  /** Runs every event up to virtual time `t` (ns) and moves the clock there. */
  advanceTo(t: number): void {
    const q = this.queue;
    while (q.peekTime() <= t) {
      q.pop();
      this.now = q.poppedTime;
      this.events++;
      const e = q.poppedEntity;
      switch (q.poppedKind as Ev) {
        case Ev.FirmwareDone:
          this.onFirmwareDone(e);
          break;
        case Ev.CpuDone:
          this.onCpuDone(e);
          break;
        case Ev.IoDone:
          this.onJobDone(e);
          break;
        case Ev.Sample:
          this.onSample();
          break;
        case Ev.Timer:
          this.onTimer(e);
          break;
      }
      this.dispatch();
    }
    this.now = t;
  }

  /** Adds a guest and powers it on (if the platform admits it); returns its runtime. */
  admit(spec: GuestSpec): GuestRuntime {
    const modelReason = this.model.refusal ?? this.model.admit(spec);
    const planned = modelReason === null ? this.model.plan(spec) : null;
    const reason = modelReason ?? this.memory.refusal(planned?.memoryMiB ?? {});
    const plan = reason === null ? planned : null;
    const index = this.guests.length;
    const g = new GuestRuntime(index, spec, plan, reason, this.scenario.host, this.nativeModel.plan(spec).paths, this.rootRng.split(spec.name));
    this.guests.push(g);
    this.disk.addFlow((spec.limits?.blkioWeight ?? DEFAULT_BLKIO_WEIGHT) / DEFAULT_BLKIO_WEIGHT);
    this.nic.addFlow();
    if (plan) this.queue.push(this.now + plan.firmwareNs, Ev.FirmwareDone, index);
    this.memory.rebalance();
    return g;
  }

  /** Shuts a guest down: its tasks end now. */
  stopGuest(g: GuestRuntime): void {
    this.halt(g, 'stopped', null);
  }

  /**
   * A guest goes down without shutting down (a panic, an OOM kill of a container's init, the
   * layer under it failing): its tasks end now, and `reason` says why. It can be started again.
   */
  crashGuest(g: GuestRuntime, reason: string): void {
    this.halt(g, 'crashed', reason);
  }

  private halt(g: GuestRuntime, state: 'stopped' | 'crashed', reason: string | null): void {
    if (g.state !== 'running' && g.state !== 'booting') return;
    // endTask takes each out of g.tasks: walk a copy.
    for (const t of [...g.tasks]) this.endTask(t);
    g.tasks.length = 0;
    g.stopped(this.now, state, reason);
    g.setWaiting(this.now, 0);
    // A move under way ends with it: nothing of it is paused or being moved any more.
    g.pausedUntilNs = Math.min(g.pausedUntilNs, this.now);
    g.migratingUntilNs = Math.min(g.migratingUntilNs, this.now);
    this.memory.rebalance();
  }

  /**
   * A process in `g` allocates and touches `mib` more memory (a memory hog): the guest's
   * limits, the platform's reclaim and the OOM killers respond as memory requires.
   */
  allocate(g: GuestRuntime, mib: number): void {
    if (!g.live || !(mib > 0)) return;
    g.pressure.allocatedMiB += mib;
    this.memory.rebalance();
  }

  /** The processes in `g` that allocated memory (see `allocate`) exit: their memory (`mib` of it, or all) is freed. */
  freeAllocated(g: GuestRuntime, mib = g.pressure.allocatedMiB): void {
    if (g.pressure.allocatedMiB === 0 || !(mib > 0)) return;
    const left = g.pressure.allocatedMiB - mib;
    // Sums of steps leave rounding dust: none is left once every owner has freed its own.
    g.pressure.allocatedMiB = left > 1e-6 ? left : 0;
    this.memory.rebalance();
  }

  /** Powers a stopped guest on again: firmware, boot, then its workload. */
  startGuest(g: GuestRuntime): void {
    if ((g.state !== 'stopped' && g.state !== 'crashed') || !g.plan) return;
    g.state = 'booting';
    g.crashReason = null;
    g.pressure.restarted();
    this.queue.push(this.now + g.plan.firmwareNs, Ev.FirmwareDone, g.index);
    this.memory.rebalance();
  }

  /** Starts a workload in a running guest; returns the task, or why not. */
  startTask(g: GuestRuntime, r: TaskRequest): Task | string {
    if (g.state !== 'running' || !g.plan) return `${g.spec.name} is not running`;
    const workload = typeof r.workload === 'string' ? workloadByName(r.workload) : r.workload;
    if (!workload) return `unknown workload ${typeof r.workload === 'string' ? r.workload : r.workload.label}`;
    const perBatch = batchSize(g.nativePaths, workload.perTx, this.scenario.host);
    const job =
      perBatch === 0 ? null : r.peer === undefined ? makeJob(g.plan, workload.perTx, perBatch, perBatch, this.scenario.host) : peerJob(this, g, r.peer, workload.perTx, perBatch);
    if (typeof job === 'string') return job;
    const rng = this.rootRng.split(`${g.spec.name}#${++g.commandTasks}`);
    return this.launch(g, { command: r.command, kind: 'command', workload, job, workers: r.workers, rng, ...limits(r) });
  }

  /** Ends a task now (Ctrl-C, kill); its workers leave as they come back. */
  endTask(t: Task): void {
    if (t.ended) return;
    t.endNs = this.now;
    const g = this.guests[t.guestIndex] as GuestRuntime;
    const i = g.tasks.indexOf(t);
    if (i >= 0) g.tasks.splice(i, 1);
  }

  private launch(g: GuestRuntime, o: ConstructorParameters<typeof Task>[2]): Task {
    const t = new Task(this.tasks.length, g.index, o);
    t.startNs = this.now;
    this.tasks.push(t);
    g.tasks.push(t);
    for (let i = 0; i < t.workerCount; i++) {
      t.live++;
      this.startBatch(this.workers.alloc(t.id), t);
    }
    return t;
  }

  private onFirmwareDone(gi: number): void {
    const g = this.guests[gi] as GuestRuntime;
    if (g.state !== 'booting') return;
    g.kernelStarted(this.now);
    this.launch(g, { command: 'boot', kind: 'boot', workload: null, job: g.bootJob, workers: 1, rng: null });
  }

  private onCpuDone(w: number): void {
    const t = this.tasks[this.workers.task[w] as number] as Task;
    const gi = t.guestIndex;
    const g = this.guests[gi] as GuestRuntime;
    const job = t.job as NonNullable<Task['job']>;
    const slice = this.workers.slice[w] as number;
    // This slice's share of the job's costs (a job longer than a quantum runs in several).
    // (Slices add up to burstNs × scale, so the shares add up to the batch's scale.)
    const share = slice / job.burstNs;
    addScaled(g.cpuNs, job.cost.ns, share);
    t.cpuTotalNs += slice;
    if (t.kind === 'command') addScaled(t.cpuNs, job.cost.ns, share);
    const exits = job.cost.exits;
    for (const i of job.exitIndices) g.exits[i] = (g.exits[i] as number) + (exits[i] as number) * share;
    g.ticksCharged += job.ticks * share;
    g.burstsRunning--;
    g.burstStartSum -= this.now - slice;
    g.vcpusBusy--;
    this.coresFree++;
    const left = (this.workers.remaining[w] as number) - slice;
    this.workers.remaining[w] = left;
    if (left > 0 && !t.ended) {
      g.ready.push(w);
      return;
    }
    const scale = this.workers.scale[w] as number;
    if (job.writebackNs > 0) this.disk.submit(this.now, gi, job.writebackNs * scale);
    let diskNs = job.diskNs * scale;
    const out = g.pressure.outFraction;
    if (out > 0 && t.workload) {
      // Touches of pages the host swapped out fault, each a disk read the batch waits for.
      const swapIns = swapInsPerTransaction(out, t.workload.perTx) * job.transactions * scale;
      g.pressure.swapIns += swapIns;
      diskNs += swapIns * this.swapInNs;
    }
    const diskDone = diskNs > 0 ? this.disk.submit(this.now, gi, diskNs) : this.now;
    const netDone = job.netNs > 0 ? this.nic.submit(this.now, gi, job.netNs * scale) : this.now;
    const done = Math.max(diskDone, netDone) + job.wireNs * scale;
    if (done > this.now) this.queue.push(done, Ev.IoDone, w);
    else this.onJobDone(w);
  }

  private onJobDone(w: number): void {
    const t = this.tasks[this.workers.task[w] as number] as Task;
    const g = this.guests[t.guestIndex] as GuestRuntime;
    if (t.kind === 'boot') {
      this.retire(w, t);
      this.endTask(t);
      if (g.state !== 'booting') return;
      g.workloadStarted(this.now);
      if (g.pressure.workloadKilled) return;
      this.launch(g, { command: g.workload.label, kind: 'scenario', workload: g.workload, job: this.scenarioJob(g), workers: g.workers, rng: g.rng });
      return;
    }
    if (t.ended) return this.retire(w, t);
    // A paused guest cannot see its batch finish: it completes when the guest runs again.
    if (g.pausedAt(this.now)) {
      this.queue.push(g.pausedUntilNs, Ev.IoDone, w);
      return;
    }
    const job = t.job as NonNullable<Task['job']>;
    const tx = job.transactions * (this.workers.scale[w] as number);
    // A worker runs its batch's transactions one after another: each took its share.
    const perTx = (this.now - (this.workers.start[w] as number)) / job.transactions;
    t.transactions += tx;
    t.latency.record(perTx, tx);
    if (t.kind === 'scenario') {
      g.transactions += tx;
      g.latency.record(perTx, tx);
    }
    if (t.reachedLimit(this.now)) {
      this.endTask(t);
      return this.retire(w, t);
    }
    this.startBatch(w, t);
  }

  /** Runs `fn` at virtual time `atNs` (now, if that has passed), in order with every other event. */
  at(atNs: number, fn: () => void): void {
    const id = this.nextTimer++;
    this.timers.set(id, fn);
    this.queue.push(Math.max(atNs, this.now), Ev.Timer, id);
  }

  private onTimer(id: number): void {
    const fn = this.timers.get(id);
    this.timers.delete(id);
    fn?.();
  }

  /**
   * Pauses `g` from `fromNs` until `untilNs` (a migration's stop-and-copy): its vCPUs get
   * no core and its finished batches complete only when it resumes, so its throughput
   * stops and the pause shows in its latency.
   */
  pauseGuest(g: GuestRuntime, fromNs: number, untilNs: number): void {
    g.pausedFromNs = fromNs;
    g.pausedUntilNs = untilNs;
    // An event at the resumption puts its ready workers back on cores.
    this.at(untilNs, () => undefined);
  }

  /**
   * The platform runs work of its own (a migration's copy in dom0, the vmkernel, the host
   * kernel): it takes a core now — ahead of the guests, as the layer under them — for
   * the work's CPU time, charged by layer (see background()) when it gives it back.
   */
  runHostWork(ns: Float64Array): void {
    let total = 0;
    for (const v of ns) total += v;
    if (!(total > 0)) return;
    this.coresFree--;
    this.at(this.now + total, () => {
      this.coresFree++;
      addScaled(this.hostWorkNs, ns, 1);
    });
  }

  /** Lets the workers held by `mayStartBatch` start their next batches again. */
  releaseHeld(): void {
    for (const w of this.held.splice(0)) this.startBatch(w, this.tasks[this.workers.task[w] as number] as Task);
    this.dispatch();
  }

  /**
   * The scenario workload's job: its packets go to the peer guest it names (a booting peer
   * will answer), else to a remote machine — also when the peer was refused or is down.
   */
  private scenarioJob(g: GuestRuntime): Job | null {
    const peer = g.spec.workload.peer;
    if (peer === undefined || !g.workloadJob) return g.workloadJob;
    const job = peerJob(this, g, peer, g.workload.perTx, g.workloadJob.transactions, { acceptBooting: true });
    return typeof job === 'string' ? g.workloadJob : job;
  }

  private startBatch(w: number, t: Task): void {
    if (this.mayStartBatch && !t.ended && !this.mayStartBatch(t)) {
      this.held.push(w);
      return;
    }
    const g = this.guests[t.guestIndex] as GuestRuntime;
    const scale = t.nextScale();
    this.workers.scale[w] = scale;
    this.workers.start[w] = this.now;
    this.workers.remaining[w] = (t.job?.burstNs ?? 0) * scale;
    if (g.ready.length === 0 && g.vcpusBusy === 0) this.wake(g);
    g.ready.push(w);
  }

  /**
   * A guest with nothing to run banks no credit: on waking it starts level with the guests
   * that are busy (less one quantum), as CFS does with min_vruntime and Xen's credit
   * scheduler with its periodic refill, so a long-idle guest cannot starve the others.
   */
  private wake(g: GuestRuntime): void {
    let min = Infinity;
    for (const o of this.guests) if (o !== g && (o.vcpusBusy > 0 || o.ready.length > 0) && o.vruntime < min) min = o.vruntime;
    if (min !== Infinity) g.vruntime = Math.max(g.vruntime, min - BATCH_TARGET_NS);
  }

  private retire(w: number, t: Task): void {
    this.workers.release(w);
    t.live--;
  }

  /** Puts ready workers on free cores: the guest that has had the least CPU goes first. */
  private dispatch(): void {
    const guests = this.guests;
    while (this.coresFree > 0) {
      let best: GuestRuntime | null = null;
      for (let i = 0; i < guests.length; i++) {
        const g = guests[i] as GuestRuntime;
        if (
          g.ready.length > 0 &&
          g.vcpusBusy < g.vcpus &&
          (best === null || g.vruntime < best.vruntime) &&
          !g.pausedAt(this.now) &&
          (g.capBudgetNs === Infinity || this.mayRun(g))
        )
          best = g;
      }
      if (best === null) break;
      const w = best.ready.shift() as number;
      const t = this.tasks[this.workers.task[w] as number] as Task;
      if (t.ended) {
        this.retire(w, t);
        continue;
      }
      const remaining = this.workers.remaining[w] as number;
      const slice = remaining > QUANTUM_NS ? QUANTUM_NS : remaining;
      const burst = best.capBudgetNs === Infinity ? slice : Math.min(slice, best.capLeftNs(this.now));
      best.capUsedNs += burst;
      this.workers.slice[w] = burst;
      best.vcpusBusy++;
      best.burstsRunning++;
      best.burstStartSum += this.now;
      best.vruntime += burst * best.vruntimePerNs;
      this.coresFree--;
      this.queue.push(this.now + burst, Ev.CpuDone, w);
    }
    // vCPUs that are ready while every core is taken are being stolen from.
    if (this.coresFree <= 0) {
      for (const g of guests) g.setWaiting(this.now, Math.min(g.ready.length, g.vcpus - g.vcpusBusy));
    }
  }

  /**
   * Whether a guest may take a core: not when it has used its cap for this period (Xen's
   * credit cap, CFS bandwidth control) — then its ready workers wait for the next period.
   */
  private mayRun(g: GuestRuntime): boolean {
    if (g.capLeftNs(this.now) > 0) return true;
    if (!g.capRefillQueued) {
      g.capRefillQueued = true;
      this.at(g.capPeriodEndNs, () => (g.capRefillQueued = false));
    }
    return false;
  }

  private onSample(): void {
    for (const g of this.guests) {
      const n = g.runnable();
      for (let i = 0; i < 3; i++) g.load[i] = (g.load[i] as number) * LOAD_DECAY[i]! + n * (1 - LOAD_DECAY[i]!);
    }
    for (const t of this.tasks) {
      if (t.ended && t.endNs < this.sampledAtNs) continue;
      const total = t.cpuTotalNs;
      t.cpuLastSecond = total - t.cpuAtSample;
      t.cpuAtSample = total;
    }
    this.sampledAtNs = this.now;
    this.queue.push(this.now + SAMPLE_NS, Ev.Sample, 0);
  }

  /** CPU the platform itself has spent by now (its own timer ticks and work), by layer and exit reason. */
  background(): { ns: Float64Array; exits: Float64Array } {
    const bg = this.model.backgroundPerSecond();
    const seconds = this.now / 1e9;
    const ns = new Float64Array(LAYER_COUNT);
    const exits = new Float64Array(EXIT_REASON_COUNT);
    addScaled(ns, bg.ns, seconds);
    addScaled(ns, this.hostWorkNs, 1);
    addScaled(exits, bg.exits, seconds);
    return { ns, exits };
  }

  /** Cores that are not running anything now. */
  get idleCores(): number {
    return Math.max(0, this.coresFree);
  }
}

function limits(r: TaskRequest): { maxTransactions?: number; maxDurationNs?: number } {
  return {
    ...(r.maxTransactions === undefined ? {} : { maxTransactions: r.maxTransactions }),
    ...(r.maxDurationNs === undefined ? {} : { maxDurationNs: r.maxDurationNs }),
  };
}
