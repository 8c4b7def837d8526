/**
 * A density curve computed a bounded number of virtual seconds at a time: what a worker
 * runs between messages, so a long curve (many guests, a big host) answers often, reports
 * how far it is, and can be dropped at any step.
 */
import type { PlatformKind, Scenario } from '../scenario/schema.ts';
import { densityCurveSteps, type DensityCurve, type DensityOptions, type DensityProgress } from './density-curve.ts';

/** A step's outcome: still working (and where), or the finished curve. */
export type DensityAdvance = { readonly done: false; readonly progress: DensityProgress } | { readonly done: true; readonly curve: DensityCurve };

export class DensityRun {
  private readonly steps: Generator<DensityProgress, DensityCurve, void>;
  private last: DensityProgress;

  constructor(scenario: Scenario, kind: PlatformKind, options: DensityOptions) {
    this.steps = densityCurveSteps(scenario, kind, options);
    this.last = { platform: kind, points: 0, guests: 1, virtualS: 0 };
  }

  /**
   * Simulates at most `virtualS` more virtual seconds (at least one), and stops after the
   * first second of a point with another guest count: a step sized on a few cheap guests
   * must not run on into twice as many (a caller sizes its next step on this one's time).
   */
  advance(virtualS: number): DensityAdvance {
    const n = Math.max(1, Math.floor(virtualS));
    const guests = this.last.guests;
    for (let i = 0; i < n; i++) {
      const r = this.steps.next();
      if (r.done) return { done: true, curve: r.value };
      this.last = r.value;
      if (r.value.guests !== guests) break;
    }
    return { done: false, progress: this.last };
  }
}
