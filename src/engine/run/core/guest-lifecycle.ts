/**
 * A guest's lifecycle in the core: admitted (or refused), firmware, boot, running, stopped,
 * crashed, started again, and a refused guest tried again. Each change is published as
 * `guestStateChanged`; the work a state runs (the boot's requests, the scenario workload)
 * goes through the batch flow like any task's.
 */
import { DEFAULT_BLKIO_WEIGHT } from '../../calibration/cpu-scheduling.ts';
import type { QueuedDevice } from '../../hardware/queued-device.ts';
import type { GuestState } from '../../metrics/results.ts';
import type { PlatformModel } from '../../platforms/platform-model.ts';
import type { GuestSpec, Scenario } from '../../scenario/schema.ts';
import type { Rng } from '../../sim/rng.ts';
import { permanentRefusal, refusalNow } from './admission.ts';
import type { BatchFlow } from './batch-flow.ts';
import type { CoreHooks } from './core-interface.ts';
import type { CpuScheduler } from './cpu-scheduler.ts';
import { GuestRuntime } from './guest-runtime.ts';
import { JobPool } from './job-pool.ts';
import type { Job } from './job.ts';
import type { Task } from './task.ts';

/** What the lifecycle reads from the core around it (SimulationCore). */
export interface LifecycleCore {
  readonly now: number;
  readonly scenario: Scenario;
  readonly model: PlatformModel;
  readonly hooks: CoreHooks;
  readonly guests: GuestRuntime[];
  readonly scheduler: CpuScheduler;
  readonly disk: QueuedDevice;
  readonly nic: QueuedDevice;
  endTask(t: Task): void;
}

/** Where the lifecycle hands back to the core: its event queue and its event bus. */
export interface LifecycleOutlets {
  /** Guest `index`'s firmware is done at `atNs` (an event). */
  firmwareDoneAt(atNs: number, index: number): void;
  stateChanged(g: GuestRuntime, from: GuestState | null): void;
}

export class GuestLifecycle {
  /** The guests' jobs, one for each kind (job-pool.ts). */
  private readonly jobs = new JobPool();

  constructor(
    private readonly core: LifecycleCore,
    /** Native's model: a guest's paths on its dedicated server, which size its batches. */
    private readonly nativeModel: PlatformModel,
    private readonly rootRng: Rng,
    private readonly flow: BatchFlow,
    private readonly out: LifecycleOutlets,
  ) {}

  /** Adds a guest and powers it on (if the platform admits it; `powerOn` false: only installed, stopped); returns its runtime. */
  admit(spec: GuestSpec, powerOn = true): GuestRuntime {
    const { core } = this;
    const permanent = permanentRefusal(core.model, spec);
    const planned = permanent === null ? core.model.plan(spec) : null;
    const reason = permanent ?? refusalNow(core.model, core.hooks, core.guests, planned?.memoryMiB ?? {});
    const plan = reason === null ? planned : null;
    const index = core.guests.length;
    const g = new GuestRuntime(index, spec, plan, reason, core.scenario.host, this.nativeModel.plan(spec).paths, this.rootRng.split(spec.name), this.jobs);
    core.guests.push(g);
    core.scheduler.addGuest(g);
    core.disk.addFlow((spec.limits?.blkioWeight ?? DEFAULT_BLKIO_WEIGHT) / DEFAULT_BLKIO_WEIGHT);
    core.nic.addFlow();
    if (plan && powerOn) this.powerOn(g, plan.firmwareNs);
    else if (plan) g.installed();
    this.out.stateChanged(g, null);
    return g;
  }

  /**
   * Admits a guest refused earlier for what may have changed since (the memory that was not
   * free, the cap on powered-on VMs): planned now and stopped, ready to start. Returns why it
   * still cannot run (a refusal of the platform's own stays), or null.
   */
  readmit(g: GuestRuntime): string | null {
    const { core } = this;
    if (g.state !== 'refused') return null;
    const permanent = permanentRefusal(core.model, g.spec);
    if (permanent) return permanent;
    const plan = core.model.plan(g.spec);
    const why = refusalNow(core.model, core.hooks, core.guests, plan.memoryMiB);
    if (why) return why;
    g.admitted(plan);
    // It joins the scheduler now (a refused guest never did): the host's busy clock, its idle ticks.
    core.scheduler.addGuest(g);
    this.out.stateChanged(g, 'refused');
    return null;
  }

