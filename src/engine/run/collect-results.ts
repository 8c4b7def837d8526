/**
 * Reads a platform simulation's counters into the public result format: per-layer
 * milliseconds, exits by reason, memory by part, throughput and latency per guest.
 */
import { EXIT_REASONS } from '../metrics/exit-reasons.ts';
import { LAYER_COUNT, L } from '../metrics/layers.ts';
import { exitRecord, layerRecord, round } from '../metrics/result-records.ts';
import type { GuestMemoryPressure, GuestResult, NetworkResult, PlatformResult, SchedulingResult } from '../metrics/results.ts';
import type { GuestRuntime } from './core/guest-runtime.ts';
import type { PlatformSimulation } from './platform-simulation.ts';
import { networkResult } from '../network/network-result.ts';
import type { TimePerTransaction } from '../metrics/time-per-transaction.ts';

/** Results of one platform, with `relativeToNative` left null (the scenario run fills it). */
export function collectResults(sim: PlatformSimulation): PlatformResult {
  const m = sim.model;
  const totals = sim.guests.map((g) => g.totals(sim.now));
  const baseMiB = Object.values(m.baseMemoryMiB()).reduce((a, b) => a + b, 0);
  const freeForGuests = Math.max(0, sim.scenario.host.memoryMiB - baseMiB);
  const guests = sim.guests.map((g, i) => ({
    ...guestResult(g, totals[i] as GuestTotals, sim.now, freeForGuests, m.kind === 'native'),
    ...(sim.migrations.underWay(g) ? { migration: 'moving' as const } : sim.migrations.away(g) ? { migration: 'moved' as const } : {}),
  }));
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
  // Native's dedicated servers each bring the host's cores: N machines, each mostly idle.
  layerNs[L.idle] = Math.max(0, sim.scheduler.cores * sim.now - busy);

  const byLayer: Record<string, number> = { ...m.baseMemoryMiB() };
  for (const g of admitted) {
    for (const [part, mib] of Object.entries(g.heldMiB())) byLayer[part] = (byLayer[part] ?? 0) + mib;
  }
  const reclaimed = reclaimedMiB(admitted);
  const total = Object.values(byLayer).reduce((a, b) => a + b, 0);
  const booted = admitted.every((g) => g.firstRunningNs >= 0);

  return {
    label: m.label,
    stack: m.stack,
    ...(m.refusal ? { refusal: m.refusal } : {}),
    guests,
    cpuMsByLayer: layerRecord(layerNs),
    exitsByReason: exitRecord(exits),
    memoryMiB: {
      total: round(total, 1),
      byLayer: mapValues(byLayer, (v) => round(v, 1)),
      ...(reclaimed ? { reclaimedMiB: mapValues(reclaimed, (v) => round(v, 1)) } : {}),
    },
    bootMs: booted && admitted.length > 0 ? round(Math.max(...admitted.map((g) => g.firstRunningNs)) / 1e6, 1) : null,
    licenses: m.licences(admitted.map((g) => g.spec)),
    scheduling: schedulingResult(sim),
    events: sim.events,
    faults: sim.faults.results(),
    ...networkField(sim),
  };
}

function schedulingResult(sim: PlatformSimulation): SchedulingResult {
  const s = sim.scheduler;
  const slice = s.sliceNs();
  const sw = s.policy.guestSwitch;
  return {
    scheduler: s.policy.scheduler,
    sliceMs: Number.isFinite(slice) ? round(slice / 1e6, 3) : 0,
    guestSwitches: Math.round(s.guestSwitches),
    switchUs: round((sw.path.total() + sw.refillNs) / 1e3, 2),
  };
}

type GuestTotals = { ns: Float64Array; exits: Float64Array };

