/**
 * How a service's clients issue requests (docs/workloads.md §20). Closed loop without
 * think time keeps every client busy (each sends its next request the moment the last is
 * answered): throughput is whatever the server can do. Closed loop with think time has
 * each of `concurrency` clients pause an exponentially distributed time between requests,
 * as SPECweb99's and the TPC benchmarks' emulated users do. Open loop has requests arrive
 * as a Poisson stream at `arrivalsPerSecond` whatever the server's speed. With think time or
 * open arrivals a request is simulated on its own (a batch of one), and its response time
 * runs from when it was issued — waiting included — to its answer.
 */
import { NS_PER_MS, NS_PER_S } from '../sim/units.ts';
import type { WorkloadParameters } from './workload-parameters.ts';

export type ClientModel =
  | { readonly kind: 'saturating' }
  | { readonly kind: 'think-time'; readonly meanThinkNs: number }
  | { readonly kind: 'open'; readonly arrivalsPerSecond: number };


export function clientModel(p: WorkloadParameters): ClientModel {
  if (p.arrivalsPerSecond !== undefined) return { kind: 'open', arrivalsPerSecond: p.arrivalsPerSecond };
  if (p.thinkTimeMs !== undefined && p.thinkTimeMs > 0) return { kind: 'think-time', meanThinkNs: p.thinkTimeMs * NS_PER_MS };
  return { kind: 'saturating' };
}

/** An exponentially distributed draw with mean `meanNs`, from a uniform `u` in [0, 1). */
export function exponentialNs(meanNs: number, u: number): number {
  return -Math.log(1 - u) * meanNs;
}

/**
 * The mean gap between one client's requests in an open stream shared by `clients` of them:
 * each takes an equal share of the arrivals (a Poisson stream split at random stays Poisson).
 */
export function openGapNs(m: { readonly arrivalsPerSecond: number }, clients: number): number {
  return (clients * NS_PER_S) / m.arrivalsPerSecond;
}
