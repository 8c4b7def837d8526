/**
 * The engine as one Web Worker serves it: coarse commands in, one snapshot out per step
 * (figures, rates over the last whole virtual second, and the bytes each console printed). Nothing here
 * knows it runs in a worker; `engine.worker.ts` exposes it with Comlink, and tests call it
 * directly.
 */
import { DEFAULT_DENSITY, parseGuestKind } from './memory/density-curve.ts';
import { DensityRun, type DensityAdvance } from './memory/density-run.ts';
import type { FaultResult, PlatformResult } from './metrics/results.ts';
import { isFaultKind } from './faults/fault-kinds.ts';
import { migrateGuest } from './migration/migrate-guest.ts';
import type { MigrationReport } from './migration/migration-report.ts';
import { PlatformEngine, type RecordedLine } from './platform-engine.ts';
import { AloneRuns, withAloneThroughputs } from './run/alone-runs.ts';
import { NO_RATES, RatesPerSecond, type StepRates } from './run/rates-per-second.ts';

export type { StepRates };
import { createPlatformSimulation } from './run/run-scenario.ts';
import { parseScenario } from './scenario/parse-scenario.ts';
import type { PlatformKind } from './scenario/schema.ts';

export interface PlatformSnapshot {
  readonly kind: PlatformKind;
  readonly nowNs: number;
  /**
   * Cumulative results (relativeToNative is filled by compareWithNative across platforms);
   * `result.guests` carries the guests of `guests` only (all of them unless asked otherwise).
   */
  readonly result: PlatformResult;
  /** Which guests `result.guests` carries: `result.guests[i]` is guest `from + i` of the platform's `total`. */
  readonly guests: GuestWindow;
  readonly rates: StepRates;
  /** Output of each open console since the last snapshot, by console id. */
  readonly consoleOutput: Readonly<Record<number, string>>;
}

/** Guests `from` to `from + count - 1`, in the scenario's order: those a snapshot is asked to carry. */
export interface GuestRange {
  readonly from: number;
  readonly count: number;
}

/** A run of consecutive guests, in the scenario's order. */
export interface GuestWindow {
  readonly from: number;
  readonly total: number;
}

export class PlatformWorkerApi {
  private engine: PlatformEngine | null = null;
  private kind: PlatformKind = 'native';
  private density: DensityRun | null = null;
  /** The platform's guests each alone, at the engine's instant: the two figures vs native splits into (none on native). */
  private alone: AloneRuns | null = null;
  private rates: RatesPerSecond | null = null;

  /** Loads a scenario (validated again: a worker trusts nothing) for one platform. */
  load(scenario: unknown, kind: PlatformKind): { ok: true } | { ok: false; errors: string[] } {
    const parsed = parseScenario(scenario);
    if (!parsed.ok) return parsed;
    this.engine = new PlatformEngine(parsed.scenario, kind);
    this.density = null;
    this.alone = kind === 'native' ? null : new AloneRuns(parsed.scenario, kind, createPlatformSimulation);
    this.kind = kind;
    this.rates = new RatesPerSecond(this.engine.sim);
    return { ok: true };
  }

  /**
   * Advances to virtual time `ns` and returns the snapshot there; with `guests` its result
   * carries only the cumulative results of guests `from` to `from + count - 1` (a thousand
   * guests' results copied to the page ten times a second was most of its work). The
   * platform's totals and the per-guest rates are always whole.
   */
  advanceTo(ns: number, guests?: GuestRange): PlatformSnapshot {
    const e = this.need();
    if (ns > e.now) e.advanceTo(ns);
    this.alone?.advanceTo(e.now);
    return this.snapshot(guests);
  }

  snapshot(guests?: GuestRange): PlatformSnapshot {
    const e = this.need();
    const result = this.alone ? withAloneThroughputs(e.results(), this.alone.throughputs()) : e.results();
    const consoleOutput: Record<number, string> = {};
    for (const id of e.readableConsoleIds()) {
      const out = e.read(id);
      if (out) consoleOutput[id] = out;
    }
    return this.packed(result, this.rates?.current() ?? NO_RATES, consoleOutput, guests);
  }

