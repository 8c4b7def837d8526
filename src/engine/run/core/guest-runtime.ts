/**
 * One guest's state during a run: its price list, its lifecycle (booting, running,
 * stopped, crashed), its tasks, the CPU it has consumed, and its workers' queue for a vCPU.
 */
import { NO_BASELINE, type KernelBaseline } from './kernel-baseline.ts';
import { CAP_PERIOD_NS, DEFAULT_CPU_SHARES } from '../../calibration/cpu-scheduling.ts';
import { DirtyThrottle } from './dirty-throttle.ts';
import { DiskActivity } from './disk-activity.ts';
import { GuestPressure } from './guest-pressure.ts';
import { addScaled } from '../../platforms/cost-path.ts';
import type { OpPaths } from '../../platforms/op-paths.ts';
import type { GuestPlan } from '../../platforms/platform-model.ts';
import type { GuestSpec, HostSpec } from '../../scenario/schema.ts';
import { EXIT_REASON_COUNT } from '../../metrics/exit-reasons.ts';
import { LAYER_COUNT } from '../../metrics/layers.ts';
import { LatencyHistogram } from '../../metrics/latency-histogram.ts';
import { LoadAverages } from './load-averages.ts';
import type { GuestState } from '../../metrics/results.ts';
import type { Rng } from '../../sim/rng.ts';
import { workloadOf, type WorkloadDef } from '../../workloads/catalog.ts';
import { clientModel, type ClientModel } from '../../workloads/client-model.ts';
import { bootRequests } from './boot-requests.ts';
import { batchSize, makeJob, type Job } from './job.ts';
import type { JobPool } from './job-pool.ts';
import { RunQueueTime } from './run-queue-time.ts';
import { SaturationClock } from './saturation-clock.ts';
import type { Task } from './task.ts';
import { TransactionAccount } from './transaction-account.ts';

/** Where a ticking guest's idle vCPUs are summed for the busy cores that serve their ticks (owed-ticks.ts). */
export interface OwedTickLedger {
  /** `g`'s idle vCPUs are about to change; it has settled its integral. */
  changed(g: GuestRuntime): void;
  /** Ticks `g` took on busy cores by `now`, each a switch into it and back. */
  switchesOf(g: GuestRuntime, now: number): number;
  /** Adds those switches to `g`'s CPU by layer and exits. */
  addSwitches(g: GuestRuntime, now: number, ns: Float64Array, exits: Float64Array): void;
}


export class GuestRuntime {
  state: GuestState;
  readonly workload: WorkloadDef;
  /** How the scenario workload's clients issue requests. */
  readonly clients: ClientModel;
  /** Workers of the scenario's workload. */
  readonly workers: number;
  /** Workers that may run at once: the guest's vCPUs (for a container, its CPU limit). */
  readonly vcpus: number;
  vcpusBusy = 0;
  /** Paused (a migration's stop-and-copy, a container frozen for its checkpoint) from, until: nothing of it runs or completes. */
  pausedFromNs = 0;
  pausedUntilNs = 0;
  /** Time of its ended pauses without an end (xm pause … unpause), ns: its kernel did not run, nor tick, meanwhile. */
  private pausedNsBefore = 0;
  /** Workers waiting for a vCPU, oldest first. */
  readonly ready: number[] = [];
  /** It woke from having nothing to run and has not had a core since: a running guest's slice does not keep it waiting. */
  woken = false;
  /** When it last had nothing to run (−1: never). */
  idleFromNs = -1;
  /** Switches of a core to this guest from another (its idle ticks' switches on busy cores aside: switchesAt). */
  guestSwitches = 0;
  /**
   * Idle vCPU time while every core was busy, ns, up to the `saturation` reading `idleBusyFrom`:
   * on a shared host a ticking kernel's idle vCPUs then take busy cores (owed-ticks.ts, which
   * is `owedTicks` once the guest joins it, at `owedTickSlot`).
   */
  idleBusyNs = 0;
  idleBusyFrom = 0;
  owedTicks: OwedTickLedger | null = null;
  owedTickSlot = -1;
  /** CPU consumed, for fair sharing between guests, weighted by the guest's shares. It only grows: the scheduler's heaps rely on it (guest-heap.ts). */
  vruntime = 0;
  /** Its CPU weight (cgroup shares; a Xen credit weight is a quarter) and cap (% of one core, null: none) now: the scenario's, or set while it runs. */
  cpuShares = DEFAULT_CPU_SHARES;
  cpuCapPercent: number | null = null;
  /** Its memory limit now (a container's cgroup limit, a zone's cap; null: none): the scenario's, or set while it runs (docker update -m). */
  memoryLimitMiB: number | null;
  /** How fast vruntime advances per ns of CPU: the default weight over the guest's (CFS, Xen credit weight). */
  vruntimePerNs = 1;
  /** CPU the guest may use per cap period, all vCPUs together (Infinity: no cap), what it used in this period, and when the period ends. */
  capBudgetNs = Infinity;
  capUsedNs = 0;
  capPeriodEndNs = 0;
  /** A refill event is queued for the end of the period the guest is throttled in. */
  capRefillQueued = false;

