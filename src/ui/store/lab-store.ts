/**
 * The open classroom lab: which one, the student's answers, the hints shown, and each
 * step's check as the pure evaluator (src/labs) reads it from the playground's state —
 * the engine's figures, the guests' states and each platform's recording of typed lines.
 * A step that has passed once stays passed (a guest that crashed and rebooted still
 * crashed). Its own zustand store beside the playground's, which it only reads (and asks
 * to load the lab's scenario).
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlatformKind, RecordedLine, Scenario } from '../../engine/index.ts';
import { evaluateLab, type StepOutcome } from '../../labs/evaluate-lab.ts';
import type { LabFigures, PlatformFigures } from '../../labs/metric-paths.ts';
import type { Lab } from '../../labs/parse-lab.ts';
import { fetchLab } from '../components/labs/fetch-lab.ts';
import type { Playground } from './playground-state.ts';
import { getPlayground } from './use-playground.ts';

export type LabStatus = 'closed' | 'loading' | 'open' | 'failed';

export interface LabState {
  readonly status: LabStatus;
  readonly id: string | null;
  readonly lab: Lab | null;
  /** Why the lab could not be opened. */
  readonly problems: readonly string[];
  readonly answers: Readonly<Record<number, string>>;
  /** Each step's check as of the latest figures. */
  readonly outcomes: readonly StepOutcome[];
  /** For each step that has passed at some point, how it passed (latched); null for the others. */
  readonly passed: readonly (StepOutcome | null)[];
  readonly hintsShown: Readonly<Record<number, number>>;
  /** The playground has since loaded another scenario: the checks no longer apply. */
  readonly detached: boolean;
}

export interface LabActions {
  openLab(id: string): Promise<boolean>;
  closeLab(): void;
  answer(step: number, text: string): void;
  showHint(step: number): void;
}

export type LabStore = LabState & LabActions;

export interface LabDeps {
  readonly playground: StoreApi<Playground>;
  readonly load: typeof fetchLab;
  /** A repeating wall-clock timer (for fetching the typed lines); returns its cancel. */
  readonly every: (ms: number, f: () => void) => () => void;
}

/** How often the platforms' recordings of typed lines are fetched while a command check is open, wall ms. */
const RECORDINGS_EVERY_MS = 1_000;

const closed: LabState = { status: 'closed', id: null, lab: null, problems: [], answers: {}, outcomes: [], passed: [], hintsShown: {}, detached: false };

export function createLabStore(deps: LabDeps): StoreApi<LabStore> {
  let stop: () => void = () => {};
  let recordings: Partial<Record<PlatformKind, readonly RecordedLine[]>> = {};
  let labScenario: Scenario | null = null;
  let opening = 0;

  const evaluate = (): void => {
    const s = store.getState();
    if (s.status !== 'open' || !s.lab) return;
    const p = deps.playground.getState();
    if (p.scenario !== labScenario) {
      if (!s.detached) store.setState({ detached: true });
      return;
    }
    const outcomes = evaluateLab(s.lab, { figures: figuresOf(p), recordings, answers: s.answers });
    const passed = outcomes.map((o, i) => s.passed[i] ?? (o.passed ? o : null));
    const same = outcomes.every((o, i) => o.passed === s.outcomes[i]?.passed && o.reason === s.outcomes[i]?.reason) && passed.every((x, i) => x === s.passed[i]);
    if (!same) store.setState({ outcomes, passed });
  };

  const watch = (): void => {
    const offState = deps.playground.subscribe(evaluate);
    const offTimer = deps.every(RECORDINGS_EVERY_MS, () => {
      const s = store.getState();
      const waiting = s.lab?.steps.some((step, i) => step.check.kind === 'command' && !s.passed[i]) ?? false;
      if (!waiting || s.detached) return;
      const attempt = opening;
      void deps.playground
        .getState()
        .commandRecordings()
        .then((r) => {
          // A lab opened or closed meanwhile: these lines belong to the run before it.
          if (attempt !== opening) return;
          recordings = r;
          evaluate();
        });
    });
    stop = () => {
      offState();
      offTimer();
    };
  };

  const store = createStore<LabStore>()((set, get) => ({
    ...closed,
    async openLab(id) {
      const attempt = ++opening;
      stop();
      set({ ...closed, status: 'loading', id });
      const r = await deps.load(id);
      if (attempt !== opening) return false;
      if (!r.ok) {
        set({ status: 'failed', problems: r.errors });
        return false;
      }
      const { lab, scenario } = r.value;
      const loaded = await deps.playground.getState().loadScenario(scenario);
      if (attempt !== opening) return false;
      if (!loaded) {
        set({ status: 'failed', problems: deps.playground.getState().scenarioErrors });
        return false;
      }
      labScenario = deps.playground.getState().scenario;
      recordings = {};
      set({ status: 'open', lab, passed: lab.steps.map(() => null) });
      watch();
      evaluate();
      return true;
    },
    closeLab() {
      opening++;
      stop();
      stop = () => {};
      set(closed);
    },
    answer(step, text) {
      set({ answers: { ...get().answers, [step]: text.slice(0, 500) } });
      evaluate();
    },
    showHint(step) {
      set({ hintsShown: { ...get().hintsShown, [step]: (get().hintsShown[step] ?? 0) + 1 } });
    },
  }));
  return store;
}

/** The engine's figures as the playground shows them (results compared with native, last step's rates). */
function figuresOf(p: Playground): LabFigures {
  const platforms: Partial<Record<PlatformKind, PlatformFigures>> = {};
  for (const view of Object.values(p.platforms)) if (view.snapshot) platforms[view.kind] = { result: view.snapshot.result, rates: view.snapshot.rates };
  return { timeS: p.nowNs / 1e9, platforms };
}

let instance: StoreApi<LabStore> | null = null;

/** The page's lab store, made on first use. */
export function getLabStore(): StoreApi<LabStore> {
  instance ??= createLabStore({
    playground: getPlayground(),
    load: fetchLab,
    every: (ms, f) => {
      const t = setInterval(f, ms);
      return () => clearInterval(t);
    },
  });
  return instance;
}

export function useLab<T>(selector: (state: LabStore) => T): T {
  return useStore(getLabStore(), selector);
}