  /** The snapshot as sent: with `guests`, only that range of the guests' results. */
  private packed(result: PlatformResult, rates: StepRates, consoleOutput: Record<number, string>, guests?: GuestRange): PlatformSnapshot {
    const total = result.guests.length;
    const from = guests ? Math.min(total, Math.max(0, Math.trunc(guests.from) || 0)) : 0;
    const carried = guests ? { ...result, guests: result.guests.slice(from, from + Math.max(0, Math.trunc(guests.count) || 0)) } : result;
    return { kind: this.kind, nowNs: this.need().now, result: carried, guests: { from, total }, rates, consoleOutput };
  }

  openConsole(target: string): { id: number } | { error: string } {
    return this.need().openConsole(target);
  }

  /**
   * The console the page shows for `target`: the one a replay types into if there is one,
   * else a new one; `backlog` is what it printed before (the replayed lines and their answers).
   */
  consoleFor(target: string): { id: number; backlog: string } | { error: string } {
    const e = this.need();
    const r = e.consoleFor(target);
    return 'error' in r ? r : { id: r.id, backlog: e.read(r.id) };
  }

  write(id: number, data: string): void {
    // Keystrokes are bounded per call: a paste of megabytes is cut, not queued.
    this.need().write(id, data.slice(0, 65_536));
  }

  resize(id: number, columns: number, rows: number): void {
    this.need().resize(id, Math.max(20, Math.min(500, columns)), Math.max(5, Math.min(200, rows)));
  }

  closeConsole(id: number): void {
    this.need().closeConsole(id);
  }

  recording(): RecordedLine[] {
    return this.need().recording();
  }

  /** Moves a guest to an identical second host from now — the move then plays in the run — and reports the rounds, data moved and downtime (migration/). */
  migrate(guest: string): MigrationReport {
    return migrateGuest(this.need().sim, String(guest).slice(0, 64));
  }

  replay(lines: readonly RecordedLine[]): void {
    this.need().replay(lines);
  }

  /**
   * Injects a fault now (the page's Fault menu); kind and target are checked, as anything
   * from the page is. Returns what it did on this platform, or why it could not be typed.
   */
  injectFault(kind: string, target: string | null): FaultResult | { error: string } {
    if (!isFaultKind(kind)) return { error: `unknown fault kind "${kind}"` };
    if (target !== null && !this.need().sim.guests.some((g) => g.spec.name === target)) return { error: `no guest named "${target.slice(0, 64)}" on this platform` };
    return this.need().injectFault(kind, target);
  }

  /** Powers a crashed or stopped guest on again (the guest card's Restart); returns why not, or null. */
  restartGuest(name: string): string | null {
    return this.need().restartGuest(name.slice(0, 64));
  }

  /**
   * Starts the density curve of `guest` (`os:workload`) on this worker's platform, for the
   * loaded scenario's host: fresh runs of 1…n such guests, nothing of the running engine
   * touched. `densityStep` then computes it a few virtual seconds per call; a new start or
   * `cancelDensity` drops the one before.
   */
  startDensity(guest: string, options: { threshold?: number; maxGuests?: number; windowS?: number } = {}): { ok: true } | { error: string } {
    const kind = parseGuestKind(String(guest).slice(0, 64));
    if (typeof kind === 'string') return { error: kind };
    const clamp = (v: number | undefined, lo: number, hi: number, d: number): number => (v === undefined || !Number.isFinite(v) ? d : Math.min(hi, Math.max(lo, v)));
    this.density = new DensityRun(this.need().sim.scenario, this.kind, {
      guest: kind,
      threshold: clamp(options.threshold, 0.01, 1, DEFAULT_DENSITY.threshold),
      maxGuests: Math.round(clamp(options.maxGuests, 1, DEFAULT_DENSITY.maxGuests, DEFAULT_DENSITY.maxGuests)),
      windowS: clamp(options.windowS, 1, 60, DEFAULT_DENSITY.windowS),
    });
    return { ok: true };
  }

  /** Computes at most `virtualS` more virtual seconds (1…600) of the density curve started last. */
  densityStep(virtualS: number): DensityAdvance | { error: string } {
    if (!this.density) return { error: 'no density curve is being computed' };
    const r = this.density.advance(Math.min(600, Math.max(1, Number.isFinite(virtualS) ? virtualS : 1)));
    if (r.done) this.density = null;
    return r;
  }

  cancelDensity(): void {
    this.density = null;
  }

  private need(): PlatformEngine {
    if (!this.engine) throw new Error('no scenario loaded');
    return this.engine;
  }
}
