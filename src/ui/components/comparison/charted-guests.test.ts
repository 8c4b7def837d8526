import { describe, expect, test } from 'vitest';
import { CHARTED_GUESTS, chartedGuests, chartedNote } from './charted-guests.ts';

describe('the guests a per-guest chart draws', () => {
  test('all of them while they are few', () => {
    const names = ['a', 'b', 'c'];
    expect(chartedGuests(names, () => 0)).toBe(names);
    expect(chartedNote(3, 3, 'that lose most')).toBeNull();
  });

  test('past the limit, those that stand out most, in scenario order', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `g${i}`);
    // Every 25th guest stands out: exactly the limit's worth.
    const shown = chartedGuests(names, (n) => (Number(n.slice(1)) % 25 === 0 ? 1 : 0));
    expect(shown).toHaveLength(CHARTED_GUESTS);
    expect(shown).toEqual(names.filter((_, i) => i % 25 === 0));
    expect(chartedNote(shown.length, names.length, 'that lose most')).toBe(`The ${CHARTED_GUESTS} guests that lose most of 1,000; the Table has every guest.`);
  });

  test('ties and unknown figures keep scenario order', () => {
    const names = Array.from({ length: 100 }, (_, i) => `g${i}`);
    expect(chartedGuests(names, () => Number.NEGATIVE_INFINITY)).toEqual(names.slice(0, CHARTED_GUESTS));
  });
});
