/**
 * One guest's state during a run: its price list, how its work is cut into batches, what
 * it has consumed, and its workers' queue for the CPU.
 *
 * Work is simulated in batches of whole transactions (about BATCH_TARGET_NS of native
 * CPU each) rather than one event per system call: the costs are linear in the counts,
 * so a batch is priced exactly, and the event rate stays within what a browser worker
 * can run hundreds of times faster than real time.
 */
import { CostPath } from '../platforms/cost-path.ts';
import { priceMix, type OpPaths } from '../platforms/op-paths.ts';
import type { GuestPlan } from '../platforms/platform-model.ts';
import type { GuestSpec, HostSpec } from '../scenario/schema.ts';
import { DISKS, NICS } from '../calibration/devices.ts';
import { EXIT_REASON_COUNT } from '../metrics/exit-reasons.ts';
import { LAYER_COUNT } from '../metrics/layers.ts';
import { LatencyHistogram } from '../metrics/latency-histogram.ts';
import type { GuestState } from '../metrics/results.ts';
import type { Rng } from '../sim/rng.ts';
import { WORKLOADS, type WorkloadDef } from '../workloads/catalog.ts';
import type { OpMix } from '../workloads/op-mix.ts';

/** The work a batch of transactions aims at on its busiest resource (CPU or a device), natively: a scheduling quantum's worth. */
export const BATCH_TARGET_NS = 5e6;

/** A unit of work a worker takes through the CPU and then the devices. */
export interface Job {
  /** CPU by layer and exits for one unit of `scale`, the timer ticks taken during the burst included. */
  readonly cost: CostPath;
  /** The exit reasons this job causes, by index (most jobs cause a few of many): the hot loop adds only these. */
  readonly exitIndices: Int32Array;
  /** The burst's length on a vCPU: its work stretched by the ticks that interrupt it. */
  readonly burstNs: number;
  /** Ticks that fall inside one burst. */
  readonly ticks: number;
  /** Disk time the job waits for, and disk time it leaves to writeback. */
  readonly diskNs: number;
  readonly writebackNs: number;
  readonly netNs: number;
  /** Waiting on a remote peer (request/response round trips), ns. */
  readonly wireNs: number;
  /** Transactions the job completes (0 for the boot). */
  readonly transactions: number;
}

export class GuestRuntime {
  state: GuestState;
  readonly workload: WorkloadDef;
  readonly workers: number;
  /** Workers that may run at once: the guest's vCPUs (for a container, its CPU limit). */
  readonly vcpus: number;
  vcpusBusy = 0;
  /** Workers waiting for a vCPU, oldest first. */
  readonly ready: number[] = [];
  /** CPU consumed, for fair sharing between guests. */
  vruntime = 0;

  readonly cpuNs = new Float64Array(LAYER_COUNT);
  readonly exits = new Float64Array(EXIT_REASON_COUNT);
  readonly latency = new LatencyHistogram();
  transactions = 0;
  /** When the kernel started ticking and when the workload started, ns. */
  kernelStartNs = -1;
  runningSinceNs = -1;
  /** Timer ticks already charged with completed CPU bursts. */
  ticksCharged = 0;
  /** Bursts on a vCPU now, and the sum of their start times (their elapsed vCPU time is n × now − sum). */
  burstsRunning = 0;
  burstStartSum = 0;

  readonly boot: Job | null;
  readonly batch: Job | null;
  /** The share of a running vCPU that its own timer ticks take. */
  readonly tickShare: number;

  constructor(
    readonly spec: GuestSpec,
    readonly plan: GuestPlan | null,
    readonly reason: string | null,
    host: HostSpec,
    nativePaths: OpPaths,
    readonly rng: Rng,
  ) {
    this.workload = WORKLOADS[spec.workload.kind];
    const c = this.workload.concurrency;
    const wanted = spec.workload.concurrency ?? ('fixed' in c ? c.fixed : c.perVcpu * spec.vcpus);
    this.workers = Math.max(1, wanted);
    this.vcpus = spec.vcpus;
    this.state = plan ? 'booting' : 'refused';
    if (!plan) {
      this.boot = null;
      this.batch = null;
      this.tickShare = 0;
      return;
    }
    this.tickShare = (plan.tickHz * plan.paths.timerTick.total()) / 1e9;
    this.boot = withTicks(makeJob(plan.paths, plan.boot, 1, 0, host), plan, this.tickShare);
    // The batch size comes from native costs, so every platform runs the same batches.
    const nativeTx = makeJob(nativePaths, this.workload.perTx, 1, 1, host);
    const busiestNs = Math.max(nativeTx.burstNs, nativeTx.diskNs + nativeTx.writebackNs, nativeTx.netNs);
    const perBatch = wanted === 0 || busiestNs === 0 ? 0 : Math.max(1, Math.round(BATCH_TARGET_NS / busiestNs));
    this.batch = perBatch === 0 ? null : withTicks(makeJob(plan.paths, this.workload.perTx, perBatch, perBatch, host), plan, this.tickShare);
  }

  /** The next batch's size multiplier: this guest's stream, the same on every platform. */
  nextScale(): number {
    return this.rng.unitGamma(this.workload.variability);
  }

  /**
   * Ticks this guest's kernel has taken on idle vCPUs by `now` (idle vCPUs still tick):
   * all its ticks, less those charged with completed bursts and those inside bursts still
   * running (which their bursts will charge). Reading it changes nothing.
   */
  idleTicks(now: number): number {
    if (this.kernelStartNs < 0 || !this.plan) return 0;
    const hz = this.plan.tickHz / 1e9;
    const all = hz * this.vcpus * (now - this.kernelStartNs);
    const inFlight = hz * (this.burstsRunning * now - this.burstStartSum);
    return Math.max(0, all - this.ticksCharged - inFlight);
  }
}

function makeJob(paths: OpPaths, m: OpMix, count: number, transactions: number, host: HostSpec): Job {
  const disk = DISKS[host.disk];
  const nic = NICS[host.nic];
  const scaled = new CostPath().add(priceMix(paths, m), count);
  return {
    cost: scaled,
    exitIndices: nonZero(scaled.exits),
    burstNs: scaled.total(),
    ticks: 0,
    diskNs: count * m.diskOps * (disk.accessNs + m.diskBytesPerOp / disk.bytesPerNs),
    writebackNs: count * m.writebackOps * (disk.accessNs + m.diskBytesPerOp / disk.bytesPerNs),
    netNs: (count * m.netPackets * (m.netBytesPerPacket + nic.framingBytes)) / nic.bytesPerNs,
    wireNs: count * m.netRoundTrips * nic.peerRoundTripNs,
    transactions,
  };
}

/** Adds the guest's own timer ticks to a job: they stretch its burst and cost what a tick costs. */
function withTicks(job: Job, plan: GuestPlan, tickShare: number): Job {
  if (plan.tickHz === 0) return job;
  const burstNs = job.burstNs / (1 - tickShare);
  const ticks = (plan.tickHz * burstNs) / 1e9;
  const cost = new CostPath().add(job.cost).add(plan.paths.timerTick, ticks);
  return { ...job, burstNs, ticks, cost, exitIndices: nonZero(cost.exits) };
}

function nonZero(values: Float64Array): Int32Array {
  return Int32Array.from(values.keys()).filter((i) => values[i] !== 0);
}
