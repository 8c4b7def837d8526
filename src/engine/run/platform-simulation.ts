/**
 * One platform running the scenario: a discrete-event simulation of the guests' workers
 * sharing the host's cores, disk and NIC.
 *
 * A worker takes a job (the boot, then batch after batch of transactions) to the CPU —
 * waiting for a free vCPU of its guest and a free core, chosen fairly between guests —
 * then to the devices, then starts the next. CPU time is charged to layers as the
 * platform's cost paths say; devices are shared fairly between the guests.
 */
import { QueuedDevice } from '../hardware/queued-device.ts';
import { addScaled } from '../platforms/cost-path.ts';
import type { PlatformModel } from '../platforms/platform-model.ts';
import type { Scenario } from '../scenario/schema.ts';
import { EventQueue } from '../sim/event-queue.ts';
import { Rng } from '../sim/rng.ts';
import { EXIT_REASON_COUNT } from '../metrics/exit-reasons.ts';
import { LAYER_COUNT } from '../metrics/layers.ts';
import { GuestRuntime, type Job } from './guest-runtime.ts';

const enum Ev {
  FirmwareDone,
  CpuDone,
  IoDone,
}

export class PlatformSimulation {
  readonly guests: GuestRuntime[];
  readonly disk: QueuedDevice;
  readonly nic: QueuedDevice;
  now = 0;
  events = 0;

  private readonly queue = new EventQueue();
  private coresFree: number;
  private readonly workerGuest: Int32Array;
  private readonly workerScale: Float64Array;
  private readonly workerStart: Float64Array;
  private readonly workerBooting: Uint8Array;

  constructor(
    readonly scenario: Scenario,
    readonly model: PlatformModel,
    nativeModel: PlatformModel,
  ) {
    this.coresFree = scenario.host.cores;
    const root = new Rng(scenario.seed);
    this.guests = scenario.guests.map((spec) => {
      const reason = model.refusal ?? model.admit(spec);
      const plan = reason === null ? model.plan(spec) : null;
      return new GuestRuntime(spec, plan, reason, scenario.host, nativeModel.plan(spec).paths, root.split(spec.name));
    });
    this.disk = new QueuedDevice(this.guests.length);
    this.nic = new QueuedDevice(this.guests.length);
    const total = this.guests.reduce((n, g) => n + g.workers, 0);
    this.workerGuest = new Int32Array(total);
    this.workerScale = new Float64Array(total);
    this.workerStart = new Float64Array(total);
    this.workerBooting = new Uint8Array(total);
    let w = 0;
    this.guests.forEach((g, gi) => {
      const first = w;
      for (let i = 0; i < g.workers; i++) this.workerGuest[w++] = gi;
      if (g.plan) this.queue.push(g.plan.firmwareNs, Ev.FirmwareDone, first);
    });
  }

  /** Runs every event up to virtual time `t` (ns) and moves the clock there. */
  advanceTo(t: number): void {
    const q = this.queue;
    while (q.peekTime() <= t) {
      q.pop();
      this.now = q.poppedTime;
      this.events++;
      const w = q.poppedEntity;
      switch (q.poppedKind as Ev) {
        case Ev.FirmwareDone:
          this.onFirmwareDone(w);
          break;
        case Ev.CpuDone:
          this.onCpuDone(w);
          break;
        case Ev.IoDone:
          this.onJobDone(w);
          break;
      }
      this.dispatch();
    }
    this.now = t;
  }

  private jobOf(w: number): Job {
    const g = this.guests[this.workerGuest[w] as number] as GuestRuntime;
    return (this.workerBooting[w] ? g.boot : g.batch) as Job;
  }

  private onFirmwareDone(w: number): void {
    const g = this.guests[this.workerGuest[w] as number] as GuestRuntime;
    g.kernelStartNs = this.now;
    this.workerBooting[w] = 1;
    this.workerScale[w] = 1;
    this.workerStart[w] = this.now;
    g.ready.push(w);
  }

