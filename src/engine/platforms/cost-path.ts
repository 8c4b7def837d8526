import { EXIT_REASON_COUNT, exitIndex, type ExitReason } from '../metrics/exit-reasons.ts';
import { LAYER_COUNT, type L } from '../metrics/layers.ts';

type LayerIndex = (typeof L)[keyof typeof L];

/**
 * Where one operation spends its time: nanoseconds per layer and the exits, traps and
 * hypercalls it causes. A platform builds one path per operation class; a workload's
 * cost on that platform is then a weighted sum of paths (mechanism counts × unit costs).
 */
export class CostPath {
  readonly ns = new Float64Array(LAYER_COUNT);
  readonly exits = new Float64Array(EXIT_REASON_COUNT);

  /** Charges `ns` nanoseconds to `layer`. */
  charge(layer: LayerIndex, ns: number): this {
    this.ns[layer] = (this.ns[layer] as number) + ns;
    return this;
  }

  /** Counts `n` exits (or traps, hypercalls) of one reason. */
  count(reason: ExitReason, n = 1): this {
    const i = exitIndex(reason);
    this.exits[i] = (this.exits[i] as number) + n;
    return this;
  }

  /** Adds `times` copies of another path. */
  add(other: CostPath, times = 1): this {
    addScaled(this.ns, other.ns, times);
    addScaled(this.exits, other.exits, times);
    return this;
  }

  /** Total CPU nanoseconds across layers. */
  total(): number {
    let s = 0;
    for (const v of this.ns) s += v;
    return s;
  }
}

/** `into[i] += from[i] * k` for every i. */
export function addScaled(into: Float64Array, from: Float64Array, k: number): void {
  for (let i = 0; i < into.length; i++) into[i] = (into[i] as number) + (from[i] as number) * k;
}
