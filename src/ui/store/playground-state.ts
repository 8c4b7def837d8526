/**
 * What the page shows, and what a person can do to it: the store's shape (zustand, in
 * playground-store.ts). The store holds what the UI shows — snapshots the engine
 * computed — never a second copy of the engine's state, and never computes model results.
 */
import type { DensityCurve, DensityProgress, FaultKind, FaultResult, MigrationReport, PlatformKind, RecordedLine, Scenario } from '../../engine/index.ts';
import type { PlatformSnapshot } from '../../engine/platform-worker-api.ts';
import type { SharedRun } from '../../share/shared-run.ts';
import type { ViewTab } from '../../share/view-tabs.ts';

/** A platform worker's health: a crash or a hang is shown in its column with a restart. */
export type WorkerHealth = 'starting' | 'ok' | 'crashed' | 'hung';

export interface PlatformView {
  readonly kind: PlatformKind;
  readonly health: WorkerHealth;
  /** What went wrong, for a crashed or hung worker. */
  readonly problem?: string;
  /**
   * The latest snapshot, with relativeToNative filled in across platforms; each guest's
   * result is from the last tick that brought it (a big scenario's come a window a tick: lockstep.ts guestWindowAt).
   */
  readonly snapshot: PlatformSnapshot | null;
}

/** One point of a column's time series (what the engine reported at one step). */
export interface SeriesPoint {
  readonly tS: number;
  readonly cpuShareByLayer: Readonly<Record<string, number>>;
  readonly exitsPerSecond: number;
  /** Each guest's throughput per second, in the scenario's guest order; NaN where the engine reported none. */
  readonly throughputByGuest: Float64Array;
}

/** A terminal the page can show: a guest's console or a platform's management console. */
export interface ConsoleRef {
  /** `${platform}:${target}`, e.g. "hosted:web1" or "bare-metal:manager". */
  readonly key: string;
  readonly platform: PlatformKind;
  /** A guest's name, or "manager". */
  readonly target: string;
  readonly title: string;
}

export type RunState = 'stopped' | 'running' | 'paused';

export interface PlaygroundState {
  readonly scenario: Scenario;
  /** Messages about a scenario that could not be loaded (the running one stays). */
  readonly scenarioErrors: readonly string[];
  readonly runState: RunState;
  /** Virtual seconds per wall second; Infinity runs as fast as the workers can. */
  readonly speed: number;
  /** The virtual instant every column shows, ns. */
  readonly nowNs: number;
  readonly platforms: Readonly<Record<PlatformKind, PlatformView>>;
  /** Each column's recent history, bounded. */
  readonly series: Readonly<Record<PlatformKind, readonly SeriesPoint[]>>;
  /** The consoles that exist (one per guest per platform, plus each manager). */
  readonly consoles: readonly ConsoleRef[];
  readonly activeConsole: string | null;
  /** Lines entered on any console since the page opened (the saved session follows it). */
  readonly linesEntered: number;
  /** The tab open under the platform columns. */
  readonly tab: ViewTab;
  readonly theme: 'light' | 'dark';
  /** The last migration asked for from a guest card, or null (docs/model.md, "Migration"). */
  readonly migration: MigrationView | null;
}

/** One guest moved to an identical second host on every platform, as each engine reported it. */
export interface MigrationView {
  readonly guest: string;
  /** Virtual ns at which it was asked for. */
  readonly atNs: number;
  readonly status: 'running' | 'done';
  readonly reports: Partial<Record<PlatformKind, MigrationReport>>;
}

export interface PlaygroundActions {
  run(): void;
  pause(): void;
  /** Advances every platform by `seconds` of virtual time (default 1), then pauses. */
  step(seconds?: number): Promise<void>;
  setSpeed(speed: number): void;
  /** Validates and loads a scenario; on error sets scenarioErrors and keeps the current one running. */
  loadScenario(input: unknown): Promise<boolean>;
  /**
   * Loads a shared run (from a link): its scenario, its typed lines replayed on each platform
   * at their virtual times, and, if it names one, a run to its virtual instant, paused there;
   * then the tab, speed and console its view names.
   * Like loadScenario, a scenario that does not load leaves the current one running.
   */
  loadSharedRun(run: SharedRun): Promise<boolean>;
  /** The lines typed so far on each healthy platform, with their virtual times (for a share link). */
  commandRecordings(): Promise<Partial<Record<PlatformKind, readonly RecordedLine[]>>>;
  /** Restarts a crashed or hung platform's worker, replaying what was typed, to the current instant. */
  restartPlatform(kind: PlatformKind): Promise<void>;
  /**
   * Injects a fault into each healthy platform of `platforms` (default: all four) at the
   * same virtual instant, so their blast radii compare side by side; resolves to each one's outcome.
   */
  injectFault(kind: FaultKind, target: string | null, platforms?: readonly PlatformKind[]): Promise<Partial<Record<PlatformKind, FaultResult | { error: string }>>>;
  /** Powers a crashed or stopped guest on again on one platform; resolves to why not, or null. */
  restartGuest(platform: PlatformKind, name: string): Promise<string | null>;
  setActiveConsole(key: string | null): void;
  setTab(tab: ViewTab): void;
  /** Sends keystrokes to a console (opening it in its worker on first use). */
  writeConsole(key: string, data: string): void;
  resizeConsole(key: string, columns: number, rows: number): void;
  /** Subscribes to a console's output bytes (not kept in the state); returns the unsubscribe. */
  onConsoleOutput(key: string, listener: (data: string) => void): () => void;
  setTheme(theme: 'light' | 'dark'): void;
  /** Moves the guest to an identical second host on every healthy platform, at the current instant. */
  migrateGuest(name: string): Promise<void>;
  closeMigration(): void;
  /**
   * Each healthy platform's density curve for guests of this kind (`os:workload`) on the
   * scenario's host, computed by its worker step by step (`onProgress` hears each step);
   * not kept in the state (the chart holds it). Null when cancelled or asked again meanwhile.
   */
  densityCurves(
    guest: string,
    onProgress?: (kind: PlatformKind, progress: DensityProgress) => void,
  ): Promise<Partial<Record<PlatformKind, DensityCurve | { error: string }>> | null>;
  /** Stops the density curves being computed. */
  cancelDensity(): void;
}

export type Playground = PlaygroundState & PlaygroundActions;
