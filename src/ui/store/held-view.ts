/**
 * The store as a panel that is not always in front sees it: the state is passed on only
 * while the panel is open, and then at most once per interval (the latest of a burst when
 * the interval is up). A hidden panel renders nothing while the
 * store runs; opening it passes on the state it missed at once.
 *
 * It has the read side of a zustand store (getState, subscribe), so `useStore` reads it
 * like the store itself.
 */
import type { StoreApi } from 'zustand/vanilla';

export interface HeldView<S> extends Pick<StoreApi<S>, 'getState' | 'getInitialState' | 'subscribe'> {
  /** Open: pass changes on (throttled); closed: hold the last state passed on. */
  setOpen(open: boolean): void;
  dispose(): void;
}

/** The clock and timer the view waits with (injected by tests). */
export interface ViewTimers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const BROWSER_TIMERS: ViewTimers = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export function createHeldView<S>(source: Pick<StoreApi<S>, 'getState' | 'subscribe'>, intervalMs: number, timers: ViewTimers = BROWSER_TIMERS): HeldView<S> {
  let held = source.getState();
  let open = false;
  let lastPassMs = -Infinity;
  let timer: unknown = null;
  const listeners = new Set<(state: S, previous: S) => void>();

  const pass = (): void => {
    timer = null;
    lastPassMs = timers.now();
    const previous = held;
    held = source.getState();
    if (held === previous) return;
    for (const l of listeners) l(held, previous);
  };

  // Always on a timer, even when the interval is up: the panel then renders in a task of its
  // own, not inside the store change (a worker's message) that would make one long task of both.
  const changed = (): void => {
    if (!open || timer !== null) return;
    timer = timers.setTimeout(pass, Math.max(0, lastPassMs + intervalMs - timers.now()));
  };

  const stopWaiting = (): void => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  const unsubscribe = source.subscribe(changed);

  return {
    getState: () => held,
    getInitialState: () => held,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setOpen(next) {
      if (next === open) return;
      open = next;
      stopWaiting();
      if (open) pass();
    },
    dispose() {
      stopWaiting();
      unsubscribe();
      listeners.clear();
    },
  };
}
