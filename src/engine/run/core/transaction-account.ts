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
import { addScaled } from '../../platforms/cost-path.ts';
import { MECHANISMS, MECHANISM_COUNT, WAITS, WAIT_COUNT, type Wait } from '../../metrics/mechanisms.ts';
import type { TimePerTransaction } from '../../metrics/time-per-transaction.ts';
import { NS_PER_US } from '../../sim/units.ts';
import type { Job } from './job.ts';

/** What one batch waited for, ns. */
export interface BatchWaits {
  /** In the run queue, all of it: for a vCPU of its own guest or for a core. */
  readonly readyNs: number;
  /** Of the run-queue time, what it spent while every vCPU of the guest was busy with its own work. */
  readonly ownQueueNs: number;
  /** Waiting for dom0 to run its back-end work (not the work itself). */
  readonly driverDomainNs: number;
  readonly diskNs: number;
  readonly nicNs: number;
  readonly peerNs: number;
  readonly pausedNs: number;
}

/** Each wait's slot, looked up once (a batch records seven). */
const WAIT_INDEX = Object.fromEntries(WAITS.map((w, i) => [w, i])) as Record<Wait, number>;

export class TransactionAccount {
  transactions = 0;
  readonly cpuNs = new Float64Array(MECHANISM_COUNT);
  readonly exits = new Float64Array(MECHANISM_COUNT);
  readonly waitNs = new Float64Array(WAIT_COUNT);

  /** Adds a completed batch of `job` at `scale`, whose burst took `cpuNs` on cores (dom0's run on its own vCPU not included). */
  record(job: Job, scale: number, cpuNs: number, w: BatchWaits): void {
    // The CPU it took on cores, split as its cost is: the burst's share of the guest's own
    // mechanisms (all but the back-end's), and dom0's run of the back-end's, scale × its price.
    const burstShare = job.burstNs > 0 ? cpuNs / job.burstNs : 0;
    addScaled(this.cpuNs, job.cost.mechanismNs, burstShare);
    if (job.backendNs > 0) addScaled(this.cpuNs, job.cost.backendMechanismNs, scale - burstShare);
    addScaled(this.exits, job.cost.mechanismExits, scale);
    this.wait('queue', w.ownQueueNs);
    this.wait('core', w.readyNs - w.ownQueueNs);
    this.wait('driver-domain', w.driverDomainNs);
    this.wait('disk', w.diskNs);
    this.wait('nic', w.nicNs);
    this.wait('peer', w.peerNs);
    this.wait('paused', w.pausedNs);
    this.transactions += job.transactions * scale;
  }

  private wait(what: Wait, ns: number): void {
    const i = WAIT_INDEX[what];
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
