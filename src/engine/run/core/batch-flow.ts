/**
 * A worker's way through its task, batch after batch: it is launched, starts a batch
 * (unless its task may not start one now), takes the CPU in bursts (cpu-scheduler.ts),
 * charges the CPU it used, waits for dom0's back-end work where the platform has a driver
 * domain of its own (driver-domain.ts), meets the devices (device-stage.ts), completes its
 * transactions into its task's and guest's figures, and issues its next request as its
 * task's clients do — at once, after a think time, or at its next arrival.
 */
import { LatencyHistogram } from '../../metrics/latency-histogram.ts';
import { addScaled } from '../../platforms/cost-path.ts';
import { exponentialNs, openGapNs } from '../../workloads/client-model.ts';
import type { CoreHooks } from './core-interface.ts';
import type { CpuScheduler } from './cpu-scheduler.ts';
import type { DeviceStage } from './device-stage.ts';
import type { DriverDomain } from './driver-domain.ts';
import type { GuestRuntime } from './guest-runtime.ts';
import { addAt, type Job } from './job.ts';
import { Task } from './task.ts';
import type { WorkerTable } from './worker-table.ts';

/** What the flow reads from the core around it (SimulationCore). */
export interface FlowCore {
  readonly now: number;
  readonly guests: readonly GuestRuntime[];
  readonly tasks: Task[];
  readonly workers: WorkerTable;
  readonly scheduler: CpuScheduler;
  readonly hooks: CoreHooks;
  readonly mayStartBatch: ((t: Task) => boolean) | null;
  endTask(t: Task): void;
}

/** Where the flow hands back to the core: the event queue, its events, a guest's lifecycle. */
export interface FlowOutlets {
  /** Worker `w`'s batch completes at `atNs` (an event). */
  jobDoneAt(atNs: number, w: number): void;
  /** Worker `w`'s next request is issued at `atNs` (an event, not a timer's closure: there is one per request). */
  requestAt(atNs: number, w: number): void;
  /** A worker of task `t` finished a batch of `transactions`. */
  batchDone(t: Task, transactions: number): void;
  /** The boot of `g` has done all its requests. */
  booted(g: GuestRuntime): void;
}

export class BatchFlow {
  /** Workers waiting until `releaseHeld()` (core.mayStartBatch said no). */
  private readonly held: number[] = [];
  /** By guest index: workers whose batch finished while their guest was paused without an end (xm pause), until it resumes. */
  private readonly pausedDone = new Map<number, number[]>();

  constructor(
    private readonly core: FlowCore,
    private readonly devices: DeviceStage,
    /** dom0, on platforms whose driver domain is scheduled on its own (else null). */
    private readonly driverDomain: DriverDomain | null,
    private readonly out: FlowOutlets,
  ) {}

  /** Starts task `t`'s workers in `g`: the saturating ones take a batch now, clients issue their first request. */
  launch(g: GuestRuntime, o: ConstructorParameters<typeof Task>[2]): Task {
    const { core } = this;
    const t = new Task(core.tasks.length, g.index, o);
    t.startNs = core.now;
    core.tasks.push(t);
    g.tasks.push(t);
    for (let i = 0; i < t.workerCount; i++) {
      t.live++;
      const w = core.workers.alloc(t.id);
      if (t.clients.kind === 'saturating') this.startBatch(w, t);
      else {
        t.addClient(w, i);
        core.workers.start[w] = core.now;
        this.nextRequest(w, t);
      }
    }
    return t;
  }

