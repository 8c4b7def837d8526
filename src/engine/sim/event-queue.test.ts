import { describe, expect, test } from 'vitest';
import { EventQueue } from './event-queue.ts';
import { Rng } from './rng.ts';

/** Pops every event, returning [time, kind, entity] triples in pop order. */
function drain(q: EventQueue): [number, number, number][] {
  const out: [number, number, number][] = [];
  while (q.pop()) out.push([q.poppedTime, q.poppedKind, q.poppedEntity]);
  return out;
}

describe('EventQueue', () => {
  test('pops events in time order, carrying each event’s kind and entity', () => {
    const q = new EventQueue();
    q.push(30, 3, 300);
    q.push(10, 1, 100);
    q.push(20, 2, 200);
    q.push(5, 0, 50);
    expect(drain(q)).toEqual([
      [5, 0, 50],
      [10, 1, 100],
      [20, 2, 200],
      [30, 3, 300],
    ]);
  });

  test('events at the same time pop in insertion (FIFO) order', () => {
    const q = new EventQueue();
    for (let e = 0; e < 20; e++) q.push(7, 0, e);
    q.push(3, 1, 99);
    for (let e = 20; e < 40; e++) q.push(7, 0, e);
    const popped = drain(q);
    expect(popped[0]).toEqual([3, 1, 99]);
    expect(popped.slice(1).map(([, , e]) => e)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  test('ties stay FIFO even when interleaved with pops', () => {
    const q = new EventQueue();
    q.push(1, 0, 0);
    q.push(1, 0, 1);
    expect(q.pop()).toBe(true);
    expect(q.poppedEntity).toBe(0);
    q.push(1, 0, 2);
    q.push(0.5, 0, 3);
    expect(drain(q).map(([, , e]) => e)).toEqual([3, 1, 2]);
  });

  test('grows past its initial capacity without losing or misordering events', () => {
    const q = new EventQueue(2);
    const rng = new Rng(7);
    const times: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const t = Math.floor(rng.next() * 100); // many equal times, too
      times.push(t);
      q.push(t, i % 5, i);
    }
    expect(q.size).toBe(1000);
    const popped = drain(q);
    expect(popped).toHaveLength(1000);
    expect(q.size).toBe(0);
    // Sorted by time, and by insertion (entity) within a time.
    const expected = times.map((t, i) => [t, i % 5, i] as [number, number, number]).sort((a, b) => a[0] - b[0] || a[2] - b[2]);
    expect(popped).toEqual(expected);
  });

  test('peekTime is Infinity on an empty queue and the earliest time otherwise', () => {
    const q = new EventQueue();
    expect(q.peekTime()).toBe(Infinity);
    expect(q.pop()).toBe(false);
    q.push(42, 0, 0);
    q.push(17, 0, 1);
    expect(q.peekTime()).toBe(17);
    drain(q);
    expect(q.peekTime()).toBe(Infinity);
  });
});