  private onCpuDone(w: number): void {
    const gi = this.workerGuest[w] as number;
    const g = this.guests[gi] as GuestRuntime;
    const job = this.jobOf(w);
    const scale = this.workerScale[w] as number;
    addScaled(g.cpuNs, job.cost.ns, scale);
    const exits = job.cost.exits;
    for (const i of job.exitIndices) g.exits[i] = (g.exits[i] as number) + (exits[i] as number) * scale;
    g.ticksCharged += job.ticks * scale;
    g.burstsRunning--;
    g.burstStartSum -= this.now - job.burstNs * scale;
    g.vcpusBusy--;
    this.coresFree++;
    if (job.writebackNs > 0) this.disk.submit(this.now, gi, job.writebackNs * scale);
    const diskDone = job.diskNs > 0 ? this.disk.submit(this.now, gi, job.diskNs * scale) : this.now;
    const netDone = job.netNs > 0 ? this.nic.submit(this.now, gi, job.netNs * scale) : this.now;
    const done = Math.max(diskDone, netDone) + job.wireNs * scale;
    if (done > this.now) this.queue.push(done, Ev.IoDone, w);
    else this.onJobDone(w);
  }

  private onJobDone(w: number): void {
    const g = this.guests[this.workerGuest[w] as number] as GuestRuntime;
    if (this.workerBooting[w]) {
      this.workerBooting[w] = 0;
      g.state = 'running';
      g.runningSinceNs = this.now;
      if (!g.batch) return;
      // The workload starts: every worker takes its first batch.
      for (let i = 0; i < g.workers; i++) this.startBatch(w + i);
      return;
    }
    const job = g.batch as Job;
    const tx = job.transactions * (this.workerScale[w] as number);
    g.transactions += tx;
    // A worker runs its batch's transactions one after another: each took its share.
    g.latency.record((this.now - (this.workerStart[w] as number)) / job.transactions, tx);
    this.startBatch(w);
  }

  private startBatch(w: number): void {
    const g = this.guests[this.workerGuest[w] as number] as GuestRuntime;
    this.workerScale[w] = g.nextScale();
    this.workerStart[w] = this.now;
    g.ready.push(w);
  }

  /** Puts ready workers on free cores: the guest that has had the least CPU goes first. */
  private dispatch(): void {
    while (this.coresFree > 0) {
      let best: GuestRuntime | null = null;
      const guests = this.guests;
      for (let i = 0; i < guests.length; i++) {
        const g = guests[i] as GuestRuntime;
        if (g.ready.length > 0 && g.vcpusBusy < g.vcpus && (best === null || g.vruntime < best.vruntime)) best = g;
      }
      if (best === null) return;
      const w = best.ready.shift() as number;
      const job = this.jobOf(w);
      const burst = job.burstNs * (this.workerScale[w] as number);
      best.vcpusBusy++;
      best.burstsRunning++;
      best.burstStartSum += this.now;
      best.vruntime += burst;
      this.coresFree--;
      this.queue.push(this.now + burst, Ev.CpuDone, w);
    }
  }

  /** CPU the platform itself has spent by now (its own timer ticks), by layer and exit reason. */
  background(): { ns: Float64Array; exits: Float64Array } {
    const bg = this.model.backgroundPerSecond();
    const seconds = this.now / 1e9;
    const ns = new Float64Array(LAYER_COUNT);
    const exits = new Float64Array(EXIT_REASON_COUNT);
    addScaled(ns, bg.ns, seconds);
    addScaled(exits, bg.exits, seconds);
    return { ns, exits };
  }

  /** A guest's CPU by layer and its exits so far, its idle vCPUs' timer ticks included. */
  guestTotals(g: GuestRuntime): { ns: Float64Array; exits: Float64Array } {
    const ns = Float64Array.from(g.cpuNs);
    const exits = Float64Array.from(g.exits);
    if (g.plan && g.plan.tickHz > 0) {
      const ticks = g.idleTicks(this.now);
      addScaled(ns, g.plan.paths.timerTick.ns, ticks);
      addScaled(exits, g.plan.paths.timerTick.exits, ticks);
    }
    return { ns, exits };
  }
}