  /** A burst of worker `w` ended now: its CPU is charged; it goes back for more CPU, or on to dom0 or the devices. */
  burstDone(w: number): void {
    const { core } = this;
    const now = core.now;
    const workers = core.workers;
    const t = this.taskOf(w);
    const g = this.guestOf(t);
    const job = t.job as NonNullable<Task['job']>;
    const slice = workers.slice[w] as number;
    // This slice's share of the job's costs (a job longer than a quantum runs in several).
    // (Slices add up to burstNs × scale, so the shares add up to the batch's scale.)
    const share = slice / job.burstNs;
    addScaled(g.cpuNs, job.vcpuNs, share);
    t.cpuTotalNs += slice;
    if (t.kind === 'command') addScaled(t.cpuNs, job.vcpuNs, share);
    addAt(g.exits, job.cost.exits, share, job.exitIndices);
    g.ticksCharged += job.ticks * share;
    const left = (workers.remaining[w] as number) - slice;
    workers.remaining[w] = left;
    if (left > 0 && !t.ended) {
      core.scheduler.burstCut(g, w, slice, now);
      return;
    }
    core.scheduler.burstEnded(g, w, slice, now);
    workers.backendFrom[w] = now;
    if (job.backendNs > 0 && this.driverDomain) this.driverDomain.submit(w);
    else this.backendDone(w);
  }

  /** The back-end's work for worker `w`'s batch is done (dom0 ran it, or there is none): its CPU is charged, and the batch meets the devices. */
  backendDone(w: number): void {
    const { core } = this;
    const now = core.now;
    const t = this.taskOf(w);
    const g = this.guestOf(t);
    const job = t.job as NonNullable<Task['job']>;
    if (job.backendNs > 0) {
      // dom0's CPU, by layer, on the account of the guest it worked for.
      const scale = core.workers.scale[w] as number;
      addScaled(g.cpuNs, job.cost.backendNs, scale);
      if (t.kind === 'command') addScaled(t.cpuNs, job.cost.backendNs, scale);
    }
    const done = this.devices.submit(w, g, t, job, now);
    if (done > now) this.out.jobDoneAt(done, w);
    else this.jobDone(w);
  }

  /** Worker `w`'s batch is done with the devices: its transactions count, and it goes on. */
  jobDone(w: number): void {
    const { core } = this;
    const now = core.now;
    const t = this.taskOf(w);
    const g = this.guestOf(t);
    // Counted once the wait is over (a paused guest's batch comes back here later: its wait is counted once).
    g.ioWaitNs += core.workers.ioWaitNs[w] as number;
    core.workers.ioWaitNs[w] = 0;
    if (t.kind === 'boot') {
      // The boot goes on request by request until all its pieces are done.
      t.transactions += 1;
      if (!t.ended && !t.reachedLimit(now)) return this.startBatch(w, t);
      this.retire(w, t);
      core.endTask(t);
      if (g.state === 'booting') this.out.booted(g);
      return;
    }
    if (t.ended) return this.retire(w, t);
    // A paused guest cannot see its batch finish: it completes when the guest runs again.
    if (g.pausedAt(now)) {
      if (g.pausedUntilNs === Infinity) this.pausedDoneOf(g).push(w);
      else this.out.jobDoneAt(g.pausedUntilNs, w);
      return;
    }
    const job = t.job as NonNullable<Task['job']>;
    const tx = job.transactions * (core.workers.scale[w] as number);
    // A worker runs its batch's transactions one after another: each took its share.
    const perTx = (now - (core.workers.start[w] as number)) / job.transactions;
    const bucket = LatencyHistogram.bucketOf(perTx);
    t.transactions += tx;
    t.latency.record(bucket, tx);
    if (t.kind === 'scenario') {
      g.transactions += tx;
      g.latency.record(bucket, tx);
      this.accountBatch(g, w, job);
    }
    this.out.batchDone(t, tx);
    if (t.reachedLimit(now)) {
      // A scenario workload with a fixed amount of work is done: its throughput is over the time it took.
      if (t.kind === 'scenario') g.operationsDone(now);
      core.endTask(t);
      return this.retire(w, t);
    }
    this.nextRequest(w, t);
  }

  /** `g` runs again, or went down, after a pause without an end: the batches that finished meanwhile complete now. */
  resumed(g: GuestRuntime): void {
    const done = this.pausedDone.get(g.index);
    if (!done) return;
    this.pausedDone.delete(g.index);
    for (const w of done) this.out.jobDoneAt(this.core.now, w);
  }

