import { describe, expect, test } from 'vitest';
import { Rng } from '../../sim/rng.ts';
import { FreeCores } from './free-cores.ts';

/** The list it replaces: a guest's last core freed, else the last fresh one freed, else the one free longest. */
function takeFromList(free: number[], lastGuest: number[], gi: number): number {
  let warm = -1;
  let fresh = -1;
  for (let i = free.length - 1; i >= 0; i--) {
    const last = lastGuest[free[i] as number];
    if (last === gi) {
      warm = i;
      break;
    }
    if (last === -1 && fresh < 0) fresh = i;
  }
  return free.splice(warm >= 0 ? warm : fresh >= 0 ? fresh : 0, 1)[0] as number;
}

describe('FreeCores', () => {
  test('takes the same core as a scan of the free list, and walks it from the last freed', () => {
    const rng = new Rng(5);
    const cores = 12;
    const lastGuest = Array.from({ length: cores }, () => -1);
    const free = new FreeCores();
    const list: number[] = [];
    for (let c = 0; c < cores; c++) {
      free.push(c, -1);
      list.push(c);
    }
    for (let step = 0; step < 5000; step++) {
      if (list.length > 0 && (rng.next() < 0.5 || list.length === cores)) {
        const gi = Math.floor(rng.next() * 6);
        const c = free.take(gi);
        expect(c).toBe(takeFromList(list, lastGuest, gi));
        lastGuest[c] = gi;
      } else {
        const busy = [...Array(cores).keys()].filter((c) => !list.includes(c));
        const c = busy[Math.floor(rng.next() * busy.length)] as number;
        free.push(c, lastGuest[c] as number);
        list.push(c);
      }
      const walked: number[] = [];
      for (let c = free.last(); c >= 0; c = free.before(c)) walked.push(c);
      expect(walked).toEqual([...list].reverse());
      expect(free.length).toBe(list.length);
    }
  });
});
