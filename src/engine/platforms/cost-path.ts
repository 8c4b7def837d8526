import { EXIT_REASON_COUNT, exitIndex, type ExitReason } from '../metrics/exit-reasons.ts';
import { LAYER_COUNT, type L } from '../metrics/layers.ts';
import { MECHANISM_COUNT, mechanismIndex, type Mechanism } from '../metrics/mechanisms.ts';

type LayerIndex = (typeof L)[keyof typeof L];

/**
 * Where one operation spends its time: nanoseconds per layer and the exits, traps and
 * hypercalls it causes. A platform builds one path per operation class; a workload's
 * cost on that platform is then a weighted sum of paths (mechanism counts × unit costs).
 *
 * Beside the layers, every nanosecond belongs to one mechanism (metrics/mechanisms.ts).
 * A charge may name its mechanism (a world switch, a grant copy); what none named is
 * attributed when the path is added as an operation class (`add(path, n, 'syscalls')`),
 * so a priced transaction's mechanisms add up to its layers by construction.
 *
 * A charge may also be work that a separately scheduled back-end does for the guest off
 * the guest's vCPU — Xen's dom0 (`chargeBackend`): it counts in `ns` and `mechanismNs` like
 * any charge, and again in `backendNs` and `backendMechanismNs`, so the simulation can run
 * it on the back-end's own vCPU (run/core/driver-domain.ts).
 */
export class CostPath {
  readonly ns = new Float64Array(LAYER_COUNT);
  readonly exits = new Float64Array(EXIT_REASON_COUNT);
  /** Nanoseconds and exits attributed to each mechanism so far. */
  readonly mechanismNs = new Float64Array(MECHANISM_COUNT);
  readonly mechanismExits = new Float64Array(MECHANISM_COUNT);
  /** Of `ns` and `mechanismNs`, what the back-end does (a part of them, not an addition). */
  readonly backendNs = new Float64Array(LAYER_COUNT);
  readonly backendMechanismNs = new Float64Array(MECHANISM_COUNT);

  /** Charges `ns` nanoseconds to `layer` (and to `mechanism`, when the charge is one). */
  charge(layer: LayerIndex, ns: number, mechanism?: Mechanism): this {
    this.ns[layer] = (this.ns[layer] as number) + ns;
    if (mechanism !== undefined) bump(this.mechanismNs, mechanismIndex(mechanism), ns);
    return this;
  }

  /** Charges `ns` of work the back-end does for the guest, on its own vCPU (dom0's back-ends and drivers). */
  chargeBackend(layer: LayerIndex, ns: number, mechanism?: Mechanism): this {
    this.charge(layer, ns, mechanism);
    this.backendNs[layer] = (this.backendNs[layer] as number) + ns;
    if (mechanism !== undefined) bump(this.backendMechanismNs, mechanismIndex(mechanism), ns);
    return this;
  }

  /** Counts `n` exits (or traps, hypercalls) of one reason (caused by `mechanism`, when named). */
  count(reason: ExitReason, n = 1, mechanism?: Mechanism): this {
    bump(this.exits, exitIndex(reason), n);
    if (mechanism !== undefined) bump(this.mechanismExits, mechanismIndex(mechanism), n);
    return this;
  }

  /** Adds `times` copies of another path; what it has not attributed goes to `as`, when given. */
  add(other: CostPath, times = 1, as?: Mechanism): this {
    addScaled(this.ns, other.ns, times);
    addScaled(this.exits, other.exits, times);
    addScaled(this.mechanismNs, other.mechanismNs, times);
    addScaled(this.mechanismExits, other.mechanismExits, times);
    addScaled(this.backendNs, other.backendNs, times);
    addScaled(this.backendMechanismNs, other.backendMechanismNs, times);
    if (as !== undefined) {
      const m = mechanismIndex(as);
      bump(this.mechanismNs, m, (other.total() - sum(other.mechanismNs)) * times);
      bump(this.mechanismExits, m, (sum(other.exits) - sum(other.mechanismExits)) * times);
      bump(this.backendMechanismNs, m, (other.backendTotal() - sum(other.backendMechanismNs)) * times);
    }
    return this;
  }

  /** Total CPU nanoseconds across layers. */
  total(): number {
    return sum(this.ns);
  }

  /** The back-end's CPU nanoseconds across layers (0 where nothing runs off the guest's vCPU). */
  backendTotal(): number {
    return sum(this.backendNs);
  }

  /** Nanoseconds no mechanism has been named for yet (0, within rounding, for a priced transaction). */
  unattributedNs(): number {
    return this.total() - sum(this.mechanismNs);
  }
}

/** `into[i] += from[i] * k` for every i. */
export function addScaled(into: Float64Array, from: Float64Array, k: number): void {
  for (let i = 0; i < into.length; i++) into[i] = (into[i] as number) + (from[i] as number) * k;
}

function bump(a: Float64Array, i: number, v: number): void {
  a[i] = (a[i] as number) + v;
}

function sum(a: Float64Array): number {
  let s = 0;
  for (const v of a) s += v;
  return s;
}
