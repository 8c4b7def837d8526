/**
 * A job: the unit of work a worker takes through the CPU and then the devices — the boot,
 * or a batch of a workload's transactions.
 *
 * Work is simulated in batches of whole transactions (about BATCH_TARGET_NS of native
 * work on the busiest resource) rather than one event per system call: the costs are
 * linear in the counts, so a batch is priced exactly, and the event rate stays within
 * what a browser worker can run hundreds of times faster than real time.
 */
import { DISKS, JOURNAL_COMMIT_BYTES, NICS } from '../../calibration/devices.ts';
import { CostPath } from '../../platforms/cost-path.ts';
import { priceMix, type OpPaths } from '../../platforms/op-paths.ts';
import type { GuestPlan } from '../../platforms/platform-model.ts';
import type { HostSpec } from '../../scenario/schema.ts';
import type { OpMix } from '../../workloads/op-mix.ts';

/** The work a batch aims at on its busiest resource, natively: a scheduling quantum's worth. */
export const BATCH_TARGET_NS = 5e6;

export interface Job {
  /** CPU by layer and exits for one unit of `scale`, the timer ticks taken during the burst included. */
  readonly cost: CostPath;
  /** The exit reasons this job causes, by index (most jobs cause a few of many): the hot loop adds only these. */
  readonly exitIndices: Int32Array;
  /** Likewise the mechanisms its CPU, its back-end's CPU and its exits are charged to (a batch's account adds only these). */
  readonly mechanismIndices: Int32Array;
  readonly backendMechanismIndices: Int32Array;
  readonly mechanismExitIndices: Int32Array;
  /** CPU by layer that runs on the guest's own vCPU, for one unit of `scale`: `cost.ns` without the back-end's part. */
  readonly vcpuNs: Float64Array;
  /** The burst's length on a vCPU: its work stretched by the ticks that interrupt it. */
  readonly burstNs: number;
  /** What a separately scheduled back-end (Xen's dom0) then runs for it on its own vCPU, ns for one unit of `scale`. */
  readonly backendNs: number;
  /** Ticks that fall inside one burst. */
  readonly ticks: number;
  /** Disk time the job waits for, and disk time it leaves to writeback. */
  readonly diskNs: number;
  readonly writebackNs: number;
  /** The writeback requests the job leaves, and the page cache they write, bytes. */
  readonly writebackRequests: number;
  readonly writebackBytes: number;
  readonly netNs: number;
  /** Waiting on a remote peer (request/response round trips), ns. */
  readonly wireNs: number;
  /** Transactions the job completes (0 for the boot). */
  readonly transactions: number;
}

/**
 * The job of `count` repetitions of `m` on a platform whose paths are `plan.paths`. With
 * `backend` false the back-end's work runs on the guest's burst (a guest-to-guest job, whose
 * wait for dom0 is priced by the guest network).
 */
export function makeJob(plan: GuestPlan, m: OpMix, count: number, transactions: number, host: HostSpec, backend = true): Job {
  const raw = rawJob(plan.paths, m, count, transactions, host, backend);
  if (plan.tickHz === 0) return sameShape(raw);
  // The guest's own timer ticks stretch the burst and cost what a tick costs.
  const tickShare = (plan.tickHz * plan.paths.timerTick.total()) / 1e9;
  const burstNs = raw.burstNs / (1 - tickShare);
  const ticks = (plan.tickHz * burstNs) / 1e9;
  const cost = new CostPath().add(raw.cost).add(plan.paths.timerTick, ticks, 'timer-ticks');
  return sameShape({ ...raw, ...indices(cost), burstNs, ticks, cost, vcpuNs: onVcpu(cost, raw.backendNs) });
}

/**
 * `j` built again by one object literal, so that every job has the same hidden class (V8's
 * map): rawJob's literal and makeJob's spread copy made two, and each of the reads of a job
 * on the hot path (several per event) checked which one it had. One saved 3-10 % of
 * classroom-default's time (A/B on a noisy machine).
 */
