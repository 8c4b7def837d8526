import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cancelRedraw, queueRedraw } from './frame-queue.ts';

/** A fake frame clock: frames run when the test says, and each redraw takes `costMs` of fake time. */
let frames: (() => void)[] = [];
let nowMs = 0;

beforeEach(() => {
  frames = [];
  nowMs = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
  vi.stubGlobal('performance', { now: () => nowMs });
});
afterEach(() => vi.unstubAllGlobals());

function runFrame(): void {
  const due = frames;
  frames = [];
  for (const f of due) f();
}

const costly = (log: string[], name: string, costMs: number) => () => {
  log.push(name);
  nowMs += costMs;
};

describe('chart redraws spread over frames', () => {
  test('a burst of ten charts is drawn over several frames, each within the budget plus one chart', () => {
    const log: string[] = [];
    const owners = Array.from({ length: 10 }, () => ({}));
    owners.forEach((o, i) => queueRedraw(o, costly(log, `c${i}`, 4)));
    runFrame();
    expect(log).toEqual(['c0', 'c1']);
    runFrame();
    expect(log).toHaveLength(4);
    while (frames.length > 0) runFrame();
    expect(log).toHaveLength(10);
  });

  test('a newer redraw of the same chart replaces the waiting one; a cancelled chart draws nothing', () => {
    const log: string[] = [];
    const a = {};
    const b = {};
    queueRedraw(a, costly(log, 'a-old', 1));
    queueRedraw(b, costly(log, 'b', 1));
    queueRedraw(a, costly(log, 'a-new', 1));
    cancelRedraw(b);
    runFrame();
    expect(log).toEqual(['a-new']);
    expect(frames).toHaveLength(0);
  });
});
