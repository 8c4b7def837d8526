/**
 * The lockstep clock: four platform workers loaded with one scenario and advanced
 * together, so every column shows the same virtual instant. While running, a ~10 Hz loop
 * turns wall time into virtual time (speed × elapsed, capped per tick), advances every
 * healthy worker to the same target (as many at once as leave the page a core: in-turns.ts),
 * routes each worker's console bytes as it answers (in the order that worker produced
 * them), and only when all have answered stores the compared snapshots, extends the series
 * and schedules the next tick — ticks never overlap, so the page cannot fall behind. A
 * crashed or hung worker drops out of the lockstep until it is restarted; the others keep
 * going.
 */
import type { StoreApi } from 'zustand/vanilla';
import { defaultScenario, parseScenario, PLATFORM_KINDS, type GuestRange, type PlatformKind, type PlatformSnapshot } from '../../engine/index.ts';
import { consoleRefs } from '../engine-client/console-refs.ts';
import { FAST_STEP_NS, TICK_MS, adaptFastStepNs, adaptStep, appendBounded, compareSnapshots, guestWindowAt, seriesPoint, virtualStepNs, withHeldGuests } from '../engine-client/lockstep.ts';
import { inTurns } from '../engine-client/in-turns.ts';
import type { Schedule } from '../engine-client/platform-worker.ts';
import type { Playground, PlaygroundActions, PlaygroundState, SeriesPoint } from './playground-state.ts';
import { perPlatform, startingView, systemLine, type WorkerSlots } from './worker-slots.ts';

/**
 * A restarted worker, or a shared run opened at its instant, catches up in steps sized
 * toward CATCH_UP_TARGET_MS of wall time each (a big scenario's step is short, a small
 * one's long), so no single call nears the hang timeout and the clock shows the way there.
 */
const CATCH_UP_FIRST_NS = 1e9;
const CATCH_UP_MAX_NS = 600e9;
const CATCH_UP_TARGET_MS = 250;

/**
 * Advances from `fromNs` to `targetNs` in catch-up steps: `advance` goes to the instant it
 * is given and answers the instant reached, or null to stop (a worker failed, a newer load).
 */
export async function catchUp(fromNs: number, targetNs: () => number, now: () => number, advance: (toNs: number) => Promise<number | null>): Promise<void> {
  let stepNs = CATCH_UP_FIRST_NS;
  for (let reached = fromNs; reached < targetNs(); ) {
    const t0 = now();
    const r = await advance(Math.min(targetNs(), reached + stepNs));
    if (r === null) return;
    reached = r;
    stepNs = adaptStep(stepNs, now() - t0, CATCH_UP_TARGET_MS, CATCH_UP_FIRST_NS, CATCH_UP_MAX_NS);
  }
}

type ClockState = Pick<PlaygroundState, 'scenario' | 'scenarioErrors' | 'runState' | 'speed' | 'nowNs' | 'platforms' | 'series'>;
type ClockActions = Pick<PlaygroundActions, 'run' | 'pause' | 'step' | 'setSpeed' | 'loadScenario' | 'restartPlatform'>;

const emptySeries = (): Record<PlatformKind, readonly SeriesPoint[]> => perPlatform((): readonly SeriesPoint[] => []);

export class LockstepClock {
  /** Bumped by every load: work begun for an older scenario drops its answers. */
  generation = 0;
  private loopTimer: (() => void) | null = null;
  private ticking = false;
  private lastWallMs: number;
  private fastStepNs = FAST_STEP_NS;
  /** Ticks since the load: a big scenario's ticks bring its guests' results a window at a time (guestWindowAt). */
  private ticks = 0;
  /** Serializes lockstep advances (ticks, steps, the first snapshot after a load). */
  private lane: Promise<unknown> = Promise.resolve();
  private readonly echoing = perPlatform(() => ({ busy: false, again: false }));
  private readonly restarting = perPlatform((): Promise<void> | null => null);

  constructor(
    private readonly store: StoreApi<Playground>,
    private readonly slots: WorkerSlots,
    private readonly now: () => number,
    private readonly schedule: Schedule,
    /** Workers that may compute a tick at once (in-turns.ts). */
    private readonly atOnce: number,
  ) {
    this.lastWallMs = now();
  }

  /** The state the clock owns, for a new store: the default preset (the only one bundled), stopped at 0. */
  static initialState(): ClockState {
    return {
      scenario: defaultScenario(),
      scenarioErrors: [],
      runState: 'stopped',
      speed: 1,
      nowNs: 0,
      platforms: perPlatform(startingView),
      series: emptySeries(),
    };
  }

