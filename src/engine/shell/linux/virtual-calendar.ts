/**
 * The simulated world's calendar: virtual time 0 is midnight, Monday 1 January 2007 (the
 * era of the classic products), so clocks and file dates in the terminals are derived from
 * virtual time alone — no wall clock, the same in every run.
 */
import { NS_PER_S } from '../../sim/units.ts';

export const EPOCH_YEAR = 2007;

export interface CivilTime {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 Sunday … 6 Saturday. */
  readonly weekday: number;
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** 1 January 2007 was a Monday. */
const EPOCH_WEEKDAY = 1;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 1 January 2007 00:00:00 UTC, in seconds since the Unix epoch (date +%s). */
export const EPOCH_UNIX_S = 1_167_609_600;

/** The day of the year of a civil time, 1–366. */
export function dayOfYear(t: CivilTime): number {
  let day = t.day;
  for (let m = 1; m < t.month; m++) day += daysInMonth(t.year, m);
  return day;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date and time at virtual time `ns` (negative times clamp to the epoch). */
export function civilTime(ns: number): CivilTime {
  const totalSeconds = Math.max(0, Math.floor(ns / NS_PER_S));
  let days = Math.floor(totalSeconds / 86_400);
  const secondOfDay = totalSeconds % 86_400;
  const weekday = (EPOCH_WEEKDAY + days) % 7;
  let year = EPOCH_YEAR;
  while (days >= (isLeap(year) ? 366 : 365)) {
    days -= isLeap(year) ? 366 : 365;
    year++;
  }
  let month = 1;
  while (days >= daysInMonth(year, month)) {
    days -= daysInMonth(year, month);
    month++;
  }
  return {
    year,
    month,
    day: days + 1,
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor((secondOfDay % 3600) / 60),
    second: secondOfDay % 60,
    weekday,
  };
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** "HH:MM:SS". */
export function clockTime(ns: number): string {
  const t = civilTime(ns);
  return `${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}`;
}

/** "01/05/2007 13:02:11": month/day/year and the time (Solaris's psrinfo, esxtop's PDH-CSV). */
export function slashDateTime(ns: number): string {
  const t = civilTime(ns);
  return `${pad2(t.month)}/${pad2(t.day)}/${t.year} ${clockTime(ns)}`;
}

/** The three-letter month of a civil time. */
export function monthName(t: CivilTime): string {
  return MONTHS[t.month - 1] ?? 'Jan';
}
