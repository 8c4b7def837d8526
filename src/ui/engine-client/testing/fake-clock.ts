/** Test support: a hand-driven wall clock with timers, and a poll for conditions reached asynchronously. */
import type { Schedule } from '../platform-worker.ts';

export interface FakeClock {
  readonly now: () => number;
  readonly schedule: Schedule;
  /** Moves time on by `ms`, running each timer that falls due, in order. */
  advance(ms: number): void;
  /** Timers waiting. */
  pending(): number;
}

export function fakeClock(): FakeClock {
  let t = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; cb: () => void }>();
  return {
    now: () => t,
    schedule(cb, ms) {
      const id = seq++;
      timers.set(id, { at: t + ms, cb });
      return () => timers.delete(id);
    },
    advance(ms) {
      const end = t + ms;
      for (;;) {
        const due = [...timers].filter(([, x]) => x.at <= end).sort(([ia, a], [ib, b]) => a.at - b.at || ia - ib)[0];
        if (!due) break;
        timers.delete(due[0]);
        t = Math.max(t, due[1].at);
        due[1].cb();
      }
      t = end;
    },
    pending: () => timers.size,
  };
}

/** Polls (on real timers, every millisecond) until `cond` holds. */
export async function until(cond: () => boolean, what = 'condition', timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

