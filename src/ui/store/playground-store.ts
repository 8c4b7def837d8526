/**
 * The playground's store (zustand's React-free core) and the coordinator behind it: four
 * platform workers loaded with one scenario and advanced in lockstep, so every column
 * shows the same virtual instant. While running, a ~10 Hz loop turns wall time into
 * virtual time (speed × elapsed, capped per tick), advances every healthy worker to the
 * same target in parallel, and only when all have answered stores the compared snapshots,
 * extends the series, routes console bytes and schedules the next tick — ticks never
 * overlap, so the page cannot fall behind. A crashed or hung worker drops out of the
 * lockstep until it is restarted; the others keep going.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  describeFault,
  type FaultResult,
  defaultScenario,
  parseScenario,
  PLATFORM_KINDS,
  type DensityCurve,
  type MigrationReport,
  type PlatformKind,
  type PlatformSnapshot,
  type RecordedLine,
  type Scenario,
} from '../../engine/index.ts';
import { consoleRefs, parseConsoleKey } from '../engine-client/console-refs.ts';
import { ConsoleRouter } from '../engine-client/console-router.ts';
import { FAST_STEP_NS, TICK_MS, adaptFastStepNs, appendBounded, compareSnapshots, seriesPoint, virtualStepNs } from '../engine-client/lockstep.ts';
import {
  HangError,
  WorkerTerminatedError,
  createPlatformWorker,
  scheduleWithTimeout,
  type PlatformWorker,
  type PlatformWorkerFactory,
  type Schedule,
} from '../engine-client/platform-worker.ts';
import type { Playground, PlatformView, PlaygroundState, SeriesPoint, WorkerHealth } from './playground-state.ts';

export interface PlaygroundDeps {
  /** Makes a platform's worker; default: a module Web Worker. Tests pass createInProcessPlatformWorker. */
  readonly workerFactory?: PlatformWorkerFactory;
  /** Wall clock, ms; default performance.now. */
  readonly now?: () => number;
  /** The loop's timer; default setTimeout. */
  readonly schedule?: Schedule;
}

export interface PlaygroundStore {
  readonly store: StoreApi<Playground>;
  /** Stops the loop, terminates the workers, drops every listener. */
  dispose(): void;
  /** Fault injection, for tests and the `?testHooks` page hooks. */
  readonly faults: {
    /** Terminates the platform's worker and takes the crash path. */
    crash(kind: PlatformKind): void;
    /** Freezes the platform's worker: its calls go unanswered until the hang timeout. */
    hang(kind: PlatformKind): void;
  };
}

/** A density curve the page asks for: at most 32 guests and 10 virtual s a point, so a worker answers well within the hang timeout. */
const DENSITY_REQUEST = { maxGuests: 32, windowS: 10 } as const;
/** How often a healthy worker's command recording is fetched (wall ms), besides after each entered line. */
const RECORDING_EVERY_MS = 3_000;
/** A restarted worker catches up in steps of this much virtual time, so no single call nears the hang timeout. */
const CATCH_UP_STEP_NS = 60e9;
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

interface Slot {
  worker: PlatformWorker | null;
  stopCrashWatch: () => void;
  /** The last recording fetched while healthy: what a restart types again. */
  recording: RecordedLine[];
  recordingDirty: boolean;
  recordingAtMs: number;
  restarting: Promise<void> | null;
  echoing: boolean;
  echoAgain: boolean;
}

const perPlatform = <T>(f: (k: PlatformKind) => T): Record<PlatformKind, T> =>
  Object.fromEntries(PLATFORM_KINDS.map((k) => [k, f(k)])) as Record<PlatformKind, T>;

const startingView = (kind: PlatformKind): PlatformView => ({ kind, health: 'starting', snapshot: null });

