/**
 * Density: how many guests of one kind a host holds on a platform before each one's
 * throughput falls under a threshold (relative to one such guest alone). Each point is a
 * run of n identical guests — the host and platform options of a scenario, the guests made
 * from its template — measured over a window once every guest has finished booting.
 * Memory pressure, CPU and device contention all show in the same throughput.
 */
import { GUEST_OS } from '../os/guest-os.ts';
import { OS_IDS, type OsId } from '../os/os-families.ts';
import { createPlatformSimulation } from '../run/run-scenario.ts';
import { MAX_GUESTS, type GuestSpec, type PlatformKind, type Scenario } from '../scenario/schema.ts';
import { WORKLOADS } from '../workloads/catalog.ts';
import { WORKLOAD_KINDS, type WorkloadKind } from '../workloads/workload-kinds.ts';

export interface GuestKind {
  readonly os: OsId;
  readonly workload: WorkloadKind;
}

export interface DensityOptions {
  readonly guest: GuestKind;
  /** Throughput per guest, relative to one guest alone, below which the host is full (0–1). */
  readonly threshold: number;
  /** The most guests tried (at most the scenario format's MAX_GUESTS). */
  readonly maxGuests: number;
  /** Virtual seconds measured after every guest has booted (at least: longer when one guest alone completes few transactions in it). */
  readonly windowS: number;
}

/** The defaults: up to 64 guests (a curve to a thousand is asked for, with `--max`; each point is a run of that many). */
export const DEFAULT_DENSITY: Omit<DensityOptions, 'guest'> = { threshold: 0.8, maxGuests: 64, windowS: 20 };

export interface DensityPoint {
  readonly guests: number;
  /** Mean transactions per second per guest over the window (a guest that is down counts 0). */
  readonly perGuest: number;
  /** perGuest over one guest's alone. */
  readonly relative: number;
  /** Guests still running at the end of the window. */
  readonly running: number;
}

export interface DensityCurve {
  readonly platform: PlatformKind;
  readonly unit: string;
  /** The points measured, by number of guests. */
  readonly points: readonly DensityPoint[];
  /** The most guests that stay at or above the threshold (0: not even one). */
  readonly knee: number;
  /** The window each point was measured over, virtual s. */
  readonly windowS: number;
  /** Why the platform cannot run this guest at all. */
  readonly refusal?: string;
  /**
   * Native's baseline: each guest on a dedicated server of this hardware, so its curve never
   * falls and its knee is only how far the curve was run — `knee` guests take `knee` servers.
   */
  readonly serverEach?: true;
}

/** The longest a run waits for its guests to boot before measuring, virtual s. */
const BOOT_WAIT_S = 900;
/**
 * Transactions one guest alone should complete in a window, so that the batches' random
 * sizes average out (a kernel build's files are few and uneven): the window grows to hold
 * them, up to MAX_WINDOW_S.
 */
const MIN_TRANSACTIONS = 400;
const MAX_WINDOW_S = 120;
/** Counts tried before bisecting: denser where curves bend for small hosts. */
const LADDER = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768];

/** `os:workload`, e.g. `linux:oltp`; or a message saying what is wrong. */
export function parseGuestKind(text: string): GuestKind | string {
  const [os, workload, ...rest] = text.split(':');
  if (rest.length > 0 || os === undefined || workload === undefined) return `--guest takes <os>:<workload>, e.g. linux:web-server (got "${text}")`;
  if (!(OS_IDS as readonly string[]).includes(os)) return `unknown OS "${os}" (${OS_IDS.join(', ')})`;
  if (!(WORKLOAD_KINDS as readonly string[]).includes(workload)) return `unknown workload "${workload}" (${WORKLOAD_KINDS.join(', ')})`;
  return { os: os as OsId, workload: workload as WorkloadKind };
}

/** The guest the curve multiplies: the scenario's own guest of that kind if it has one, else one sized like its first. */
export function templateGuest(scenario: Scenario, kind: GuestKind): GuestSpec {
  const same = scenario.guests.find((g) => g.os === kind.os && g.workload.kind === kind.workload);
  if (same) return same;
  const first = scenario.guests[0] as GuestSpec;
  const memoryMiB = Math.max(first.memoryMiB, GUEST_OS[kind.os].footprintMiB + WORKLOADS[kind.workload].residentMiB);
  return { name: 'g', os: kind.os, vcpus: first.vcpus, memoryMiB, workload: { kind: kind.workload } };
}

/** The scenario with `n` copies of `template` as its guests. */
export function densityScenario(scenario: Scenario, template: GuestSpec, n: number): Scenario {
  const guests = Array.from({ length: n }, (_, i) => ({ ...template, name: `d${String(i + 1).padStart(2, '0')}` }));
  return { ...scenario, guests };
}