  /** Memory under pressure: allocations, what sharing, ballooning and swapping did, OOM kills. */
  readonly pressure = new GuestPressure();
  /** What the guest holds on the host now, by part (null: not holding memory, or not yet balanced). */
  residentMiB: Record<string, number> | null = null;

  /** Its workers' waiting in its run queue over time, and where its scenario workload's time per transaction went. */
  readonly runQueue = new RunQueueTime();
  readonly account = new TransactionAccount();
  /** CPU by layer and exits, all tasks together. */
  readonly cpuNs = new Float64Array(LAYER_COUNT);
  readonly exits = new Float64Array(EXIT_REASON_COUNT);
  /** The scenario workload's transactions and response times, across restarts. */
  readonly latency = new LatencyHistogram();
  transactions = 0;
  /** The tasks alive now (boot, scenario workload, commands' workloads). */
  readonly tasks: Task[] = [];
  /** Tasks started by commands so far: names their random streams. */
  commandTasks = 0;

  /** When it last went down (−1: never). */
  stoppedAtNs = -1;
  /**
   * The number the platform gave it when it was last powered on (0: never): a Xen domain id,
   * a libvirt Id, a zone id — counted over the host's power-ons, so a guest started again gets
   * a new one. Its CPU by layer then (ns), from which a new domain's time counts.
   */
  domainId = 0;
  cpuAtPowerOn: Float64Array = new Float64Array(LAYER_COUNT);
  /** When the running kernel started ticking (−1: none), and kernel time of earlier runs. */
  kernelStartNs = -1;
  private kernelNsBefore = 0;
  /** When the workload last started (−1: not running), and running time of earlier runs. */
  runningSinceNs = -1;
  private runningNsBefore = 0;
  /** When the workload first started: the end of the first boot (−1: not yet). */
  firstRunningNs = -1;
  /** Timer ticks already charged with completed CPU bursts. */
  ticksCharged = 0;
  /** Bursts on a vCPU now, and the sum of their start times (their elapsed vCPU time is n × now − sum). */
  burstsRunning = 0;
  burstStartSum = 0;
  /** vCPU time spent ready to run while every core was busy (steal), ns; how many vCPUs wait now, since which reading of `saturation`. */
  stealNs = 0;
  /** Disk waits its kernel counts as I/O wait (device-stage.ts), ns, counted as each wait ends. */
  ioWaitNs = 0;
  /** Its requests' time in flight and latencies, as its block layer counts them (iostat). */
  readonly disk = new DiskActivity();
  /** Its kernel's hold on writers that dirty faster than writeback (null: none modelled; until it is planned). */
  dirty: DirtyThrottle | null = null;
  private waitingVcpus = 0;
  private waitingFrom = 0;
  /** The host's busy-cores clock (the scheduler's, once the guest joins it). */
  saturation = new SaturationClock();