export function createPlaygroundStore(deps: PlaygroundDeps = {}): PlaygroundStore {
  const factory = deps.workerFactory ?? ((kind: PlatformKind) => createPlatformWorker(kind));
  const now = deps.now ?? (() => performance.now());
  const schedule = deps.schedule ?? scheduleWithTimeout;
  // Only the default preset is bundled; the others are fetched from public/presets/ when chosen.
  const initial = defaultScenario();

  const slots = perPlatform(
    (): Slot => ({ worker: null, stopCrashWatch: () => {}, recording: [], recordingDirty: false, recordingAtMs: 0, restarting: null, echoing: false, echoAgain: false }),
  );
  let generation = 0;
  let disposed = false;
  let loopTimer: (() => void) | null = null;
  let ticking = false;
  let lastWallMs = now();
  let fastStepNs = FAST_STEP_NS;
  /** Serializes lockstep advances (ticks, steps, the first snapshot after a load). */
  let lane: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(f: () => Promise<T>): Promise<T> => {
    const p = lane.then(f);
    lane = p.catch(() => undefined);
    return p;
  };

  const health = (k: PlatformKind): WorkerHealth => store.getState().platforms[k].health;
  const patchPlatform = (k: PlatformKind, view: PlatformView): void =>
    store.setState((s) => ({ platforms: { ...s.platforms, [k]: view } }));

  /** Records a failed call or crash as the worker's health, and ends that worker. */
  const fail = (k: PlatformKind, w: PlatformWorker, e: unknown): void => {
    if (disposed || slots[k].worker !== w || e instanceof WorkerTerminatedError) return;
    const h = health(k);
    if (h !== 'ok' && h !== 'starting') return;
    const problem = e instanceof Error ? e.message : String(e);
    const hung = e instanceof HangError;
    w.terminate();
    patchPlatform(k, { ...store.getState().platforms[k], health: hung ? 'hung' : 'crashed', problem });
    router.notify(k, `\r\n${DIM}[${hung ? 'hung' : 'crashed'}: ${problem}]${RESET}\r\n`);
  };

  /** Runs a call on a specific worker; null when it fails or the worker was replaced meanwhile. */
  const callOn = <T>(k: PlatformKind, w: PlatformWorker, f: (w: PlatformWorker) => Promise<T>): Promise<T | null> =>
    f(w).then(
      (v) => (slots[k].worker === w && !disposed ? v : null),
      (e: unknown) => {
        fail(k, w, e);
        return null;
      },
    );

  /** Runs a call on the platform's worker if it is healthy. */
  const use = <T>(k: PlatformKind, f: (w: PlatformWorker) => Promise<T>): Promise<T | null> => {
    const w = slots[k].worker;
    return w && health(k) === 'ok' ? callOn(k, w, f) : Promise.resolve(null);
  };

  const router = new ConsoleRouter(use);

  const replaceWorker = (k: PlatformKind): PlatformWorker => {
    const slot = slots[k];
    const old = slot.worker;
    slot.stopCrashWatch();
    const w = factory(k);
    slot.worker = w;
    slot.stopCrashWatch = w.onCrash((problem) => fail(k, w, new Error(problem)));
    router.forget(k);
    patchPlatform(k, { ...startingView(k), snapshot: store.getState().platforms[k].snapshot });
    old?.terminate();
    return w;
  };

  // ---- lockstep ----------------------------------------------------------------------

  /** Advances every healthy worker to `targetNs` and applies what they answer. */
  const advanceAll = async (targetNs: number, record = true): Promise<void> => {
    const gen = generation;
    const live = PLATFORM_KINDS.filter((k) => health(k) === 'ok');
    const answers = await Promise.all(live.map((k) => use(k, (w) => w.advanceTo(targetNs))));
    if (gen !== generation || disposed) return;
    const fresh = new Map<PlatformKind, PlatformSnapshot>();
    live.forEach((k, i) => {
      const s = answers[i];
      if (s && health(k) === 'ok') fresh.set(k, s);
    });
    if (fresh.size === 0) return;
    const compared = compareSnapshots(fresh, store.getState().platforms);
    store.setState((st) => {
      const platforms = { ...st.platforms };
      const series: Record<PlatformKind, readonly SeriesPoint[]> = { ...st.series };
      for (const [k, s] of compared) {
        platforms[k] = { ...platforms[k], snapshot: s };
        if (record) series[k] = appendBounded(series[k], seriesPoint(s));
      }
      return { nowNs: targetNs, platforms, series };
    });
    for (const [k, s] of fresh) router.route(k, s.consoleOutput);
    await refreshRecordings([...fresh.keys()]);
  };

  const refreshRecordings = async (kinds: readonly PlatformKind[], force = false): Promise<void> => {
    const t = now();
    const due = kinds.filter((k) => force || slots[k].recordingDirty || t - slots[k].recordingAtMs >= RECORDING_EVERY_MS);
    await Promise.all(
      due.map(async (k) => {
        const slot = slots[k];
        slot.recordingDirty = false;
        slot.recordingAtMs = t;
        const w = slot.worker;
        const lines = await use(k, (x) => x.recording());
        if (lines && slot.worker === w) slot.recording = lines;
      }),
    );
  };

  const pump = (delayMs: number): void => {
    if (disposed || loopTimer || ticking || store.getState().runState !== 'running') return;
    loopTimer = schedule(() => {
      loopTimer = null;
      void tick();
    }, delayMs);
  };

  const stopLoop = (): void => {
    loopTimer?.();
    loopTimer = null;
  };

  const tick = async (): Promise<void> => {
    ticking = true;
    let startedMs = now();
    try {
      await exclusive(async () => {
        const st = store.getState();
        if (st.runState !== 'running' || disposed) return;
        startedMs = now();
        const elapsed = startedMs - lastWallMs;
        lastWallMs = startedMs;
        const stepNs = st.speed === Infinity ? fastStepNs : virtualStepNs(st.speed, elapsed);
        if (stepNs > 0) await advanceAll(st.nowNs + stepNs);
        if (st.speed === Infinity) fastStepNs = adaptFastStepNs(fastStepNs, now() - startedMs);
      });
    } finally {
      ticking = false;
    }
    pump(Math.max(0, TICK_MS - (now() - startedMs)));
  };

  // ---- workers: start, consoles, restart ---------------------------------------------------

  /** Starts four fresh workers on the current scenario and takes the first lockstep snapshot. */
  const startAll = async (): Promise<void> => {
    const gen = generation;
    const scenario = store.getState().scenario;
    await Promise.all(
      PLATFORM_KINDS.map(async (k) => {
        slots[k].recording = [];
        const w = replaceWorker(k);
        const r = await callOn(k, w, (x) => x.load(scenario, k));
        if (!r || gen !== generation) return;
        if (!r.ok) fail(k, w, new Error(`the ${k} worker refused the scenario: ${r.errors.join('; ')}`));
        else patchPlatform(k, { ...store.getState().platforms[k], health: 'ok' });
      }),
    );
    if (gen !== generation) return;
    await exclusive(() => advanceAll(store.getState().nowNs, false));
    await Promise.all(PLATFORM_KINDS.map((k) => reopenConsoles(k)));
    lastWallMs = now();
    pump(TICK_MS);
  };

  const reopenConsoles = async (k: PlatformKind, resumed = false): Promise<void> => {
    await router.reopenListened(k, resumed);
    echo(k);
  };

  /** While not running, brings a platform's console output (an echo, a boot log) at once. */
  const echo = (k: PlatformKind): void => {
    const slot = slots[k];
    if (store.getState().runState === 'running' || health(k) !== 'ok') return;
    if (slot.echoing) {
      slot.echoAgain = true;
      return;
    }
    slot.echoing = true;
    void (async () => {
      do {
        slot.echoAgain = false;
        const s = await use(k, (w) => w.advanceTo(store.getState().nowNs));
        if (s) router.route(k, s.consoleOutput);
        if (slot.recordingDirty) await refreshRecordings([k]);
      } while (slot.echoAgain && !disposed);
      slot.echoing = false;
    })();
  };

  const restart = async (k: PlatformKind): Promise<void> => {
    const gen = generation;
    const slot = slots[k];
    const lines = slot.recording;
    const w = replaceWorker(k);
    const stale = (): boolean => gen !== generation || slot.worker !== w || disposed;
    const loaded = await callOn(k, w, (x) => x.load(store.getState().scenario, k));
    if (!loaded || stale()) return;
    if (!loaded.ok) return fail(k, w, new Error(loaded.errors.join('; ')));
    if (lines.length > 0 && (await callOn(k, w, (x) => x.replay(lines).then(() => true))) === null) return;
    let snap: PlatformSnapshot | null = null;
    for (let reached = 0; !snap || reached < store.getState().nowNs; ) {
      const target = Math.min(store.getState().nowNs, reached + CATCH_UP_STEP_NS);
      snap = await callOn(k, w, (x) => x.advanceTo(target));
      if (!snap || stale()) return;
      reached = snap.nowNs;
    }
    const compared = compareSnapshots(new Map([[k, snap]]), store.getState().platforms).get(k) ?? snap;
    patchPlatform(k, { kind: k, health: 'ok', snapshot: compared });
    slot.recording = lines;
    slot.recordingAtMs = now();
    router.notify(k, `\r\n${DIM}[restarted: ${lines.length} typed line(s) replayed]${RESET}\r\n`);
    // The terminals show the history already; they go on in the consoles the lines were replayed into.
    await reopenConsoles(k, true);
  };

  // ---- the store ---------------------------------------------------------------------------

  const state: PlaygroundState = {
    scenario: initial,
    scenarioErrors: [],
    runState: 'stopped',
    speed: 1,
    nowNs: 0,
    platforms: perPlatform(startingView),
    series: perPlatform((): readonly SeriesPoint[] => []),
    consoles: consoleRefs(initial),
    activeConsole: null,
    theme: initialTheme(),
    migration: null,
  };

  const store = createStore<Playground>()((set, get) => ({
    ...state,
    run() {
      if (get().runState === 'running') return;
      set({ runState: 'running' });
      lastWallMs = now();
      pump(TICK_MS);
    },
    pause() {
      stopLoop();
      if (get().runState === 'running') set({ runState: 'paused' });
    },
    async step(seconds = 1) {
      if (!(seconds > 0) || !Number.isFinite(seconds)) return;
      stopLoop();
      set({ runState: 'paused' });
      await exclusive(() => advanceAll(get().nowNs + Math.round(seconds * 1e9)));
    },
    setSpeed(speed) {
      if (!(speed > 0)) return;
      if (speed === Infinity) fastStepNs = FAST_STEP_NS;
      set({ speed });
    },
    async loadScenario(input) {
      const parsed = parseScenario(input);
      if (!parsed.ok) {
        set({ scenarioErrors: parsed.errors });
        return false;
      }
      const scenario: Scenario = parsed.scenario;
      const gen = ++generation;
      stopLoop();
      await lane;
      // A later load superseded this one while it waited.
      if (gen !== generation || disposed) return true;
      const consoles = consoleRefs(scenario);
      set((s) => ({
        scenario,
        scenarioErrors: [],
        runState: s.runState === 'running' ? 'running' : 'stopped',
        nowNs: 0,
        platforms: perPlatform(startingView),
        series: perPlatform((): readonly SeriesPoint[] => []),
        consoles,
        activeConsole: consoles.some((c) => c.key === s.activeConsole) ? s.activeConsole : null,
      }));
      await startAll();
      return true;
    },
    async loadSharedRun(run) {
      // Paused first, so nothing advances between the load and the replay: every line is typed at its own instant.
      get().pause();
      if (!(await get().loadScenario(run.scenario))) return false;
      const gen = generation;
      await Promise.all(
        PLATFORM_KINDS.map(async (k) => {
          const lines = run.commands?.[k] ?? [];
          slots[k].recording = [...lines];
          if (lines.length > 0) await use(k, (w) => w.replay(lines));
        }),
      );
      // Lines of this instant were typed at once: their output and effects show before any step.
      if (gen === generation && !disposed) await exclusive(() => advanceAll(get().nowNs, false));
      const atNs = run.atNs;
      if (atNs === undefined || gen !== generation || disposed) return true;
      set({ runState: 'paused' });
      // In steps, like a restart's catch-up, so no single call nears the hang timeout.
      for (let t = get().nowNs; t < atNs && gen === generation && !disposed; ) {
        const target = (t = Math.min(atNs, t + CATCH_UP_STEP_NS));
        await exclusive(() => advanceAll(target));
      }
      return true;
    },
    async commandRecordings() {
      await refreshRecordings(
        PLATFORM_KINDS.filter((k) => health(k) === 'ok'),
        true,
      );
      return perPlatform((k) => slots[k].recording);
    },
    restartPlatform(kind) {
      const slot = slots[kind];
      if (slot.restarting) return slot.restarting;
      const p = restart(kind).finally(() => {
        if (slot.restarting === p) slot.restarting = null;
      });
      slot.restarting = p;
      return p;
    },
    injectFault(kind, target, platforms = PLATFORM_KINDS) {
      return exclusive(async () => {
        const live = platforms.filter((k) => health(k) === 'ok');
        // Inside the lane no tick runs: every worker is at the same instant when the fault lands.
        const answers = await Promise.all(live.map((k) => use(k, (w) => w.injectFault(kind, target))));
        const out: Partial<Record<PlatformKind, FaultResult | { error: string }>> = {};
        live.forEach((k, i) => {
          const a = answers[i];
          if (!a) return;
          out[k] = a;
          slots[k].recordingDirty = true;
          // Every open console of the platform hears of it, as a kernel's broadcast would reach its terminals.
          const said = 'error' in a ? a.error : describeFault(a).trimEnd();
          router.notify(k, `\r\n${DIM}[fault: ${said.replace(/\n/g, '\r\n')}]${RESET}\r\n`);
        });
        await advanceAll(get().nowNs, false);
        return out;
      });
    },
    restartGuest(platform, name) {
      return exclusive(async () => {
        const why = await use(platform, (w) => w.restartGuest(name));
        slots[platform].recordingDirty = true;
        await advanceAll(get().nowNs, false);
        return why;
      });
    },
    setActiveConsole(key) {
      set({ activeConsole: key });
    },
    writeConsole(key, data) {
      const ref = parseConsoleKey(key);
      if (!ref || data.length === 0) return;
      void router.write(key, data).then(() => {
        if (/[\r\n]/.test(data)) slots[ref.platform].recordingDirty = true;
        echo(ref.platform);
      });
    },
    resizeConsole(key, columns, rows) {
      if (!(columns > 0 && rows > 0)) return;
      void router.resize(key, Math.floor(columns), Math.floor(rows));
    },
    onConsoleOutput(key, listener) {
      const off = router.listen(key, listener);
      const ref = parseConsoleKey(key);
      if (ref) void router.open(key).then((id) => id !== null && echo(ref.platform));
      return off;
    },
    setTheme(theme) {
      saveTheme(theme);
      set({ theme });
    },
    async migrateGuest(name) {
      const gen = generation;
      const atNs = get().nowNs;
      set({ migration: { guest: name, atNs, status: 'running', reports: {} } });
      // In the lockstep lane, so every platform moves the guest at the same virtual instant.
      const answers = await exclusive(() => Promise.all(PLATFORM_KINDS.map((k) => use(k, (w) => w.migrate(name)))));
      if (gen !== generation || disposed || get().migration?.guest !== name) return;
      const reports: Partial<Record<PlatformKind, MigrationReport>> = {};
      PLATFORM_KINDS.forEach((k, i) => {
        const r = answers[i];
        if (r) reports[k] = r;
      });
      set({ migration: { guest: name, atNs, status: 'done', reports } });
    },
    closeMigration() {
      set({ migration: null });
    },
    async densityCurves(guest) {
      // Outside the lockstep lane: each worker runs its own fresh simulations, not the shown one.
      const answers = await Promise.all(PLATFORM_KINDS.map((k) => use(k, (w) => w.densityCurve(guest, DENSITY_REQUEST))));
      const curves: Partial<Record<PlatformKind, DensityCurve | { error: string }>> = {};
      PLATFORM_KINDS.forEach((k, i) => {
        const c = answers[i];
        if (c) curves[k] = c;
      });
      return curves;
    },
  }));

  void startAll();

  return {
    store,
    dispose() {
      if (disposed) return;
      disposed = true;
      generation++;
      stopLoop();
      for (const slot of Object.values(slots)) {
        slot.stopCrashWatch();
        slot.worker?.terminate();
        slot.worker = null;
      }
      router.dispose();
    },
    faults: {
      crash(kind) {
        const w = slots[kind].worker;
        if (w) fail(kind, w, new Error(`the ${kind} worker was terminated (crashPlatform test hook)`));
      },
      hang(kind) {
        slots[kind].worker?.freeze();
      },
    },
  };
}

type Theme = PlaygroundState['theme'];
const THEME_KEY = 'virtscope.theme';

/** The saved theme, else the system's preference, else light. Storage may be absent or refuse access. */
function initialTheme(): Theme {
  try {
    const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(THEME_KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // No storage (private mode, sandboxed frame): fall through to the system preference.
  }
  const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return prefersDark ? 'dark' : 'light';
}

function saveTheme(theme: Theme): void {
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Not persisted; the choice still holds for this page.
  }
}
