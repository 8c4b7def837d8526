/**
 * A task: a workload some processes of a guest run — the guest's boot, the scenario's
 * workload, or one a command started (stress-ng, sysbench, make …). It owns its workers,
 * counts its transactions and CPU, and ends at a limit, on cancel, or never.
 */
import { LAYER_COUNT } from '../../metrics/layers.ts';
import { LatencyHistogram } from '../../metrics/latency-histogram.ts';
import { Rng } from '../../sim/rng.ts';
import type { WorkloadDef } from '../../workloads/catalog.ts';
import type { ClientModel } from '../../workloads/client-model.ts';
import type { Job } from './job.ts';

export type TaskKind = 'boot' | 'scenario' | 'command';

export interface TaskOptions {
  readonly command: string;
  /** The guest's boot, the scenario's workload, or one a command started. */
  readonly kind: TaskKind;
  readonly workload: WorkloadDef | null;
  readonly job: Job | null;
  readonly workers: number;
  readonly rng: Rng | null;
  readonly maxTransactions?: number;
  readonly maxDurationNs?: number;
  /** How its workers issue requests (think time, open arrivals); default: each as soon as the last is done. */
  readonly clients?: ClientModel;
}

export class Task {
  readonly command: string;
  /** The guest's boot, the scenario's workload, or one a command started. */
  readonly kind: TaskKind;
  readonly workload: WorkloadDef | null;
  readonly job: Job | null;
  readonly workerCount: number;
  /** Workers currently on a vCPU, queued for one, or waiting on a device. */
  live = 0;
  transactions = 0;
  readonly latency = new LatencyHistogram();
  /** CPU used, ns: the total always, by layer only for commands' tasks (the others' is their guest's). */
  cpuTotalNs = 0;
  readonly cpuNs = new Float64Array(LAYER_COUNT);
  /** CPU total at the last 1 Hz sample, and in the second before it (for CPU%). */
  cpuAtSample = 0;
  cpuLastSecond = 0;
  startNs = -1;
  /** Its processes sleep (a refused mmap's retry wait): its workers start no batch until it wakes (SimulationCore.setTaskAsleep). */
  asleep = false;
  endNs = -1;
  private readonly rng: Rng | null;
  /** How its workers issue requests, and each worker's own stream of think times or arrival gaps. */
  readonly clients: ClientModel;
  private readonly clientRngs = new Map<number, Rng>();
  private readonly maxTransactions: number;
  private readonly maxDurationNs: number;

  constructor(
    readonly id: number,
    readonly guestIndex: number,
    o: TaskOptions,
  ) {
    this.command = o.command;
    this.kind = o.kind;
    this.workload = o.workload;
    this.job = o.job;
    this.workerCount = o.job ? o.workers : 0;
    this.rng = o.rng;
    this.clients = o.clients ?? { kind: 'saturating' };
    this.maxTransactions = o.maxTransactions ?? Infinity;
    this.maxDurationNs = o.maxDurationNs ?? Infinity;
  }

  get ended(): boolean {
    return this.endNs >= 0;
  }

  /** The next batch's size multiplier: the task's own stream, the same on every platform. */
  nextScale(): number {
    return this.rng && this.workload ? this.rng.unitGamma(this.workload.variability) : 1;
  }

  /** The 1 Hz sample: the CPU it used in the second just ended. */
  sampleCpu(): void {
    const total = this.cpuTotalNs;
    this.cpuLastSecond = total - this.cpuAtSample;
    this.cpuAtSample = total;
  }

  /** Worker `w` is client number `client` of the task: its think times or arrival gaps come from a stream of its own, the same on every platform. */
  addClient(w: number, client: number): void {
    this.clientRngs.set(w, this.rng ? this.rng.split(`client${client}`) : new Rng(client));
  }

  /** Worker `w`'s next uniform draw for its think time or arrival gap. */
  clientDraw(w: number): number {
    return (this.clientRngs.get(w) ?? new Rng(w)).next();
  }

  /** Forgets worker `w`'s stream (it left the task; its id may serve another). */
  releaseClient(w: number): void {
    this.clientRngs.delete(w);
  }

  /** Whether the task has reached its limit at `now`. */
  reachedLimit(now: number): boolean {
    return this.transactions >= this.maxTransactions || now - this.startNs >= this.maxDurationNs;
  }

}