/** Where a density curve's computation is, reported once per virtual second simulated. */
export interface DensityProgress {
  readonly platform: PlatformKind;
  /** Points measured so far. */
  readonly points: number;
  /** Guests in the run being simulated now. */
  readonly guests: number;
  /** Virtual seconds simulated so far, every run of the curve together. */
  readonly virtualS: number;
}

interface Measured {
  readonly perGuest: number;
  readonly running: number;
  readonly refusal?: string;
}

/**
 * Runs `n` guests on one platform; mean throughput per guest over the window, and how many
 * still run. Yields after each virtual second simulated, so a caller can spread the work
 * (advancing in steps gives the same results as one advance: the run is event-driven).
 */
function* measureSteps(scenario: Scenario, kind: PlatformKind, template: GuestSpec, n: number, windowS: number): Generator<void, Measured, void> {
  const sim = createPlatformSimulation(densityScenario(scenario, template, n), kind);
  const refusal = sim.model.refusal ?? (n === 1 ? sim.guests[0]?.reason : null);
  if (refusal) return { perGuest: 0, running: 0, refusal };
  let t = 0;
  while (t < BOOT_WAIT_S * 1e9 && sim.guests.some((g) => g.state === 'booting')) {
    sim.advanceTo((t += 1e9));
    yield;
  }
  const before = sim.guests.map((g) => g.transactions);
  const end = t + windowS * 1e9;
  while (t < end) {
    sim.advanceTo((t = Math.min(end, t + 1e9)));
    yield;
  }
  const done = sim.guests.reduce((s, g, i) => s + g.transactions - (before[i] as number), 0);
  return { perGuest: done / windowS / n, running: sim.guests.filter((g) => g.state === 'running').length };
}

/**
 * The curve on one platform, step by step: up the ladder of counts until throughput per
 * guest falls under the threshold, then bisection between the last count above it and the
 * first below, so the knee is exact. Yields its progress once per virtual second simulated.
 */
export function* densityCurveSteps(scenario: Scenario, kind: PlatformKind, o: DensityOptions): Generator<DensityProgress, DensityCurve, void> {
  const template = templateGuest(scenario, o.guest);
  const unit = WORKLOADS[o.guest.workload].unit;
  const max = Math.max(1, Math.min(o.maxGuests, MAX_GUESTS));
  const points = new Map<number, DensityPoint>();
  let virtualS = 0;
  function* measure(n: number, windowS: number): Generator<DensityProgress, Measured, void> {
    const run = measureSteps(scenario, kind, template, n, windowS);
    for (let r = run.next(); ; r = run.next()) {
      if (r.done) return r.value;
      yield { platform: kind, points: points.size, guests: n, virtualS: ++virtualS };
    }
  }
  const first = yield* measure(1, o.windowS);
  if (first.refusal !== undefined) return { platform: kind, unit, points: [], knee: 0, windowS: o.windowS, refusal: first.refusal };
  const windowS = first.perGuest > 0 ? Math.min(MAX_WINDOW_S, Math.max(o.windowS, Math.ceil(MIN_TRANSACTIONS / first.perGuest))) : o.windowS;
  const alone = windowS === o.windowS ? first : yield* measure(1, windowS);
  function* point(n: number): Generator<DensityProgress, DensityPoint, void> {
    const m = n === 1 ? alone : yield* measure(n, windowS);
    const p = { guests: n, perGuest: m.perGuest, relative: alone.perGuest > 0 ? m.perGuest / alone.perGuest : 0, running: m.running };
    points.set(n, p);
    return p;
  }
  let good = 0;
  let bad = 0;
  for (const n of [...LADDER.filter((x) => x < max), max]) {
    if ((yield* point(n)).relative >= o.threshold) good = n;
    else {
      bad = n;
      break;
    }
  }
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if ((yield* point(mid)).relative >= o.threshold) good = mid;
    else bad = mid;
  }
  const sorted = [...points.values()].sort((a, b) => a.guests - b.guests);
  return { platform: kind, unit, points: sorted, knee: good, windowS, ...(kind === 'native' ? { serverEach: true as const } : {}) };
}

/** At most how many points a curve up to `maxGuests` measures: the ladder, then a bisection of its widest gap (for a progress display). */
export function maxDensityPoints(maxGuests: number): number {
  const max = Math.max(1, Math.min(maxGuests, MAX_GUESTS));
  const ladder = [...LADDER.filter((x) => x < max), max];
  const widest = Math.max(1, ...ladder.slice(1).map((n, i) => n - (ladder[i] as number)));
  return ladder.length + Math.ceil(Math.log2(widest));
}

/** The whole curve on one platform at once (the CLI; `onProgress` hears each virtual second). */
export function densityCurve(scenario: Scenario, kind: PlatformKind, o: DensityOptions, onProgress?: (p: DensityProgress) => void): DensityCurve {
  const steps = densityCurveSteps(scenario, kind, o);
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    onProgress?.(r.value);
  }
}
