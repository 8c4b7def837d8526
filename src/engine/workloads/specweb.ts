/**
 * A SPECweb99-like web server: static files and dynamic content. 70 % of SPECweb99's
 * requests are static GETs and 30 % dynamic (Ruan et al. 2004); the dynamic share splits,
 * as SPECweb99's whitepaper gives it, into standard dynamic GETs (12.45 % of all requests),
 * GETs with custom ad rotation (12.6 %), POSTs (4.8 %) and CGI GETs (0.15 %)
 * (docs/workloads.md §18). `dynamicPercent` scales the dynamic share, keeping that split.
 */
import type { WorkloadDef } from './workload-def.ts';
import { blend, type OpMix } from './op-mix.ts';
import type { WorkloadParameters } from './workload-parameters.ts';
import { CGI_GET_MIX, DYNAMIC_GET_MIX, POST_MIX, STATIC_GET_MIX } from './web-requests.ts';

/** SPECweb99's dynamic request kinds, in percent of all requests (they sum to its 30 %). */
const DYNAMIC_SPLIT: readonly (readonly [percent: number, m: OpMix])[] = [
  [12.45, DYNAMIC_GET_MIX],
  [12.6, DYNAMIC_GET_MIX],
  [4.8, POST_MIX],
  [0.15, CGI_GET_MIX],
];
const SPECWEB99_DYNAMIC_PERCENT = 30;

/** One request of the mix with `dynamicPercent` % dynamic requests. */
export function specwebMix(dynamicPercent: number): OpMix {
  const dynamic = dynamicPercent / 100;
  return blend([[1 - dynamic, STATIC_GET_MIX], ...DYNAMIC_SPLIT.map(([percent, m]) => [(dynamic * percent) / SPECWEB99_DYNAMIC_PERCENT, m] as const)]);
}

export function specwebWorkload(p: WorkloadParameters): WorkloadDef {
  const dynamicPercent = p.dynamicPercent ?? SPECWEB99_DYNAMIC_PERCENT;
  return {
    kind: 'specweb',
    label: `Web server, SPECweb99-like (${100 - dynamicPercent} % static, ${dynamicPercent} % dynamic)`,
    transaction: 'one HTTP request (static file, dynamic page, POST or CGI)',
    unit: 'requests/s',
    perTx: specwebMix(dynamicPercent),
    concurrency: { fixed: 32 },
    residentMiB: 192,
    pageCacheMiB: 256,
    variability: 16,
  };
}
