/**
 * Reads a platform simulation's counters into the public result format: per-layer
 * milliseconds, exits by reason, memory by part, throughput and latency per guest.
 */
import { EXIT_REASONS } from '../metrics/exit-reasons.ts';
import { LAYERS, LAYER_COUNT, L } from '../metrics/layers.ts';
import type { GuestResult, PlatformResult } from '../metrics/results.ts';
import type { GuestRuntime } from './guest-runtime.ts';
import type { PlatformSimulation } from './platform-simulation.ts';

/** Results of one platform, with `relativeToNative` left null (the scenario run fills it). */
export function collectResults(sim: PlatformSimulation): PlatformResult {
  const m = sim.model;
  const totals = sim.guests.map((g) => g.totals(sim.now));
  const baseMiB = Object.values(m.baseMemoryMiB()).reduce((a, b) => a + b, 0);
  const freeForGuests = Math.max(0, sim.scenario.host.memoryMiB - baseMiB);
  const guests = sim.guests.map((g, i) => guestResult(g, totals[i] as GuestTotals, sim.now, freeForGuests));
  const admitted = sim.guests.filter((g) => g.plan !== null);

  const background = sim.background();
  const layerNs = new Float64Array(LAYER_COUNT);
  const exits = new Float64Array(EXIT_REASONS.length);
  sumInto(layerNs, background.ns);
  sumInto(exits, background.exits);
  for (const t of totals) {
    sumInto(layerNs, t.ns);
    sumInto(exits, t.exits);
  }
  let busy = 0;
  for (const v of layerNs) busy += v;
  layerNs[L.idle] = Math.max(0, sim.scenario.host.cores * sim.now - busy);

  const byLayer: Record<string, number> = { ...m.baseMemoryMiB() };
  for (const g of admitted) {
    for (const [part, mib] of Object.entries(g.plan?.memoryMiB ?? {})) byLayer[part] = (byLayer[part] ?? 0) + mib;
  }
  const total = Object.values(byLayer).reduce((a, b) => a + b, 0);
  const booted = admitted.every((g) => g.firstRunningNs >= 0);

  return {
    label: m.label,
    stack: m.stack,
    ...(m.refusal ? { refusal: m.refusal } : {}),
    guests,
    cpuMsByLayer: layerRecord(layerNs),
    exitsByReason: exitRecord(exits),
    memoryMiB: { total: round(total, 1), byLayer: mapValues(byLayer, (v) => round(v, 1)) },
    bootMs: booted && admitted.length > 0 ? round(Math.max(...admitted.map((g) => g.firstRunningNs)) / 1e6, 1) : null,
    licenses: m.licences(admitted.map((g) => g.spec)),
    events: sim.events,
  };
}

type GuestTotals = { ns: Float64Array; exits: Float64Array };

function guestResult(g: GuestRuntime, totals: GuestTotals, now: number, freeForGuestsMiB: number): GuestResult {
  const costMiB = Object.values(g.plan?.memoryMiB ?? {}).reduce((a, b) => a + b, 0);
  const runningS = g.runningNs(now) / 1e9;
  const p50 = g.latency.quantile(0.5);
  const p99 = g.latency.quantile(0.99);
  return {
    name: g.spec.name,
    os: g.spec.os,
    workload: g.spec.workload.kind,
    state: g.state,
    ...(g.reason ? { reason: g.reason } : g.crashReason ? { reason: g.crashReason } : {}),
    throughput: { unit: g.workload.unit, perSecond: round(runningS > 0 ? g.transactions / runningS : 0, 3) },
    relativeToNative: null,
    latencyMs: { p50: p50 === null ? null : round(p50 / 1e6, 4), p99: p99 === null ? null : round(p99 / 1e6, 4) },
    cpuMsByLayer: layerRecord(totals.ns),
    exitsByReason: exitRecord(totals.exits),
    memoryMiB: mapValues(g.plan?.memoryMiB ?? {}, (v) => round(v, 1)),
    bootMs: g.firstRunningNs >= 0 ? round(g.firstRunningNs / 1e6, 1) : null,
    fitsOnHost: costMiB > 0 ? Math.floor(freeForGuestsMiB / costMiB) : 0,
  };
}

function sumInto(into: Float64Array, from: Float64Array): void {
  for (let i = 0; i < into.length; i++) into[i] = (into[i] as number) + (from[i] as number);
}

/** Non-zero layers in the canonical order, ms to 3 decimals. */
function layerRecord(ns: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  LAYERS.forEach((layer, i) => {
    const v = ns[i] as number;
    if (v > 0) out[layer] = round(v / 1e6, 3);
  });
  return out;
}

/** Non-zero exit reasons, as whole counts. */
function exitRecord(counts: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  EXIT_REASONS.forEach((reason, i) => {
    const v = Math.round(counts[i] as number);
    if (v > 0) out[reason] = v;
  });
  return out;
}

function mapValues(r: Readonly<Record<string, number>>, f: (v: number) => number): Record<string, number> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v)]));
}

export function round(v: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}
