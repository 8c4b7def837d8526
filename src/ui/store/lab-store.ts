/**
 * The open classroom lab, in the Killercoda manner: one step on screen at a time, and a
 * step passes only when the student asks — **Verify** (or **Check** for an answer) runs the
 * step's check then, against the playground's state: the engine's figures, the guests'
 * states and each platform's recording of typed lines. Nothing passes by itself while the
 * run goes on. A step once passed stays passed; progress is kept per browser
 * (lab-progress.ts) and survives a reload; Reset starts the lab over. Its own zustand store
 * beside the playground's, which it only reads (and asks to load the lab's scenario).
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlatformKind, RecordedLine, Scenario } from '../../engine/index.ts';
import { evaluateCheck, type StepOutcome } from '../../labs/evaluate-lab.ts';
import { fileWording, type LabWording } from '../../labs/lab-wording.ts';
import type { LabFigures, PlatformFigures } from '../../labs/metric-paths.ts';
import type { Lab } from '../../labs/parse-lab.ts';
import { fetchLab } from '../components/labs/fetch-lab.ts';
import { pageWording } from '../components/labs/page-wording.ts';
import type { Loaded } from '../components/gallery/gallery-index.ts';
import { forgetProgress, loadProgress, saveProgress, type LabProgress } from './lab-progress.ts';
import type { Playground } from './playground-state.ts';
import { getPlayground } from './use-playground.ts';

export type LabStatus = 'closed' | 'loading' | 'open' | 'failed';

export interface LabState extends LabProgress {
  readonly status: LabStatus;
  readonly id: string | null;
  readonly lab: Lab | null;
  /** Why the lab could not be opened. */
  readonly problems: readonly string[];
  /** Each step's outcome when the student last verified it (undefined before). */
  readonly outcomes: readonly (StepOutcome | undefined)[];
  /** A Verify is fetching what it needs (the typed lines). */
  readonly verifying: boolean;
  /** The playground has since loaded another scenario: the checks no longer apply. */
  readonly detached: boolean;
  /** Where the lab came from: shipped (by id), given (a file, a link, the editor), or a student's hand-in under review. */
  readonly origin: 'shipped' | 'given' | 'review';
  /**
   * Steps passed in a run that is gone: the lab opened again with its progress (a reload, a
   * new tab, Start the lab again) on its scenario from 0:00:00, so what those steps did to the
   * run (a command typed, a state reached) is not in this one. Empty once told, or when none.
   */
  readonly startedOver: readonly number[];
  /**
   * The same steps, until each passes again in this run (Verify): told or not, the run a
   * hand-in would carry is not the one they passed in while any is left.
   */
  readonly notInThisRun: readonly number[];
}

export interface LabActions {
  /** Opens a shipped lab by its id. */
  openLab(id: string): Promise<boolean>;
  /** Opens a lab already read and validated (a file, a link, the editor). */
  openGivenLab(lab: Lab, scenario: Scenario): Promise<boolean>;
  /** Shows a student's hand-in: the lab with their progress, over the run already loaded (their share link's). */
  reviewLab(lab: Lab, progress: Pick<LabProgress, 'passed' | 'answers'>): void;
  closeLab(): void;
  /** Checks the step now; it passes if its check does. */
  verify(step: number): Promise<void>;
  answer(step: number, text: string): void;
  showHint(step: number): void;
  /** Shows a step: any step up to the first not yet passed. */
  goTo(step: number): void;
  /** Forgets the progress and loads the lab's scenario afresh. */
  reset(): Promise<void>;
  /** Loads the lab's scenario again after another one replaced it, keeping the progress. */
  resume(): Promise<void>;
  /** The student has read that the run started over. */
  dismissStartedOver(): void;
}

export type LabStore = LabState & LabActions;

export interface LabDeps {
  readonly playground: StoreApi<Playground>;
  readonly load: (id: string) => Promise<Loaded<{ lab: Lab; scenario: Scenario }>>;
  /** How messages name what a check saw; the page's labels by default in the page, the file's terms in tests. */
  readonly wording?: (scenario: Scenario) => LabWording;
  /** Whether progress is kept per browser. */
  readonly remember?: boolean;
}

