/**
 * The ceiling: the engine's own typed-array event queue driving trivial handlers (a hold
 * model: each event schedules its successor). An engine event can never be cheaper.
 */
import { EventQueue } from '../src/engine/sim/event-queue.ts';
import { Rng } from '../src/engine/sim/rng.ts';

export function bareQueueEventsPerSecond(events: number, pending: number, now: () => number): number {
  const q = new EventQueue();
  const rng = new Rng(1);
  const acc = new Float64Array(4);
  for (let i = 0; i < pending; i++) q.push(rng.next(), i & 3, i);
  const start = now();
  for (let n = 0; n < events; n++) {
    q.pop();
    const kind = q.poppedKind;
    acc[kind] = (acc[kind] as number) + 1;
    q.push(q.poppedTime + rng.next(), kind, q.poppedEntity);
  }
  return events / ((now() - start) / 1000);
}