  private pausedDoneOf(g: GuestRuntime): number[] {
    let done = this.pausedDone.get(g.index);
    if (!done) this.pausedDone.set(g.index, (done = []));
    return done;
  }

  /** Lets the held workers start their next batches again. */
  releaseHeld(): void {
    for (const w of this.held.splice(0)) this.startBatch(w, this.taskOf(w));
  }

  /** Worker `w` leaves task `t` (its task ended, or reached its limit). */
  retire(w: number, t: Task): void {
    t.releaseClient(w);
    this.core.workers.release(w);
    t.live--;
  }

  private taskOf(w: number): Task {
    return this.core.tasks[this.core.workers.task[w] as number] as Task;
  }

  private guestOf(t: Task): GuestRuntime {
    return this.core.guests[t.guestIndex] as GuestRuntime;
  }

  /**
   * A worker's next request, as its task's clients issue them (workloads/client-model.ts): at
   * once; after a think time; or at its next arrival — which may have passed, so the request
   * has waited since (its response time counts from its arrival).
   */
  private nextRequest(w: number, t: Task): void {
    const { core } = this;
    const c = t.clients;
    if (c.kind === 'saturating') return this.startBatch(w, t);
    const gap = exponentialNs(c.kind === 'think-time' ? c.meanThinkNs : openGapNs(c, t.workerCount), t.clientDraw(w));
    const issued = (c.kind === 'think-time' ? core.now : (core.workers.start[w] as number)) + gap;
    if (issued <= core.now) return this.startBatch(w, t, issued);
    // Until it is issued the worker has no batch: its start holds the request's issue time.
    core.workers.start[w] = issued;
    this.out.requestAt(issued, w);
  }

  /** Worker `w`'s request, issued later (nextRequest), is due now. */
  requestDue(w: number): void {
    const t = this.taskOf(w);
    if (t.ended) this.retire(w, t);
    else this.startBatch(w, t, this.core.workers.start[w]);
  }

  /** Starts worker `w`'s next batch; its response time counts from `issuedNs` (now, unless a request waited). */
  private startBatch(w: number, t: Task, issuedNs = this.core.now): void {
    const { core } = this;
    if ((t.asleep || (core.mayStartBatch && !core.mayStartBatch(t))) && !t.ended) {
      this.held.push(w);
      return;
    }
    const g = this.guestOf(t);
    const workers = core.workers;
    const scale = t.nextScale();
    workers.scale[w] = scale;
    workers.start[w] = issuedNs;
    workers.remaining[w] = (t.job?.burstNs ?? 0) * scale;
    workers.readyNs[w] = 0;
    workers.ownQueueNs[w] = 0;
    // It waited (or starts afresh): its kernel switches it in with a whole quantum.
    workers.ranNs[w] = 0;
    core.scheduler.enqueue(g, w, core.now);
  }

  /** A completed batch of the scenario workload: where its time went, into the guest's account. */
  private accountBatch(g: GuestRuntime, w: number, job: Job): void {
    const wt = this.core.workers;
    const scale = wt.scale[w] as number;
    const backendFrom = wt.backendFrom[w] as number;
    const ioFrom = wt.ioFrom[w] as number;
    const readyNs = wt.readyNs[w] as number;
    const diskNs = wt.diskWaitNs[w] as number;
    const swapNs = wt.swapWaitNs[w] as number;
    const nicNs = wt.nicWaitNs[w] as number;
    const peerNs = job.wireNs * scale;
    g.account.record(job, scale, backendFrom - (wt.start[w] as number) - readyNs, {
      readyNs,
      ownQueueNs: wt.ownQueueNs[w] as number,
      // From the burst's end to the devices: dom0's run of its work, and its wait for dom0 before.
      driverDomainNs: ioFrom - backendFrom - job.backendNs * scale,
      diskNs,
      swapNs,
      nicNs,
      peerNs,
      pausedNs: this.core.now - ioFrom - diskNs - swapNs - nicNs - peerNs,
    });
  }
}
