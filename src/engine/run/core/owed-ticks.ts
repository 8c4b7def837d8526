/**
 * Idle VMs' timer ticks that busy cores owe (cpu-scheduler.ts, docs/model.md
 * "Consolidation"): every VM kernel ticks on its idle vCPUs, and while every core is busy
 * each tick is a switch into the idle guest and back. Every idle VM is looked at whenever
 * the last free core is taken, so the per-guest figures that never change (tick rate, a
 * tick's cost, which layers and exit reasons a switch charges) are worked out once.
 */
import type { CostPath } from '../../platforms/cost-path.ts';
import type { GuestRuntime } from './guest-runtime.ts';
import { addAt, nonZero } from './job.ts';

export class OwedTicks {
  private readonly guests: GuestRuntime[] = [];
  /** Per guest in `guests`: its tick rate, Hz, and one tick with a switch in and out, ns. */
  private readonly hz: number[] = [];
  private readonly tickNs: number[] = [];
  /** A switch into a guest and back, ns; and the layers and exit reasons a switch charges (a zero adds nothing). */
  private readonly switchBoth: number;
  private readonly layers: Int32Array;
  private readonly exitReasons: Int32Array;

  constructor(private readonly path: CostPath) {
    this.switchBoth = 2 * path.total();
    this.layers = nonZero(path.ns);
    this.exitReasons = nonZero(path.exits);
  }

  get size(): number {
    return this.guests.length;
  }

  /** A VM whose kernel ticks joins. */
  add(g: GuestRuntime, tickHz: number, tickNs: number): void {
    this.guests.push(g);
    this.hz.push(tickHz);
    this.tickNs.push(tickNs + this.switchBoth);
  }

  /**
   * The ticks since the last call, ns of a core: taken by the guests' idle vCPUs' own cores
   * while a core is `spare` (nothing owed), else served on busy cores — each guest is
   * charged its switches, and `counts` counts them.
   */
  owed(now: number, spare: boolean, counts: { guestSwitches: number }): number {
    const { guests, path, layers, exitReasons } = this;
    let owed = 0;
    for (let i = 0; i < guests.length; i++) {
      const g = guests[i] as GuestRuntime;
      const idleNs = g.idleVcpuNsAt(now);
      const ticks = ((idleNs - g.idleServedNs) * (this.hz[i] as number)) / 1e9;
      g.idleServedNs = idleNs;
      if (spare || !(ticks > 0)) continue;
      owed += ticks * (this.tickNs[i] as number);
      if (this.switchBoth > 0) {
        const k = 2 * ticks;
        addAt(g.cpuNs, path.ns, k, layers);
        addAt(g.exits, path.exits, k, exitReasons);
        g.guestSwitches += ticks;
        counts.guestSwitches += ticks;
      }
    }
    return owed;
  }
}
