/**
 * The results a run produces: the CLI's JSON and the page's figures. Field names are part
 * of the public format (docs/scenario.md, "Results").
 */
import type { PlatformKind } from '../scenario/schema.ts';

export type GuestState = 'booting' | 'running' | 'stopped' | 'crashed' | 'refused';

export interface GuestResult {
  readonly name: string;
  readonly os: string;
  readonly workload: string;
  readonly state: GuestState;
  /** Why the guest is refused, or why it crashed. */
  readonly reason?: string;
  readonly throughput: { readonly unit: string; readonly perSecond: number };
  /** Throughput divided by the same guest's on native; null when either did no work. */
  readonly relativeToNative: number | null;
  readonly latencyMs: { readonly p50: number | null; readonly p99: number | null };
  readonly cpuMsByLayer: Readonly<Record<string, number>>;
  readonly exitsByReason: Readonly<Record<string, number>>;
  readonly memoryMiB: Readonly<Record<string, number>>;
  /** Virtual ms from power-on until the workload started; null until it has. */
  readonly bootMs: number | null;
  /**
   * How many guests like this one the host's memory holds beside the layers under them
   * (memory density; CPU contention is not counted here). 0 for a refused guest.
   */
  readonly fitsOnHost: number;
}

export interface PlatformResult {
  readonly label: string;
  readonly stack: readonly string[];
  /** Why the whole platform cannot run on this host. */
  readonly refusal?: string;
  readonly guests: readonly GuestResult[];
  readonly cpuMsByLayer: Readonly<Record<string, number>>;
  readonly exitsByReason: Readonly<Record<string, number>>;
  readonly memoryMiB: { readonly total: number; readonly byLayer: Readonly<Record<string, number>> };
  /** Virtual ms until every admitted guest was running; null if one is still booting. */
  readonly bootMs: number | null;
  readonly licenses: number;
  /** Discrete events the simulation processed (a measure of its work, for benchmarks). */
  readonly events: number;
}

export interface ScenarioResult {
  readonly scenario: string;
  readonly seed: number;
  readonly durationS: number;
  readonly platforms: Readonly<Record<PlatformKind, PlatformResult>>;
}
