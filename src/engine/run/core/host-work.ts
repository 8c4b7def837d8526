/**
 * The platform's own CPU work beside the guests': its timer ticks and background work at
 * the platform model's rate, and work it runs on a core for a while (a migration's copy
 * in dom0, the vmkernel or the host kernel), charged by layer once done.
 */
import { EXIT_REASON_COUNT } from '../../metrics/exit-reasons.ts';
import { LAYER_COUNT } from '../../metrics/layers.ts';
import { addScaled } from '../../platforms/cost-path.ts';
import type { PlatformModel } from '../../platforms/platform-model.ts';

export class HostWork {
  /** CPU of work done so far beyond the ticks, by layer. */
  private readonly doneNs = new Float64Array(LAYER_COUNT);

  constructor(private readonly model: PlatformModel) {}

  /** The CPU time of a piece of work, ns. */
  total(ns: Float64Array): number {
    let total = 0;
    for (const v of ns) total += v;
    return total;
  }

  /** A piece of work finished: its CPU is charged. */
  done(ns: Float64Array): void {
    addScaled(this.doneNs, ns, 1);
  }

  /** CPU the platform has spent by `now`, by layer and exit reason. */
  background(now: number): { ns: Float64Array; exits: Float64Array } {
    const bg = this.model.backgroundPerSecond();
    const seconds = now / 1e9;
    const ns = new Float64Array(LAYER_COUNT);
    const exits = new Float64Array(EXIT_REASON_COUNT);
    addScaled(ns, bg.ns, seconds);
    addScaled(ns, this.doneNs, 1);
    addScaled(exits, bg.exits, seconds);
    return { ns, exits };
  }
}