  /** Load averages over 1, 5 and 15 minutes of its runnable workers and of its runnable vCPUs (updated each second). */
  readonly loads = new LoadAverages();

  /** One piece of the boot (a disk read with its share of the boot's CPU work), and how many pieces the boot is. */
  bootJob: Job | null = null;
  bootRequests = 0;
  workloadJob: Job | null = null;

  constructor(
    readonly index: number,
    readonly spec: GuestSpec,
    /** How the platform runs it; null while it is refused. */
    public plan: GuestPlan | null,
    /** Why the platform refused it, or null. */
    public reason: string | null,
    readonly host: HostSpec,
    readonly nativePaths: OpPaths,
    readonly rng: Rng,
    /** Where a guest whose jobs are another's shares them (job-pool.ts). */
    private readonly jobs: JobPool,
  ) {
    this.workload = workloadOf(spec.workload);
    this.clients = clientModel(spec.workload);
    const c = this.workload.concurrency;
    this.workers = spec.workload.concurrency ?? ('fixed' in c ? c.fixed : c.perVcpu * spec.vcpus);
    this.vcpus = spec.vcpus;
    this.setCpuLimits(spec.limits?.cpuShares ?? DEFAULT_CPU_SHARES, spec.limits?.cpuCapPercent ?? null);
    this.memoryLimitMiB = spec.limits?.memoryMiB ?? null;
    this.state = plan ? 'booting' : 'refused';
    if (plan) this.makeJobs(plan);
  }

  /** Its CPU weight and cap (the scheduler applies them from its next burst: SimulationCore.setCpuLimits). */
  setCpuLimits(shares: number, capPercent: number | null): void {
    this.cpuShares = shares;
    this.cpuCapPercent = capPercent;
    this.vruntimePerNs = DEFAULT_CPU_SHARES / shares;
    this.capBudgetNs = capPercent === null ? Infinity : (capPercent / 100) * CAP_PERIOD_NS;
  }

  /** A guest refused earlier is admitted (what refused it has changed): planned now, and stopped until it is started. */
  admitted(plan: GuestPlan): void {
    this.plan = plan;
    this.reason = null;
    this.state = 'stopped';
    this.makeJobs(plan);
  }

  private makeJobs(plan: GuestPlan): void {
    this.dirty = plan.dirtyLimitBytes === Infinity ? null : new DirtyThrottle(plan.dirtyLimitBytes);
    const boot = bootRequests(plan.boot);
    this.bootRequests = boot.count;
    this.bootJob = this.jobs.shared(makeJob(plan, boot.unit, 1, 1, this.host));
    // A client that thinks or arrives issues one request at a time: each is simulated on its own.
    const perBatch = Math.min(batchSize(this.nativePaths, this.workload.perTx, this.host), this.clients.kind === 'saturating' ? Infinity : 1);
    this.workloadJob = perBatch > 0 && this.workers > 0 ? this.jobs.shared(makeJob(plan, this.workload.perTx, perBatch, perBatch, this.host)) : null;
  }

  /** Admitted but not powered on: it waits, stopped, for a start. */
  installed(): void {
    this.state = 'stopped';
  }

  /** It is powered on as the host's `domainId`-th power-on, at `now`. */
  poweredOn(now: number, domainId: number): void {
    this.domainId = domainId;
    this.cpuAtPowerOn = this.totals(now).ns.slice();
  }

  /** The kernel starts: boot begins after the firmware. */
  kernelStarted(now: number, deviceBusyNs: number): void {
    this.noteRunnable(now);
    this.kernelStartNs = now;
    this.atKernelStart = {
      cpuNs: this.totals(now).ns,
      stealNs: this.stealAt(now),
      ioWaitNs: this.ioWaitNs,
      ticks: this.ticksCharged + this.idleTicks(now),
      diskBusyNs: this.disk.busyAt(now),
      diskAwaitNs: this.disk.awaitNs,
      deviceBusyNs,
    };
    // A kernel's load averages start from nothing.
    this.loads.workers.fill(0);
  }