const fresh: LabProgress = { passed: [], answers: {}, hintsShown: {}, current: 0 };
const closed: LabState = { status: 'closed', id: null, lab: null, problems: [], outcomes: [], verifying: false, detached: false, origin: 'shipped', startedOver: [], notInThisRun: [], ...fresh };

/**
 * The passed steps whose check looked at the run (all but answers): a later step may build on
 * what they did, and a hand-in carries the run they were passed in.
 */
export function stepsInTheRun(lab: Lab, passed: readonly (StepOutcome | null)[]): number[] {
  return passed.flatMap((p, i) => (p !== null && lab.steps[i]?.check.kind !== 'answer' ? [i] : []));
}

/** The step a student may go to at most: the first not yet passed (the last when all have). */
export function furthestStep(passed: readonly (StepOutcome | null)[]): number {
  const open = passed.findIndex((p) => p === null);
  return open < 0 ? Math.max(0, passed.length - 1) : open;
}

export function createLabStore(deps: LabDeps): StoreApi<LabStore> {
  let labScenario: Scenario | null = null;
  let source: Scenario | null = null;
  let opening = 0;
  let offDetach: () => void = () => {};
  const words = (): LabWording => (labScenario && deps.wording ? deps.wording(labScenario) : fileWording);

  const keep = (): void => {
    const s = store.getState();
    // A hand-in under review is the student's progress, not this browser's.
    if (deps.remember && s.status === 'open' && s.origin !== 'review' && s.lab && s.id !== null) saveProgress(s.id, s.lab.steps, s);
  };

  const start = async (attempt: number, loaded: Loaded<{ lab: Lab; scenario: Scenario }>): Promise<boolean> => {
    if (attempt !== opening) return false;
    if (!loaded.ok) {
      store.setState({ status: 'failed', problems: loaded.errors });
      return false;
    }
    const { lab, scenario } = loaded.value;
    const ok = await deps.playground.getState().loadScenario(scenario);
    if (attempt !== opening) return false;
    if (!ok) {
      store.setState({ status: 'failed', problems: deps.playground.getState().scenarioErrors });
      return false;
    }
    source = scenario;
    labScenario = deps.playground.getState().scenario;
    const saved = deps.remember ? loadProgress(lab.id, lab.steps) : null;
    const progress = saved ?? { ...fresh, passed: lab.steps.map(() => null) };
    const gone = stepsInTheRun(lab, progress.passed);
    store.setState({ status: 'open', id: lab.id, lab, outcomes: [], ...progress, startedOver: gone, notInThisRun: gone });
    watchScenario();
    return true;
  };

  /** Notices when the playground loads another scenario than the lab's. */
  const watchScenario = (): void => {
    unwatch();
    offDetach = deps.playground.subscribe((p) => {
      if (p.scenario !== labScenario && !store.getState().detached) store.setState({ detached: true });
    });
  };

  const unwatch = (): void => {
    offDetach();
    offDetach = () => {};
  };

  /**
   * A lab starts opening: the watch on the lab before stops first, or the new lab's own
   * scenario, loading, would read to it as another one and pause the new lab's checks.
   */
  const begin = (id: string, origin: LabState['origin']): number => {
    unwatch();
    store.setState({ ...closed, status: 'loading', id, origin });
    return ++opening;
  };

  /** Runs one step's check now and latches a pass. */
  const check = (step: number, recordings: Partial<Record<PlatformKind, readonly RecordedLine[]>>): void => {
    const s = store.getState();
    const lab = s.lab;
    const spec = lab?.steps[step];
    if (!lab || !spec || s.detached) return;
    const o = evaluateCheck(spec.check, { figures: figuresOf(deps.playground.getState()), recordings, answers: s.answers }, s.answers[step], words());
    const outcomes = [...s.outcomes];
    outcomes[step] = o;
    const passed = s.passed.map((p, i) => (i === step && p === null && o.passed ? o : p));
    const notInThisRun = o.passed ? s.notInThisRun.filter((i) => i !== step) : s.notInThisRun;
    store.setState({ outcomes, passed, notInThisRun });
    keep();
  };

  /** The lab's scenario loaded again, with the progress as it is (kept) or as reset. */
  const reload = async (keepProgress: boolean): Promise<void> => {
    const s = store.getState();
    if (!s.lab || !source) return;
    const progress: LabProgress = { passed: s.passed, answers: s.answers, hintsShown: s.hintsShown, current: s.current };
    const attempt = begin(s.lab.id, s.origin === 'review' ? 'given' : s.origin);
    if (await start(attempt, { ok: true, value: { lab: s.lab, scenario: source } })) {
      if (keepProgress) {
        const gone = stepsInTheRun(s.lab, progress.passed);
        store.setState({ ...progress, startedOver: gone, notInThisRun: gone });
      }
      keep();
    }
  };

  const store = createStore<LabStore>()((set, get) => ({
    ...closed,
    async openLab(id) {
      const attempt = begin(id, 'shipped');
      return start(attempt, await deps.load(id));
    },
    async openGivenLab(lab, scenario) {
      const attempt = begin(lab.id, 'given');
      return start(attempt, { ok: true, value: { lab, scenario } });
    },
    reviewLab(lab, progress) {
      opening++;
      source = deps.playground.getState().scenario;
      labScenario = source;
      const passed = lab.steps.map((_, i) => progress.passed[i] ?? null);
      set({ ...closed, status: 'open', id: lab.id, lab, origin: 'review', passed, answers: progress.answers, current: furthestStep(passed) });
      watchScenario();
    },
    closeLab() {
      opening++;
      unwatch();
      set(closed);
    },
    async verify(step) {
      const kind = get().lab?.steps[step]?.check.kind;
      if (kind === undefined || get().detached) return;
      if (kind !== 'command') return check(step, {});
      const attempt = opening;
      set({ verifying: true });
      try {
        const recordings = await deps.playground.getState().commandRecordings();
        // A lab opened or closed meanwhile: these lines belong to the run before it.
        if (attempt === opening) check(step, recordings);
      } finally {
        if (attempt === opening) set({ verifying: false });
      }
    },
    answer(step, text) {
      set({ answers: { ...get().answers, [step]: text.slice(0, 500) } });
      check(step, {});
    },
    showHint(step) {
      set({ hintsShown: { ...get().hintsShown, [step]: (get().hintsShown[step] ?? 0) + 1 } });
      keep();
    },
    goTo(step) {
      const s = get();
      if (!s.lab || step < 0 || step > furthestStep(s.passed)) return;
      set({ current: step });
      keep();
    },
    async reset() {
      const s = get();
      if (!s.lab || !source) return;
      forgetProgress(s.lab.id);
      set({ ...fresh, outcomes: [], passed: s.lab.steps.map(() => null) });
      await reload(false);
    },
    async resume() {
      await reload(true);
    },
    dismissStartedOver() {
      set({ startedOver: [] });
    },
  }));
  return store;
}

/** The engine's figures as the playground shows them (results compared with native, the last virtual second's rates). */
export function figuresOf(p: Playground): LabFigures {
  const platforms: Partial<Record<PlatformKind, PlatformFigures>> = {};
  for (const view of Object.values(p.platforms)) if (view.snapshot) platforms[view.kind] = { result: view.snapshot.result, rates: view.snapshot.rates };
  return { timeS: p.nowNs / 1e9, platforms };
}

let instance: StoreApi<LabStore> | null = null;

/** The page's lab store, made on first use. */
export function getLabStore(): StoreApi<LabStore> {
  instance ??= createLabStore({ playground: getPlayground(), load: fetchLab, wording: pageWording, remember: true });
  return instance;
}

export function useLab<T>(selector: (state: LabStore) => T): T {
  return useStore(getLabStore(), selector);
}
