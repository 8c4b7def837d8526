/**
 * Metric paths: how a lab names one figure of a run, e.g.
 * `platforms.hosted.guests.web1.relativeToNative` or `platforms.bare-metal.rates.cpuShareByLayer.hypervisor`.
 * The figures are what the engine computed (results and step rates); this module only
 * addresses them, it computes nothing.
 */
import { EXIT_REASONS } from '../engine/metrics/exit-reasons.ts';
import { LAYERS } from '../engine/metrics/layers.ts';
import type { PlatformResult } from '../engine/metrics/results.ts';
import type { StepRates } from '../engine/platform-worker-api.ts';
import { PLATFORM_KINDS, type PlatformKind, type Scenario } from '../engine/scenario/schema.ts';

/** One platform's figures at one instant: its cumulative results (relativeToNative filled) and the last virtual second's rates. */
export interface PlatformFigures {
  readonly result: PlatformResult;
  readonly rates?: StepRates;
}

export interface LabFigures {
  /** Virtual seconds run so far. */
  readonly timeS: number;
  readonly platforms: Partial<Readonly<Record<PlatformKind, PlatformFigures>>>;
}

/** A segment matcher: a fixed name, or one of a set of names. */
type Segment = string | { readonly oneOf: 'layer' | 'reason' | 'guest' | 'any' };
const LAYER = { oneOf: 'layer' } as const;
const REASON = { oneOf: 'reason' } as const;
const GUEST = { oneOf: 'guest' } as const;
const ANY = { oneOf: 'any' } as const;

/** The figures a path may name after `platforms.<platform>.` */
const PLATFORM_FIELDS: readonly (readonly Segment[])[] = [
  ['bootMs'],
  ['licenses'],
  ['memoryMiB', 'total'],
  ['memoryMiB', 'byLayer', ANY],
  ['memoryMiB', 'reclaimedMiB', ANY],
  ['cpuMsByLayer', LAYER],
  ['exitsByReason', REASON],
  ['rates', 'cpuShareByLayer', LAYER],
  ['rates', 'exitsPerSecond', REASON],
  ['rates', 'throughputByGuest', GUEST],
  ['guests', GUEST, 'relativeToNative'],
  ['guests', GUEST, 'fitsOnHost'],
  ['guests', GUEST, 'bootMs'],
  ['guests', GUEST, 'throughput', 'perSecond'],
  ['guests', GUEST, 'latencyMs', 'p50'],
  ['guests', GUEST, 'latencyMs', 'p99'],
  ['guests', GUEST, 'cpuMsByLayer', LAYER],
  ['guests', GUEST, 'exitsByReason', REASON],
  ['guests', GUEST, 'memoryMiB', ANY],
  ['guests', GUEST, 'memoryPressure', ANY],
];

/** What is wrong with a metric path (null when it names a figure); guest names are checked when a scenario is given. */
export function metricPathProblem(path: string, scenario?: Scenario): string | null {
  const parts = path.split('.');
  if (parts.length === 1 && parts[0] === 'timeS') return null;
  const [root, kind, ...rest] = parts;
  if (root !== 'platforms' || kind === undefined) return 'starts with "platforms.<platform>." (or is "timeS")';
  if (!(PLATFORM_KINDS as readonly string[]).includes(kind)) return `"${kind}" is not a platform (${PLATFORM_KINDS.join(', ')})`;
  const guests = scenario ? new Set(scenario.guests.map((g) => g.name)) : null;
  const matches = (seg: Segment, part: string): boolean => {
    if (typeof seg === 'string') return seg === part;
    if (seg.oneOf === 'layer') return (LAYERS as readonly string[]).includes(part);
    if (seg.oneOf === 'reason') return (EXIT_REASONS as readonly string[]).includes(part);
    if (seg.oneOf === 'guest') return guests === null ? part.length > 0 : guests.has(part);
    return part.length > 0;
  };
  const fits = PLATFORM_FIELDS.some((f) => f.length === rest.length && f.every((seg, i) => matches(seg, rest[i] as string)));
  if (fits) return null;
  const guest = rest[0] === 'guests' ? rest[1] : rest[0] === 'rates' && rest[1] === 'throughputByGuest' ? rest[2] : undefined;
  if (guest !== undefined && guests !== null && !guests.has(guest)) return `the scenario has no guest "${guest}"`;
  return `"${rest.join('.')}" is not a figure of a platform (see docs/labs.md, "Metric paths")`;
}

/** The figure a path names: a number, or why there is none yet. */
export function figureAt(figures: LabFigures, path: string): { value: number } | { missing: string } {
  if (path === 'timeS') return { value: figures.timeS };
  const [, kind, ...rest] = path.split('.');
  const platform = figures.platforms[kind as PlatformKind];
  if (!platform) return { missing: `no figures from ${kind ?? '?'} yet` };
  let node: unknown = platform.result;
  for (let i = 0; i < rest.length; i++) {
    const part = rest[i] as string;
    if (i === 0 && part === 'rates') {
      node = platform.rates;
      if (node === undefined) return { missing: 'no rates yet' };
      continue;
    }
    if (i === 1 && rest[0] === 'guests') {
      node = platform.result.guests.find((g) => g.name === part);
      if (node === undefined) return { missing: `no guest "${part}" on ${kind}` };
      continue;
    }
    if (typeof node !== 'object' || node === null) return { missing: `${path} has no value yet` };
    const record = node as Readonly<Record<string, unknown>>;
    // A layer or exit reason missing from a by-layer or by-reason table has not been charged: zero.
    node = Object.hasOwn(record, part) ? record[part] : i === rest.length - 1 ? 0 : undefined;
  }
  return typeof node === 'number' && Number.isFinite(node) ? { value: node } : { missing: `${path} has no value yet` };
}
