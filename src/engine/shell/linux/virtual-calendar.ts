/**
 * The simulated world's calendar: virtual time 0 is midnight UTC on the scenario's epoch
 * (os/calendar-epoch.ts: 1 January after the newest software it runs), which a machine
 * carries as `epochUnixS`; clocks and file dates in the terminals are derived from virtual
 * time and that epoch alone — no wall clock, the same in every run.
 */
import { NS_PER_S } from '../../sim/units.ts';
import { civilFromDays, weekdayOfDays } from '../../sim/civil-calendar.ts';

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

const SECONDS_PER_DAY = 86_400;

/** Unix seconds at virtual time `ns` (negative times clamp to the epoch): date +%s. */
export function unixSeconds(ns: number, epochUnixS: number): number {
  return epochUnixS + Math.floor(Math.max(0, ns) / NS_PER_S);
}

/** The day of the year of a civil time, 1–366. */
export function dayOfYear(t: CivilTime): number {
  let day = t.day;
  for (let m = 1; m < t.month; m++) day += daysInMonth(t.year, m);
  return day;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2) return leap ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date and time (UTC) at virtual time `ns` of a world whose calendar starts at `epochUnixS`. */
export function civilTime(ns: number, epochUnixS: number): CivilTime {
  const total = unixSeconds(ns, epochUnixS);
  const days = Math.floor(total / SECONDS_PER_DAY);
  const secondOfDay = total - days * SECONDS_PER_DAY;
  return {
    ...civilFromDays(days),
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor((secondOfDay % 3600) / 60),
    second: secondOfDay % 60,
    weekday: weekdayOfDays(days),
  };
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** "HH:MM:SS". */
export function clockTime(ns: number, epochUnixS: number): string {
  const t = civilTime(ns, epochUnixS);
  return `${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}`;
}

/** "01/05/2007 13:02:11": month/day/year and the time (Solaris's psrinfo, esxtop's PDH-CSV). */
export function slashDateTime(ns: number, epochUnixS: number): string {
  const t = civilTime(ns, epochUnixS);
  return `${pad2(t.month)}/${pad2(t.day)}/${t.year} ${clockTime(ns, epochUnixS)}`;
}

/** The three-letter month of a civil time. */
export function monthName(t: CivilTime): string {
  return MONTHS[t.month - 1] ?? 'Jan';
}
