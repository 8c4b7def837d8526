/**
 * What the page shows, and what a person can do to it: the store's shape (zustand, in
 * playground-store.ts). The store holds what the UI shows — snapshots the engine
 * computed — never a second copy of the engine's state, and never computes model results.
 */
import type { PlatformKind, Scenario } from '../../engine/index.ts';
import type { PlatformSnapshot } from '../../engine/platform-worker-api.ts';

/** A platform worker's health: a crash or a hang is shown in its column with a restart. */
export type WorkerHealth = 'starting' | 'ok' | 'crashed' | 'hung';

export interface PlatformView {
  readonly kind: PlatformKind;
  readonly health: WorkerHealth;
  /** What went wrong, for a crashed or hung worker. */
  readonly problem?: string;
  /** The latest snapshot, with relativeToNative filled in across platforms. */
  readonly snapshot: PlatformSnapshot | null;
}

/** One point of a column's time series (what the engine reported at one step). */
export interface SeriesPoint {
  readonly tS: number;
  readonly cpuShareByLayer: Readonly<Record<string, number>>;
  readonly exitsPerSecond: number;
  readonly throughputByGuest: Readonly<Record<string, number>>;
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
  readonly theme: 'light' | 'dark';
}

export interface PlaygroundActions {
  run(): void;
  pause(): void;
  /** Advances every platform by `seconds` of virtual time (default 1), then pauses. */
  step(seconds?: number): Promise<void>;
  setSpeed(speed: number): void;
  /** Validates and loads a scenario; on error sets scenarioErrors and keeps the current one running. */
  loadScenario(input: unknown): Promise<boolean>;
  /** Restarts a crashed or hung platform's worker, replaying what was typed, to the current instant. */
  restartPlatform(kind: PlatformKind): Promise<void>;
  setActiveConsole(key: string | null): void;
  /** Sends keystrokes to a console (opening it in its worker on first use). */
  writeConsole(key: string, data: string): void;
  resizeConsole(key: string, columns: number, rows: number): void;
  /** Subscribes to a console's output bytes (not kept in the state); returns the unsubscribe. */
  onConsoleOutput(key: string, listener: (data: string) => void): () => void;
  setTheme(theme: 'light' | 'dark'): void;
}

export type Playground = PlaygroundState & PlaygroundActions;