function sameShape(j: Job): Job {
  return {
    cost: j.cost,
    exitIndices: j.exitIndices,
    mechanismIndices: j.mechanismIndices,
    backendMechanismIndices: j.backendMechanismIndices,
    mechanismExitIndices: j.mechanismExitIndices,
    vcpuNs: j.vcpuNs,
    burstNs: j.burstNs,
    backendNs: j.backendNs,
    ticks: j.ticks,
    diskNs: j.diskNs,
    writebackNs: j.writebackNs,
    writebackRequests: j.writebackRequests,
    writebackBytes: j.writebackBytes,
    netNs: j.netNs,
    wireNs: j.wireNs,
    transactions: j.transactions,
  };
}

/**
 * Transactions per batch for mix `m`: from its native price, so every platform runs the
 * same batches; 0 for a mix that does nothing.
 */
export function batchSize(nativePaths: OpPaths, m: OpMix, host: HostSpec): number {
  const tx = rawJob(nativePaths, m, 1, 1, host);
  const busiestNs = Math.max(tx.burstNs, tx.diskNs + tx.writebackNs, tx.netNs + tx.wireNs);
  return busiestNs === 0 ? 0 : Math.max(1, Math.round(BATCH_TARGET_NS / busiestNs));
}

function rawJob(paths: OpPaths, m: OpMix, count: number, transactions: number, host: HostSpec, backend = true): Job {
  const disk = DISKS[host.disk];
  const nic = NICS[host.nic];
  const scaled = new CostPath().add(priceMix(paths, m), count);
  const perRequestNs = (seeks: number): number => seeks * disk.accessNs + m.diskBytesPerOp / disk.bytesPerNs;
  const syncExtraNs = paths.syncWrite.deviceWrites * (disk.accessNs + JOURNAL_COMMIT_BYTES / disk.bytesPerNs);
  const backendNs = backend ? scaled.backendTotal() : 0;
  return {
    cost: scaled,
    ...indices(scaled),
    vcpuNs: onVcpu(scaled, backendNs),
    burstNs: backendNs > 0 ? scaled.total() - backendNs : scaled.total(),
    backendNs,
    ticks: 0,
    diskNs: count * (m.diskOps * perRequestNs(m.diskSeeksPerOp) + m.syncWrites * syncExtraNs),
    writebackNs: count * m.writebackOps * perRequestNs(m.diskSeeksPerOp),
    writebackRequests: count * m.writebackOps,
    writebackBytes: count * m.writebackOps * m.diskBytesPerOp,
    netNs: (count * m.netPackets * (m.netBytesPerPacket + nic.framingBytes)) / nic.bytesPerNs,
    wireNs: count * m.netRoundTrips * nic.peerRoundTripNs,
    transactions,
  };
}

/** The CPU by layer of `cost` that runs on the guest's vCPU: all of it unless a back-end runs `backendNs` of it. */
function onVcpu(cost: CostPath, backendNs: number): Float64Array {
  if (backendNs === 0) return cost.ns;
  return cost.ns.map((ns, i) => ns - (cost.backendNs[i] as number));
}

function indices(cost: CostPath): Pick<Job, 'exitIndices' | 'mechanismIndices' | 'backendMechanismIndices' | 'mechanismExitIndices'> {
  return {
    exitIndices: nonZero(cost.exits),
    mechanismIndices: nonZero(cost.mechanismNs),
    backendMechanismIndices: nonZero(cost.backendMechanismNs),
    mechanismExitIndices: nonZero(cost.mechanismExits),
  };
}

/** The indices of `values` that are not zero: the only ones a charge of it changes. */
export function nonZero(values: Float64Array): Int32Array {
  return Int32Array.from(values.keys()).filter((i) => values[i] !== 0);
}

/** `into[i] += from[i] * k` for each i of `at`: a job's charges to the few indices it has (a zero would add nothing). */
export function addAt(into: Float64Array, from: Float64Array, k: number, at: Int32Array): void {
  for (let j = 0; j < at.length; j++) {
    const i = at[j] as number;
    into[i] = (into[i] as number) + (from[i] as number) * k;
  }
}
