import { describe, expect, test } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createHeldView, type ViewTimers } from './held-view.ts';

/** A fake clock: timers run when the test moves time on. */
function fakeTimers(): ViewTimers & { advance(ms: number): void } {
  let nowMs = 0;
  let waiting: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  return {
    now: () => nowMs,
    setTimeout(run, ms) {
      const id = nextId++;
      waiting.push({ at: nowMs + ms, run, id });
      return id;
    },
    clearTimeout(id) {
      waiting = waiting.filter((w) => w.id !== id);
    },
    advance(ms) {
      nowMs += ms;
      const due = waiting.filter((w) => w.at <= nowMs);
      waiting = waiting.filter((w) => w.at > nowMs);
      for (const w of due) w.run();
    },
  };
}

function setup() {
  const store = createStore(() => ({ step: 0 }));
  const timers = fakeTimers();
  const view = createHeldView(store, 300, timers);
  const seen: number[] = [];
  view.subscribe((s) => seen.push(s.step));
  const step = (n: number): void => store.setState({ step: n });
  return { view, timers, seen, step };
}

describe('a view of the store for a panel that is not always in front', () => {
  test('while the panel is hidden, the running store reaches it not at all; opening it shows the latest state at once', () => {
    const { view, timers, seen, step } = setup();
    for (let i = 1; i <= 20; i++) {
      step(i);
      timers.advance(100);
    }
    expect(seen).toEqual([]);
    expect(view.getState().step).toBe(0);
    view.setOpen(true);
    expect(seen).toEqual([20]);
  });

  test('while open, ten snapshots a second reach it about three times a second, the last one always', () => {
    const { view, timers, seen, step } = setup();
    view.setOpen(true);
    for (let i = 1; i <= 10; i++) {
      step(i);
      timers.advance(100);
    }
    expect(seen.length).toBeLessThanOrEqual(4);
    timers.advance(300);
    expect(seen.at(-1)).toBe(10);
  });

  test('a change reaches the panel in a task of its own; closing drops a change still waiting; disposing stops listening', () => {
    const { view, timers, seen, step } = setup();
    view.setOpen(true);
    timers.advance(300);
    step(1);
    expect(seen).toEqual([]); // not inside the store's change: in a task of its own
    timers.advance(0);
    step(2);
    view.setOpen(false);
    timers.advance(1000);
    expect(seen).toEqual([1]);
    view.dispose();
    view.setOpen(true);
    step(3);
    timers.advance(1000);
    expect(view.getState().step).toBe(2);
    expect(seen).toEqual([1]);
  });
});
