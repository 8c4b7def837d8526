import { describe, expect, test } from 'vitest';
import { inTurns, workersAtOnce } from './in-turns.ts';

describe('workers in turns', () => {
  test('one core is left to the page: at most one fewer worker than cores computes at once, and never none', () => {
    expect([2, 4, 8, 16].map(workersAtOnce)).toEqual([1, 3, 7, 15]);
    expect([1, 0, undefined, NaN].map(workersAtOnce)).toEqual([1, 1, 1, 1]);
  });

  test('no more calls are unanswered at once than the limit, and every answer comes back in its item’s place', async () => {
    for (const limit of [1, 2, 3, 4, 9]) {
      let inFlight = 0;
      let most = 0;
      const kinds = ['native', 'hosted', 'bare-metal', 'container'];
      const answers = await inTurns(kinds, limit, async (k) => {
        most = Math.max(most, ++inFlight);
        // Later items answer sooner: the order of the answers must not follow the order they arrive in.
        await new Promise((r) => setTimeout(r, 2 * (kinds.length - kinds.indexOf(k))));
        inFlight--;
        return k.toUpperCase();
      });
      expect(answers).toEqual(['NATIVE', 'HOSTED', 'BARE-METAL', 'CONTAINER']);
      expect(most).toBe(Math.min(limit, 4));
    }
  });
});
