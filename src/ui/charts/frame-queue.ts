/**
 * Chart redraws, spread over animation frames. Snapshots arrive for every chart at once
 * (≈ 10 a second while running); drawing all of them in one task is what made the
 * Comparison view jank. Each chart queues its latest redraw here (a newer one replaces
 * the one still waiting), and each frame runs queued redraws until a small budget is
 * spent, leaving the rest for the next frame, so no frame's task grows past the budget by
 * more than one chart.
 */

/** Wall ms of chart work per frame: a third of a 60 Hz frame leaves room for React and the terminals. */
const FRAME_BUDGET_MS = 6;

const pending = new Map<object, () => void>();
let frame = 0;

function flush(): void {
  frame = 0;
  const start = performance.now();
  for (const [owner, redraw] of pending) {
    pending.delete(owner);
    redraw();
    if (performance.now() - start > FRAME_BUDGET_MS) break;
  }
  if (pending.size > 0) frame = requestAnimationFrame(flush);
}

/** Queues `owner`'s redraw for a coming frame, replacing any of its redraws still waiting. */
export function queueRedraw(owner: object, redraw: () => void): void {
  pending.delete(owner); // re-inserted at the end: charts take turns
  pending.set(owner, redraw);
  if (frame === 0) frame = requestAnimationFrame(flush);
}

/** Drops `owner`'s waiting redraw (its chart is gone). */
export function cancelRedraw(owner: object): void {
  pending.delete(owner);
}
