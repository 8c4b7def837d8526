/**
 * The playground's store (zustand's React-free core), composed of its slices: the
 * lockstep clock over the four platform workers (lockstep-clock.ts, worker-slots.ts),
 * the consoles, and one slice per feature — faults, migration, density, share links, the
 * open tab and the theme. The classroom labs have their own store beside it (lab-store.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlatformKind } from '../../engine/index.ts';
import { createPlatformWorker, scheduleWithTimeout, type PlatformWorkerFactory, type Schedule } from '../engine-client/platform-worker.ts';
import { workersAtOnce } from '../engine-client/in-turns.ts';
import { consolesSlice } from './consoles-slice.ts';
import { densitySlice } from './density-slice.ts';
import { faultsSlice } from './faults-slice.ts';
import { LockstepClock } from './lockstep-clock.ts';
import { migrationSlice } from './migration-slice.ts';
import type { Playground } from './playground-state.ts';
import { shareSlice } from './share-slice.ts';
import { themeSlice } from './theme-slice.ts';
import { viewSlice } from './view-slice.ts';
import { WorkerSlots } from './worker-slots.ts';

export interface PlaygroundDeps {
  /** Makes a platform's worker; default: a module Web Worker. Tests pass createInProcessPlatformWorker. */
  readonly workerFactory?: PlatformWorkerFactory;
  /** Wall clock, ms; default performance.now. */
  readonly now?: () => number;
  /** The loop's timer; default setTimeout. */
  readonly schedule?: Schedule;
  /** Workers that may compute a tick at once; default one fewer than the machine's cores (in-turns.ts). */
  readonly workersAtOnce?: number;
}

export interface PlaygroundStore {
  readonly store: StoreApi<Playground>;
  /** Stops the loop, terminates the workers, drops every listener. */
  dispose(): void;
  /** Resolves once the lockstep advance in flight, if any, has landed (a pause takes effect at once; a tick already asked of the workers still lands). */
  settled(): Promise<void>;
  /** Fault injection, for tests and the `?testHooks` page hooks. */
  readonly faults: {
    /** Terminates the platform's worker and takes the crash path. */
    crash(kind: PlatformKind): void;
    /** Freezes the platform's worker: its calls go unanswered until the hang timeout. */
    hang(kind: PlatformKind): void;
  };
}

export function createPlaygroundStore(deps: PlaygroundDeps = {}): PlaygroundStore {
  const factory = deps.workerFactory ?? ((kind: PlatformKind) => createPlatformWorker(kind));
  const now = deps.now ?? (() => performance.now());
  const schedule = deps.schedule ?? scheduleWithTimeout;
  const atOnce = deps.workersAtOnce ?? workersAtOnce(globalThis.navigator?.hardwareConcurrency);
  let slots: WorkerSlots | undefined;
  let clock: LockstepClock | undefined;

  const store = createStore<Playground>()((set, get, api) => {
    const s = (slots = new WorkerSlots(api, factory, now));
    const c = (clock = new LockstepClock(api, s, now, schedule, atOnce));
    const initial = LockstepClock.initialState();
    return {
      ...initial,
      ...c.actions(),
      ...consolesSlice(initial.scenario, s, c, set),
      ...faultsSlice(s, c, get),
      ...migrationSlice(s, c, get, set),
      ...densitySlice(s, now),
      ...shareSlice(s, c, get, set, now),
      ...themeSlice(set),
      ...viewSlice(set),
    };
  });
  if (!slots || !clock) throw new Error('the playground store was not built');
  const [s, c] = [slots, clock];

  void c.startAll();

  return {
    store,
    dispose() {
      if (s.isDisposed) return;
      c.generation++;
      c.stop();
      s.dispose();
    },
    settled: () => c.exclusive(() => Promise.resolve()),
    faults: {
      crash: (kind) => s.crash(kind),
      hang: (kind) => s.hang(kind),
    },
  };
}