  /** A running or booting guest goes down (shut down, or crashed for `reason`): its tasks end now. */
  halt(g: GuestRuntime, state: 'stopped' | 'crashed', reason: string | null): void {
    const { core } = this;
    const from = g.state;
    if (from !== 'running' && from !== 'booting') return;
    // endTask takes each out of g.tasks: walk a copy.
    for (const t of [...g.tasks]) core.endTask(t);
    g.tasks.length = 0;
    g.stopped(core.now, state, reason);
    g.setWaiting(core.now, 0);
    // A pause under way ends with it: batches that finished during it retire with their ended tasks.
    const paused = g.pausedUntilNs > core.now;
    g.endPause(core.now);
    if (paused) core.scheduler.pauseEnded(core.guests, core.now);
    this.flow.resumed(g);
    this.out.stateChanged(g, from);
  }

  /** Powers a stopped guest on again: firmware, boot, then its workload. Returns why not (the product's cap on powered-on VMs, memory that is not free), or null. */
  start(g: GuestRuntime): string | null {
    const { core } = this;
    const from = g.state;
    if ((from !== 'stopped' && from !== 'crashed') || !g.plan) return null;
    // Others may have been powered on while it was down: the product's cap counts it again, and a platform that does
    // not overcommit checks its memory again.
    const capped = refusalNow(core.model, core.hooks, core.guests, g.plan.memoryMiB);
    if (capped) return capped;
    g.state = 'booting';
    g.crashReason = null;
    g.pressure.restarted();
    this.powerOn(g, g.plan.firmwareNs);
    this.out.stateChanged(g, from);
    return null;
  }

  /** Power-ons so far on this host: each gets the next number (domain ids start at 1; 0 is the host's own). */
  private powerOns = 0;

  private powerOn(g: GuestRuntime, firmwareNs: number): void {
    g.poweredOn(this.core.now, ++this.powerOns);
    this.out.firmwareDoneAt(this.core.now + firmwareNs, g.index);
  }

  /** The firmware is done: the kernel boots, as requests of its own (boot-requests.ts). */
  firmwareDone(g: GuestRuntime): void {
    if (g.state !== 'booting') return;
    g.kernelStarted(this.core.now, this.core.disk.busyNsOf(g.index));
    this.flow.launch(g, { command: 'boot', kind: 'boot', workload: null, job: g.bootJob, workers: 1, rng: null, maxTransactions: g.bootRequests });
  }

  /** The boot is done: the guest runs, and its scenario workload starts (unless the OOM killer took it). */
  booted(g: GuestRuntime): void {
    g.workloadStarted(this.core.now);
    this.out.stateChanged(g, 'booting');
    if (g.pressure.workloadKilled) return;
    const operations = g.spec.workload.operations;
    this.flow.launch(g, {
      command: g.workload.label,
      kind: 'scenario',
      workload: g.workload,
      job: this.scenarioJob(g),
      workers: g.workers,
      rng: g.rng,
      clients: g.clients,
      ...(operations === undefined ? {} : { maxTransactions: operations }),
    });
  }

  /**
   * The scenario workload's job: its packets go to the peer guest it names (a booting peer
   * will answer), else to a remote machine — also when the peer was refused or is down.
   */
  private scenarioJob(g: GuestRuntime): Job | null {
    const peer = g.spec.workload.peer;
    const { hooks } = this.core;
    if (peer === undefined || !g.workloadJob || !hooks.peerJob) return g.workloadJob;
    const job = hooks.peerJob(g, peer, g.workload.perTx, g.workloadJob.transactions, { acceptBooting: true });
    return typeof job === 'string' ? g.workloadJob : job;
  }
}