function guestResult(g: GuestRuntime, totals: GuestTotals, now: number, freeForGuestsMiB: number, native: boolean): GuestResult {
  // Natively a server runs as many such workloads as fit beside one kernel of its own.
  const { 'guest-kernel': ownKernelMiB = 0, ...rest } = g.plan?.memoryMiB ?? {};
  const costMiB = Object.values(native ? rest : (g.plan?.memoryMiB ?? {})).reduce((a, b) => a + b, 0);
  const fitsOn = native ? freeForGuestsMiB - ownKernelMiB : freeForGuestsMiB;
  const runningS = g.runningNs(now) / 1e9;
  const p50 = g.latency.quantile(0.5);
  const p99 = g.latency.quantile(0.99);
  const pressure = memoryPressure(g);
  return {
    name: g.spec.name,
    os: g.spec.os,
    workload: g.spec.workload.kind,
    state: g.state,
    ...(g.reason ? { reason: g.reason } : g.crashReason ? { reason: g.crashReason } : {}),
    ...(g.pausedAt(now) ? { paused: true as const } : {}),
    throughput: { unit: g.workload.unit, perSecond: round(runningS > 0 ? g.transactions / runningS : 0, 3) },
    relativeToNative: null,
    aloneVsNative: null,
    sharedVsAlone: null,
    alonePerSecond: null,
    guestSwitches: Math.round(g.switchesAt(now)),
    // To the ns: a system call's response time is a fraction of a µs.
    latencyMs: { p50: p50 === null ? null : round(p50 / 1e6, 6), p99: p99 === null ? null : round(p99 / 1e6, 6) },
    cpuMsByLayer: layerRecord(totals.ns),
    exitsByReason: exitRecord(totals.exits),
    memoryMiB: mapValues(g.heldMiB(), (v) => round(v, 1)),
    bootMs: g.firstRunningNs >= 0 ? round(g.firstRunningNs / 1e6, 1) : null,
    ...(g.operationsDoneNs >= 0 ? { workloadDoneMs: round(g.operationsDoneNs / 1e6, 1) } : {}),
    fitsOnHost: costMiB > 0 ? Math.floor(Math.max(0, fitsOn) / costMiB) : 0,
    ...(pressure ? { memoryPressure: pressure } : {}),
    ...timeField(g.account.perTransaction()),
  };
}

/** The time per transaction as printed: µs to the ns, the total the sum of the printed parts. */
function timeField(t: TimePerTransaction | null): { timePerTransaction?: TimePerTransaction } {
  if (!t) return {};
  const rounded = (r: Readonly<Record<string, number>>, digits: number): Record<string, number> =>
    Object.fromEntries(Object.entries(r).flatMap(([k, v]): [string, number][] => (round(v, digits) === 0 ? [] : [[k, round(v, digits)]])));
  const cpuUs = rounded(t.cpuUs, 3);
  const waitUs = rounded(t.waitUs, 3);
  const us = [...Object.values(cpuUs), ...Object.values(waitUs)].reduce((a, b) => a + b, 0);
  const exits = rounded(t.exits, 4);
  return { timePerTransaction: { transactions: round(t.transactions, 3), us: round(us, 3), cpuUs, waitUs, exits } };
}

/** What the reclaim mechanisms did to the guest, or undefined when none did anything. */
function memoryPressure(g: GuestRuntime): GuestMemoryPressure | undefined {
  const p = g.pressure;
  if (p.sharingSavedMiB + p.balloonedMiB + p.swappedMiB + p.cacheDroppedMiB + p.swapIns + p.oomKills === 0) return undefined;
  return {
    sharingSavedMiB: round(p.sharingSavedMiB, 1),
    balloonedMiB: round(p.balloonedMiB, 1),
    swappedMiB: round(p.swappedMiB, 1),
    pageCacheDroppedMiB: round(p.cacheDroppedMiB, 1),
    swapIns: Math.round(p.swapIns),
    oomKills: p.oomKills,
    ...(p.lastOomKill ? { lastOomKill: p.lastOomKill } : {}),
  };
}

/** Memory the mechanisms took back across the guests, by mechanism; undefined when none acted. */
function reclaimedMiB(guests: readonly GuestRuntime[]): Record<string, number> | undefined {
  const sum = (f: (g: GuestRuntime) => number): number => guests.reduce((s, g) => s + f(g), 0);
  const r = {
    'shared-pages': sum((g) => g.pressure.sharingSavedMiB),
    ballooned: sum((g) => g.pressure.balloonedMiB),
    swapped: sum((g) => g.pressure.swappedMiB),
    'page-cache-dropped': sum((g) => g.pressure.cacheDroppedMiB),
  };
  const acted = Object.entries(r).filter(([, v]) => v > 0);
  return acted.length > 0 ? Object.fromEntries(acted) : undefined;
}

function sumInto(into: Float64Array, from: Float64Array): void {
  for (let i = 0; i < into.length; i++) into[i] = (into[i] as number) + (from[i] as number);
}

function mapValues(r: Readonly<Record<string, number>>, f: (v: number) => number): Record<string, number> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v)]));
}

/** The platform's guest-to-guest packet (network/network-result.ts), when two guests run. */
function networkField(sim: PlatformSimulation): { network?: NetworkResult } {
  const network = networkResult(sim);
  return network ? { network } : {};
}