  /** Runs `f` in the lockstep lane: no tick runs meanwhile, so every worker stays at the same instant. */
  exclusive<T>(f: () => Promise<T>): Promise<T> {
    const p = this.lane.then(f);
    this.lane = p.catch(() => undefined);
    return p;
  }

  /**
   * Advances every healthy worker to `targetNs` and applies what they answer; with `guests`
   * the workers bring those guests' results only and the columns keep the others they had.
   */
  async advanceAll(targetNs: number, record = true, guests?: GuestRange): Promise<void> {
    const gen = this.generation;
    const live = PLATFORM_KINDS.filter((k) => this.slots.health(k) === 'ok');
    // At most `atOnce` compute at a time (in-turns.ts). Each worker's console bytes go to the terminals as its answer
    // arrives, not once all have answered: an echo's answer from the same worker, asked for meanwhile (a key typed
    // just after a pause), must not overtake them.
    const answers = await inTurns(live, this.atOnce, (k) =>
      this.slots.use(k, (w) => w.advanceTo(targetNs, guests)).then((s) => {
        if (s && gen === this.generation && !this.slots.isDisposed && this.slots.health(k) === 'ok') this.slots.router.route(k, s.consoleOutput);
        return s;
      }),
    );
    if (gen !== this.generation || this.slots.isDisposed) return;
    const fresh = new Map<PlatformKind, PlatformSnapshot>();
    live.forEach((k, i) => {
      const s = answers[i];
      if (s && this.slots.health(k) === 'ok') fresh.set(k, s);
    });
    if (fresh.size === 0) return;
    const views = this.store.getState().platforms;
    const compared = withHeldGuests(compareSnapshots(fresh, views), views);
    this.store.setState((st) => {
      const platforms = { ...st.platforms };
      const series: Record<PlatformKind, readonly SeriesPoint[]> = { ...st.series };
      const names = st.scenario.guests.map((g) => g.name);
      for (const [k, s] of compared) {
        platforms[k] = { ...platforms[k], snapshot: s };
        if (record) series[k] = appendBounded(series[k], seriesPoint(s, names));
      }
      return { nowNs: targetNs, platforms, series };
    });
    await this.slots.refreshRecordings([...fresh.keys()]);
  }

  /** While not running, brings a platform's console output (an echo, a boot log) at once. */
  echo(k: PlatformKind): void {
    const e = this.echoing[k];
    if (this.store.getState().runState === 'running' || this.slots.health(k) !== 'ok') return;
    if (e.busy) {
      e.again = true;
      return;
    }
    e.busy = true;
    void (async () => {
      do {
        e.again = false;
        // Only the console bytes are wanted: no guest's result (a thousand of them would be copied for nothing).
        const s = await this.slots.use(k, (w) => w.advanceTo(this.store.getState().nowNs, { from: 0, count: 0 }));
        if (s) this.slots.router.route(k, s.consoleOutput);
        if (this.slots.isTyped(k)) await this.slots.refreshRecordings([k]);
      } while (e.again && !this.slots.isDisposed);
      e.busy = false;
    })();
  }

  /** Starts four fresh workers on the current scenario and takes the first lockstep snapshot. */
  async startAll(): Promise<void> {
    const gen = this.generation;
    const scenario = this.store.getState().scenario;
    await Promise.all(
      PLATFORM_KINDS.map(async (k) => {
        this.slots.setRecording(k, []);
        const w = this.slots.replaceWorker(k);
        const r = await this.slots.callOn(k, w, (x) => x.load(scenario, k));
        if (!r || gen !== this.generation) return;
        if (!r.ok) this.slots.fail(k, w, new Error(`the ${k} worker refused the scenario: ${r.errors.join('; ')}`));
        else this.slots.patchPlatform(k, { ...this.store.getState().platforms[k], health: 'ok' });
      }),
    );
    if (gen !== this.generation) return;
    await this.exclusive(() => this.advanceAll(this.store.getState().nowNs, false));
    await Promise.all(PLATFORM_KINDS.map((k) => this.reopenConsoles(k)));
    this.lastWallMs = this.now();
    this.pump(TICK_MS);
  }

  /** Stops the loop (the workers stay). */
  stop(): void {
    this.loopTimer?.();
    this.loopTimer = null;
  }

