/**
 * The page keeps a core for itself: on a two-core laptop four platform workers computing at
 * once left the main thread waiting for a core, and a frame that needed 15 ms of CPU took
 * 70 ms (Chromium's trace of a thousand-guest run). A lockstep tick asks its workers in
 * turns instead, at most one fewer at a time than the machine has cores.
 */

/** How many workers may compute at once on a machine of `cores` logical cores (one is the page's). */
export function workersAtOnce(cores: number | undefined): number {
  const n = Math.floor(cores ?? 1);
  // NaN (an unknown count) fails the test too.
  return n > 1 ? n - 1 : 1;
}

/** Calls `f` on each item with at most `limit` calls unanswered at a time; the answers come in the items' order. */
export async function inTurns<T, R>(items: readonly T[], limit: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const answers = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      answers[i] = await f(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return answers;
}
