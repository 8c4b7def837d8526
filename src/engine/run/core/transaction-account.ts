/**
 * Where a guest's scenario workload spent its time per transaction, summed over the
 * batches it completed: CPU by mechanism (each job's cost path already splits its CPU by
 * mechanism) and the waits each batch measured on its way through the simulation — for
 * a core, for the disk, the NIC, the peer, or a pause.
 *
 * A worker that waits for a vCPU while its guest's other workers hold them all waits
 * behind its own guest's work (`queue`); only waiting while a vCPU was free (every core
 * taken by other guests or the layers below, or the CPU cap spent) is waiting for a core.
 */
import { MECHANISMS, MECHANISM_COUNT, WAITS, WAIT_COUNT, type Wait } from '../../metrics/mechanisms.ts';
import type { TimePerTransaction } from '../../metrics/time-per-transaction.ts';
import { NS_PER_US } from '../../sim/units.ts';
import { addAt, type Job } from './job.ts';

/** What one batch waited for, ns. */
export interface BatchWaits {
  /** In the run queue, all of it: for a vCPU of its own guest or for a core. */
  readonly readyNs: number;
  /** Of the run-queue time, what it spent while every vCPU of the guest was busy with its own work. */
  readonly ownQueueNs: number;
  /** Waiting for dom0 to run its back-end work (not the work itself). */
  readonly driverDomainNs: number;
  readonly diskNs: number;
  /** Of the disk's, the host's swap-ins of the guest's pages. */
  readonly swapNs: number;
  readonly nicNs: number;
  readonly peerNs: number;
  readonly pausedNs: number;
}

/** Each wait's slot, looked up once (a batch records eight). */
const WAIT_INDEX = Object.fromEntries(WAITS.map((w, i) => [w, i])) as Record<Wait, number>;
const QUEUE = WAIT_INDEX.queue;
const CORE = WAIT_INDEX.core;
const DRIVER_DOMAIN = WAIT_INDEX['driver-domain'];
const DISK = WAIT_INDEX.disk;
const SWAP = WAIT_INDEX.swap;
const NIC = WAIT_INDEX.nic;
const PEER = WAIT_INDEX.peer;
const PAUSED = WAIT_INDEX.paused;

export class TransactionAccount {
  transactions = 0;
  readonly cpuNs = new Float64Array(MECHANISM_COUNT);
  readonly exits = new Float64Array(MECHANISM_COUNT);
  readonly waitNs = new Float64Array(WAIT_COUNT);

  /** Adds a completed batch of `job` at `scale`, whose burst took `cpuNs` on cores (dom0's run on its own vCPU not included). */
  record(job: Job, scale: number, cpuNs: number, w: BatchWaits): void {
    // The CPU it took on cores, split as its cost is: the burst's share of the guest's own
    // mechanisms (all but the back-end's), and dom0's run of the back-end's, scale × its price.
    // Only the mechanisms the job has: adding a zero changes nothing.
    const burstShare = job.burstNs > 0 ? cpuNs / job.burstNs : 0;
    addAt(this.cpuNs, job.cost.mechanismNs, burstShare, job.mechanismIndices);
    if (job.backendNs > 0) addAt(this.cpuNs, job.cost.backendMechanismNs, scale - burstShare, job.backendMechanismIndices);
    addAt(this.exits, job.cost.mechanismExits, scale, job.mechanismExitIndices);
    this.wait(QUEUE, w.ownQueueNs);
    this.wait(CORE, w.readyNs - w.ownQueueNs);
    this.wait(DRIVER_DOMAIN, w.driverDomainNs);
    this.wait(DISK, w.diskNs);
    this.wait(SWAP, w.swapNs);
    this.wait(NIC, w.nicNs);
    this.wait(PEER, w.peerNs);
    this.wait(PAUSED, w.pausedNs);
    this.transactions += job.transactions * scale;
  }

  private wait(i: number, ns: number): void {
    this.waitNs[i] = (this.waitNs[i] as number) + ns;
  }

  /** The averages per transaction, µs (null before the first completed batch). */
  perTransaction(): TimePerTransaction | null {
    const n = this.transactions;
    if (n === 0) return null;
    const perTx = (v: number): number => v / n / NS_PER_US;
    const cpuUs = nonZero(MECHANISMS, this.cpuNs, perTx);
    const waitUs = nonZero(WAITS, this.waitNs, perTx);
    let us = 0;
    for (const v of Object.values(cpuUs)) us += v;
    for (const v of Object.values(waitUs)) us += v;
    return { transactions: n, us, cpuUs, waitUs, exits: nonZero(MECHANISMS, this.exits, (v) => v / n) };
  }
}

function nonZero<K extends string>(keys: readonly K[], values: Float64Array, f: (v: number) => number): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  keys.forEach((k, i) => {
    const v = values[i] as number;
    if (v !== 0) out[k] = f(v);
  });
  return out;
}
