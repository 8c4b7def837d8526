/** A playground store on in-process workers with fake clocks, for the store's tests. */
import { createInProcessPlatformWorker, type PlatformWorker } from '../../engine-client/platform-worker.ts';
import { fakeClock, until, type FakeClock } from '../../engine-client/testing/fake-clock.ts';
import { createPlaygroundStore, type PlaygroundStore } from '../playground-store.ts';
import type { Playground } from '../playground-state.ts';

export interface TestPlayground {
  readonly handle: PlaygroundStore;
  /** Drives the store's loop. */
  readonly loop: FakeClock;
  /** Drives the workers' hang timeouts (apart from the loop's, so pending calls are not loop timers). */
  readonly hangClock: FakeClock;
  state(): Playground;
  /** Lets one loop tick fire after `wallMs` and waits until it has finished (the next one is scheduled). */
  tick(wallMs?: number): Promise<void>;
}

const open: PlaygroundStore[] = [];

/** Disposes every playground started since the last call (each test file's afterEach). */
export function disposePlaygrounds(): void {
  open.splice(0).forEach((h) => h.dispose());
}

/**
 * A playground on in-process workers (each engine behind a MessageChannel), every platform
 * started; `wrap` may stand between the store and a worker (to hold its answers back, say).
 * All four workers compute a tick at once unless `workersAtOnce` says fewer.
 */
export async function startPlayground(wrap: (w: PlatformWorker) => PlatformWorker = (w) => w, workersAtOnce = 4): Promise<TestPlayground> {
  const loop = fakeClock();
  const hangClock = fakeClock();
  const handle = createPlaygroundStore({
    workerFactory: (kind) => wrap(createInProcessPlatformWorker(kind, { schedule: hangClock.schedule })),
    now: loop.now,
    schedule: loop.schedule,
    workersAtOnce,
  });
  open.push(handle);
  const state = (): Playground => handle.store.getState();
  await until(() => Object.values(state().platforms).every((p) => p.health === 'ok' && p.snapshot !== null), 'all platforms to start');
  return {
    handle,
    loop,
    hangClock,
    state,
    async tick(wallMs = 100) {
      await until(() => loop.pending() === 1, 'a scheduled tick');
      loop.advance(wallMs);
      await until(() => loop.pending() === 1 || state().runState !== 'running', 'the tick to finish');
    },
  };
}
