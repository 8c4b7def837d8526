import { describe, expect, test } from 'vitest';
import { Rng } from '../sim/rng.ts';
import { QueuedDevice } from './queued-device.ts';

/** The device as a scan of every flow's queue on each request, the reference for the tracked backlog. */
function scanningDevice(weights: number[]): (now: number, flow: number, serviceNs: number) => number {
  const freeAt = weights.map(() => 0);
  return (now, flow, serviceNs) => {
    const mine = weights[flow] as number;
    let backlogged = mine;
    for (let f = 0; f < freeAt.length; f++) if (f !== flow && (freeAt[f] as number) > now) backlogged += weights[f] as number;
    const done = Math.max(freeAt[flow] as number, now) + (serviceNs * backlogged) / mine;
    freeAt[flow] = done;
    return done;
  };
}

describe('QueuedDevice', () => {
  test.each([
    ['whole weights (the backlog is tracked)', (i: number) => 1 + (i % 3)],
    ['fractional weights (every queue is looked at)', (i: number) => (100 + 37 * i) / 500],
  ])('with many flows and %s, requests complete when a scan of every queue says', (_, weightOf) => {
    const rng = new Rng(3);
    const weights = [1, ...Array.from({ length: 40 }, (_, i) => weightOf(i))];
    const device = new QueuedDevice();
    for (const w of weights.slice(1)) device.addFlow(w);
    const reference = scanningDevice(weights);
    let now = 0;
    for (let i = 0; i < 20_000; i++) {
      now += Math.floor(rng.next() * 3) * 1000;
      const flow = Math.floor(rng.next() * weights.length);
      const serviceNs = 500 + rng.next() * 5000;
      expect(device.submit(now, flow - 1, serviceNs)).toBe(reference(now, flow, serviceNs));
    }
  });
});