  /** What its counters held when the running kernel started: that kernel's own views count from here. */
  atKernelStart: KernelBaseline = NO_BASELINE;

  /** The boot finished: the workload runs from now. */
  workloadStarted(now: number): void {
    this.state = 'running';
    this.runningSinceNs = now;
    this.operationsDoneNs = -1;
    if (this.firstRunningNs < 0) this.firstRunningNs = now;
  }

  /** When the workload of this boot did all its `operations`, ns (-1: not yet, or it has no such bound). */
  operationsDoneNs = -1;

  /** The workload did all its `operations` at `now`: it stops; the guest stays up. */
  operationsDone(now: number): void {
    this.operationsDoneNs = now;
    this.workloadFinished(now);
  }

  /** Its workload stops running at `now` (it did all its `operations`, or the guest went down): its running time stops. */
  workloadFinished(now: number): void {
    if (this.runningSinceNs >= 0) this.runningNsBefore += now - this.runningSinceNs;
    this.runningSinceNs = -1;
  }

  /** Why the guest went down, while it is `crashed`. */
  crashReason: string | null = null;

  /** The guest is shut down (or crashed): its kernel and workload stop at `now`. */
  stopped(now: number, state: 'stopped' | 'crashed' = 'stopped', reason: string | null = null): void {
    this.noteRunnable(now);
    this.stoppedAtNs = now;
    if (this.kernelStartNs >= 0) this.kernelNsBefore += now - this.kernelStartNs;
    this.kernelStartNs = -1;
    this.workloadFinished(now);
    this.state = state;
    this.crashReason = reason;
  }

  /** Time the scenario's workload has been running, all runs together, ns. */
  runningNs(now: number): number {
    return this.runningNsBefore + (this.runningSinceNs >= 0 ? now - this.runningSinceNs : 0);
  }

  /**
   * Ticks this guest's kernel has taken on idle vCPUs by `now` (a periodic kernel's idle vCPUs still tick):
   * all its ticks, less those charged with completed bursts and those inside bursts still
   * running (which their bursts will charge). Reading it changes nothing.
   */
  idleTicks(now: number): number {
    if (!this.plan) return 0;
    const pausedNs = this.pausedNsBefore + (this.pausedUntilNs === Infinity && now > this.pausedFromNs ? now - this.pausedFromNs : 0);
    const kernelNs = this.kernelNsBefore + (this.kernelStartNs >= 0 ? now - this.kernelStartNs : 0) - pausedNs;
    const hz = this.plan.tickHz / 1e9;
    const inFlight = hz * (this.burstsRunning * now - this.burstStartSum);
    // Counted at the busy rate, then at the idle one (a tickless kernel's idle vCPUs barely tick).
    return Math.max(0, hz * this.vcpus * kernelNs - this.ticksCharged - inFlight) * (this.plan.idleTickHz / this.plan.tickHz);
  }

  /** Adds the idle vCPU time while every core was busy up to `now`: call before the guest's runnable workers change. */
  noteRunnable(now: number): void {
    if (!this.owedTicks) return;
    const busy = this.saturation.at(now);
    this.idleBusyNs += this.idleVcpus() * (busy - this.idleBusyFrom);
    this.idleBusyFrom = busy;
    this.owedTicks.changed(this);
  }

  /** vCPUs with nothing to run (no worker on them or waiting for them) while the kernel runs (not while it is paused without an end). */
  idleVcpus(): number {
    return this.kernelStartNs < 0 || this.pausedUntilNs === Infinity ? 0 : Math.max(0, this.vcpus - this.runnable());
  }

  /** Idle vCPU time while every core was busy, up to `now`, ns. */
  idleBusyNsAt(now: number): number {
    return this.idleBusyNs + this.idleVcpus() * (this.saturation.at(now) - this.idleBusyFrom);
  }

