/**
 * Idle VMs' timer ticks that busy cores owe (cpu-scheduler.ts, docs/model.md
 * "Consolidation"): every VM kernel ticks on its idle vCPUs, and while every core is busy
 * each tick is a switch into the idle guest and back. What a guest owes is its idle vCPU
 * time while every core was busy (guest-runtime.ts integrates it on the host's saturation
 * clock) times its tick rate; the scheduler serves what all guests owe before the next burst
 * it starts. The sum over guests is kept as a line in the saturation clock, updated only
 * for guests whose idle vCPUs changed, so a thousand idle VMs cost nothing per dispatch.
 */
import type { CostPath } from '../../platforms/cost-path.ts';
import type { GuestRuntime, OwedTickLedger } from './guest-runtime.ts';
import type { SaturationClock } from './saturation-clock.ts';
import { addAt, nonZero } from './job.ts';

export class OwedTicks implements OwedTickLedger {
  /** Per guest slot: core ns owed per ns of idle vCPU while saturated (its ticks with their switches), and ticks per such ns. */
  private readonly nsPerIdleNs: number[] = [];
  private readonly ticksPerIdleNs: number[] = [];
  /** Per guest slot, as last summed: the line of its integral in the saturation clock (value at reading 0, and slope: its idle vCPUs). */
  private readonly summedBase: number[] = [];
  private readonly summedVcpus: number[] = [];
  /**
   * Guests whose idle vCPUs changed since the sums were last brought up to date (the first
   * `changedCount` entries), and whether each slot is among them. A count, not the array's
   * length: emptying an array by `length = 0` is a runtime call in V8, and it ran at every
   * dispatch (5 % of classroom-default's time with the push beside it).
   */
  private readonly changedGuests: GuestRuntime[] = [];
  private changedCount = 0;
  private readonly isChanged: boolean[] = [];
  /** Over all guests: core ns owed, and ticks taken on busy cores, as lines in the saturation clock. */
  private nsBase = 0;
  private nsSlope = 0;
  private ticksBase = 0;
  private ticksSlope = 0;
  /** Core ns owed that a burst has already served. */
  private servedNs = 0;
  /** A switch into a guest and back, ns; and the layers and exit reasons a switch charges (a zero adds nothing). */
  private readonly switchBoth: number;
  private readonly layers: Int32Array;
  private readonly exitReasons: Int32Array;

  constructor(
    private readonly path: CostPath,
    private readonly saturation: SaturationClock,
  ) {
    this.switchBoth = 2 * path.total();
    this.layers = nonZero(path.ns);
    this.exitReasons = nonZero(path.exits);
  }

  get size(): number {
    return this.nsPerIdleNs.length;
  }

  /** A VM whose kernel ticks `tickHz` times a second on each idle vCPU, each tick `tickNs` of its own, joins. */
  add(g: GuestRuntime, tickHz: number, tickNs: number): void {
    g.owedTicks = this;
    g.owedTickSlot = this.size;
    this.nsPerIdleNs.push((tickHz * (tickNs + this.switchBoth)) / 1e9);
    // Without a switch to pay for, a tick on a busy core charges the guest nothing more.
    this.ticksPerIdleNs.push(this.switchBoth > 0 ? tickHz / 1e9 : 0);
    this.summedBase.push(0);
    this.summedVcpus.push(0);
    this.isChanged.push(false);
    this.changed(g);
  }

  /** `g`'s idle vCPUs are about to change (it settled its integral first): the sums take its new line when next read. */
  changed(g: GuestRuntime): void {
    if (this.isChanged[g.owedTickSlot]) return;
    this.isChanged[g.owedTickSlot] = true;
    this.changedGuests[this.changedCount++] = g;
  }

  /** Core ns owed since the last call: the ticks that fell on busy cores, each with its switches in and out. */
  owed(now: number): number {
    this.sum();
    const total = this.nsBase + this.nsSlope * this.saturation.at(now);
    const owed = total - this.servedNs;
    this.servedNs = total;
    return owed > 0 ? owed : 0;
  }

  /** Owed core ns taken by `owed` that no burst served after all: the next one will. */
  unserve(ns: number): void {
    this.servedNs -= ns;
  }

  /** Switches into idle guests for their ticks, all guests, by `now`. */
  switchesAt(now: number): number {
    this.sum();
    return this.ticksBase + this.ticksSlope * this.saturation.at(now);
  }

  /** Ticks `g` took on busy cores by `now`: each a switch into it and back. */
  switchesOf(g: GuestRuntime, now: number): number {
    return (this.ticksPerIdleNs[g.owedTickSlot] as number) * g.idleBusyNsAt(now);
  }

  /** Adds the switches into `g` for its ticks by `now` to its CPU by layer and its exits. */
  addSwitches(g: GuestRuntime, now: number, ns: Float64Array, exits: Float64Array): void {
    const k = 2 * this.switchesOf(g, now);
    if (!(k > 0)) return;
    addAt(ns, this.path.ns, k, this.layers);
    addAt(exits, this.path.exits, k, this.exitReasons);
  }

  /** Brings the sums up to date with the guests whose idle vCPUs changed (their changes are complete when a sum is read). */
  private sum(): void {
    for (let c = 0; c < this.changedCount; c++) {
      const g = this.changedGuests[c] as GuestRuntime;
      const i = g.owedTickSlot;
      this.isChanged[i] = false;
      const vcpus = g.idleVcpus();
      const base = g.idleBusyNs - vcpus * g.idleBusyFrom;
      const dBase = base - (this.summedBase[i] as number);
      const dVcpus = vcpus - (this.summedVcpus[i] as number);
      this.summedBase[i] = base;
      this.summedVcpus[i] = vcpus;
      const nsK = this.nsPerIdleNs[i] as number;
      const ticksK = this.ticksPerIdleNs[i] as number;
      this.nsBase += nsK * dBase;
      this.nsSlope += nsK * dVcpus;
      this.ticksBase += ticksK * dBase;
      this.ticksSlope += ticksK * dVcpus;
    }
    this.changedCount = 0;
  }
}
