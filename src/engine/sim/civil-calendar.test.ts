import { describe, expect, test } from 'vitest';
import { civilFromDays, daysFromCivil, weekdayOfDays } from './civil-calendar.ts';

describe('the civil calendar', () => {
  test('known days: the Unix epoch, 1 January 2007 (a Monday), a leap day, 2038', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2007, 1, 1) * 86_400).toBe(1_167_609_600);
    expect(weekdayOfDays(daysFromCivil(2007, 1, 1))).toBe(1);
    expect(civilFromDays(daysFromCivil(2008, 2, 29))).toEqual({ year: 2008, month: 2, day: 29 });
    expect(daysFromCivil(2038, 1, 19) * 86_400).toBe(2_147_472_000);
  });

  test('round-trips every day from 1990 to 2040', () => {
    for (let d = daysFromCivil(1990, 1, 1); d <= daysFromCivil(2040, 12, 31); d++) {
      const c = civilFromDays(d);
      expect(daysFromCivil(c.year, c.month, c.day)).toBe(d);
    }
  });
});