  /** Switches of a core to this guest by `now`, those for its idle ticks on busy cores included. */
  switchesAt(now: number): number {
    return this.guestSwitches + (this.owedTicks?.switchesOf(this, now) ?? 0);
  }

  /** Updates steal accounting: `waiting` vCPUs are ready with no vCPU of theirs busy from `now` on; they steal while every core is busy. */
  setWaiting(now: number, waiting: number): void {
    const busy = this.saturation.at(now);
    this.stealNs += this.waitingVcpus * (busy - this.waitingFrom);
    this.waitingVcpus = waiting;
    this.waitingFrom = busy;
  }

  /** Steal time including the current wait, ns. */
  stealAt(now: number): number {
    return this.stealNs + this.waitingVcpus * (this.saturation.at(now) - this.waitingFrom);
  }

  /** A pause under way, or still to come, ends at `now` (it was resumed, or went down). */
  endPause(now: number): void {
    if (this.pausedUntilNs === Infinity) {
      // Its idle vCPUs tick again: the time they did not is settled first.
      this.noteRunnable(now);
      if (now > this.pausedFromNs) this.pausedNsBefore += now - this.pausedFromNs;
    }
    this.pausedUntilNs = Math.min(this.pausedUntilNs, now);
  }

  /** Whether it is paused at `now`. */
  pausedAt(now: number): boolean {
    return now >= this.pausedFromNs && now < this.pausedUntilNs;
  }

  /** Whether the guest holds memory on the host (booting or running). */
  get live(): boolean {
    return this.plan !== null && (this.state === 'booting' || this.state === 'running');
  }

  /** What the guest holds on the host, by part, as memory pressure left it: nothing once it is stopped or crashed. */
  heldMiB(): Readonly<Record<string, number>> {
    return this.live ? (this.residentMiB ?? this.plan?.memoryMiB ?? {}) : {};
  }

  /** CPU left in the current cap period at `now` (Infinity without a cap); a new period starts afresh. */
  capLeftNs(now: number): number {
    if (this.capBudgetNs === Infinity) return Infinity;
    if (now >= this.capPeriodEndNs) {
      this.capUsedNs = 0;
      this.capPeriodEndNs = (Math.floor(now / CAP_PERIOD_NS) + 1) * CAP_PERIOD_NS;
    }
    return this.capBudgetNs - this.capUsedNs;
  }

  /** The 1 Hz sample: the load averages take this second's runnable workers, and runnable vCPUs. */
  sampleLoad(now: number): void {
    const steal = this.stealAt(now);
    this.stealLastSecond = steal - this.stealAtSample;
    this.stealAtSample = steal;
    // Linux's load average counts processes in uninterruptible sleep (waiting for the disk) with the runnable ones;
    // Solaris' and Windows' count runnable threads only. A vCPU does not wait for the disk: the host's count is unchanged.
    this.loads.sample(this.runnable() + (this.spec.os === 'linux' ? this.onDisk : 0), Math.min(this.runnable(), this.vcpus));
    this.onDisk = 0;
  }

  /** Steal time at the last 1 Hz sample, and in the second before it, ns. */
  private stealAtSample = 0;
  stealLastSecond = 0;

  /** Its workers in D at the sample being taken (SimulationCore counts them; sampleLoad takes them). */
  onDisk = 0;

  /** Runnable workers now: on a vCPU or waiting for one. */
  runnable(): number {
    return this.vcpusBusy + this.ready.length;
  }

  /** CPU by layer and exits so far, the idle vCPUs' timer ticks included. */
  totals(now: number): { ns: Float64Array; exits: Float64Array } {
    const ns = Float64Array.from(this.cpuNs);
    const exits = Float64Array.from(this.exits);
    if (this.plan && this.plan.tickHz > 0) {
      const ticks = this.idleTicks(now);
      addScaled(ns, this.plan.paths.timerTick.ns, ticks);
      addScaled(exits, this.plan.paths.timerTick.exits, ticks);
    }
    this.owedTicks?.addSwitches(this, now, ns, exits);
    return { ns, exits };
  }
}