  /** The store's clock actions. */
  actions(): ClockActions {
    const { store } = this;
    return {
      run: () => {
        if (store.getState().runState === 'running') return;
        store.setState({ runState: 'running' });
        this.lastWallMs = this.now();
        this.pump(TICK_MS);
      },
      pause: () => {
        this.stop();
        if (store.getState().runState === 'running') store.setState({ runState: 'paused' });
      },
      step: async (seconds = 1) => {
        if (!(seconds > 0) || !Number.isFinite(seconds)) return;
        this.stop();
        store.setState({ runState: 'paused' });
        await this.exclusive(() => this.advanceAll(store.getState().nowNs + Math.round(seconds * 1e9)));
      },
      setSpeed: (speed) => {
        if (!(speed > 0)) return;
        if (speed === Infinity) this.fastStepNs = FAST_STEP_NS;
        store.setState({ speed });
      },
      loadScenario: (input) => this.load(input),
      restartPlatform: (kind) => {
        const running = this.restarting[kind];
        if (running) return running;
        const p = this.restart(kind).finally(() => {
          if (this.restarting[kind] === p) this.restarting[kind] = null;
        });
        this.restarting[kind] = p;
        return p;
      },
    };
  }

  private async load(input: unknown): Promise<boolean> {
    const parsed = parseScenario(input);
    if (!parsed.ok) {
      this.store.setState({ scenarioErrors: parsed.errors });
      return false;
    }
    const scenario = parsed.scenario;
    const gen = ++this.generation;
    this.ticks = 0;
    this.stop();
    await this.lane;
    // A later load superseded this one while it waited.
    if (gen !== this.generation || this.slots.isDisposed) return true;
    const consoles = consoleRefs(scenario);
    this.store.setState((s) => ({
      scenario,
      scenarioErrors: [],
      runState: s.runState === 'running' ? 'running' : 'stopped',
      nowNs: 0,
      platforms: perPlatform(startingView),
      series: emptySeries(),
      consoles,
      activeConsole: consoles.some((c) => c.key === s.activeConsole) ? s.activeConsole : null,
    }));
    await this.startAll();
    return true;
  }

  private pump(delayMs: number): void {
    if (this.slots.isDisposed || this.loopTimer || this.ticking || this.store.getState().runState !== 'running') return;
    this.loopTimer = this.schedule(() => {
      this.loopTimer = null;
      void this.tick();
    }, delayMs);
  }

  private async tick(): Promise<void> {
    this.ticking = true;
    let startedMs = this.now();
    try {
      await this.exclusive(async () => {
        const st = this.store.getState();
        if (st.runState !== 'running' || this.slots.isDisposed) return;
        startedMs = this.now();
        const elapsed = startedMs - this.lastWallMs;
        this.lastWallMs = startedMs;
        const stepNs = st.speed === Infinity ? this.fastStepNs : virtualStepNs(st.speed, elapsed);
        if (stepNs > 0) await this.advanceAll(st.nowNs + stepNs, true, guestWindowAt(this.ticks++, st.scenario.guests.length));
        if (st.speed === Infinity) this.fastStepNs = adaptFastStepNs(this.fastStepNs, this.now() - startedMs);
      });
    } finally {
      this.ticking = false;
    }
    this.pump(Math.max(0, TICK_MS - (this.now() - startedMs)));
  }

  private async reopenConsoles(k: PlatformKind, resumed = false): Promise<void> {
    await this.slots.router.reopenListened(k, resumed);
    this.echo(k);
  }

  private async restart(k: PlatformKind): Promise<void> {
    const { slots, store } = this;
    const gen = this.generation;
    const lines = slots.recording(k);
    const w = slots.replaceWorker(k);
    const stale = (): boolean => gen !== this.generation || slots.worker(k) !== w || slots.isDisposed;
    const loaded = await slots.callOn(k, w, (x) => x.load(store.getState().scenario, k));
    if (!loaded || stale()) return;
    if (!loaded.ok) return slots.fail(k, w, new Error(loaded.errors.join('; ')));
    if (lines.length > 0 && (await slots.callOn(k, w, (x) => x.replay(lines).then(() => true))) === null) return;
    let snap: PlatformSnapshot | null = null;
    await catchUp(-1, () => store.getState().nowNs, this.now, async (target) => {
      snap = await slots.callOn(k, w, (x) => x.advanceTo(Math.max(0, target)));
      return snap && !stale() ? snap.nowNs : null;
    });
    if (!snap || stale()) return;
    const compared = compareSnapshots(new Map([[k, snap]]), store.getState().platforms).get(k) ?? snap;
    slots.patchPlatform(k, { kind: k, health: 'ok', snapshot: compared });
    slots.setRecording(k, lines, true);
    slots.router.notify(k, systemLine(`restarted: ${lines.length} typed line(s) replayed`));
    // The terminals show the history already; they go on in the consoles the lines were replayed into.
    await this.reopenConsoles(k, true);
  }
}
