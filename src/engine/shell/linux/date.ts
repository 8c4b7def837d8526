/**
 * date: the terminals' virtual calendar (virtual time 0 is midnight UTC on the scenario's
 * epoch, os/calendar-epoch.ts), in date's default form or `+FORMAT` with the common conversions. The clock
 * is the simulation's, so setting it (`-s`, or an operand) is refused.
 */
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { civilTime, dayOfYear, monthName, pad2, unixSeconds, WEEKDAYS } from './virtual-calendar.ts';

function formatted(format: string, ns: number, epochUnixS: number, zone: string): string {
  const t = civilTime(ns, epochUnixS);
  const conversions: Readonly<Record<string, string>> = {
    Y: String(t.year),
    y: pad2(t.year % 100),
    m: pad2(t.month),
    d: pad2(t.day),
    e: String(t.day).padStart(2),
    H: pad2(t.hour),
    M: pad2(t.minute),
    S: pad2(t.second),
    T: `${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}`,
    F: `${t.year}-${pad2(t.month)}-${pad2(t.day)}`,
    D: `${pad2(t.month)}/${pad2(t.day)}/${pad2(t.year % 100)}`,
    a: WEEKDAYS[t.weekday] ?? '',
    b: monthName(t),
    j: String(dayOfYear(t)).padStart(3, '0'),
    s: String(unixSeconds(ns, epochUnixS)),
    Z: zone,
    n: '\n',
    t: '\t',
    '%': '%',
  };
  return format.replace(/%(.)/g, (whole, c: string) => conversions[c] ?? whole);
}

/** date, with the time zone name the OS prints (Linux UTC, Solaris GMT). */
export function makeDate(zone: string): Command {
  return {
    name: 'date',
    summary: 'print the date and time (+FORMAT: %Y %m %d %H %M %S %T %F %s …)',
    run(ctx, args) {
      const ns = ctx.machine.now();
      if (args.length === 0) return done(formatted(`%a %b %e %H:%M:%S ${zone} %Y`, ns, ctx.machine.epochUnixS, zone) + '\n');
      const [first] = args;
      if (args.length === 1 && first?.startsWith('+')) return done(formatted(first.slice(1), ns, ctx.machine.epochUnixS, zone) + '\n');
      return done(`date: the clock is the simulation's virtual time (${Math.floor(ns / NS_PER_S)} s since it started) and cannot be set\n`, 1);
    },
  };
}
