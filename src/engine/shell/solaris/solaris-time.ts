/** How Solaris tools print times: "01/05/2007 13:02:11" (psrinfo) and ps's STIME and TIME. */
import { NS_PER_S } from '../../sim/units.ts';
import { civilTime, clockTime, monthName, pad2 } from '../linux/virtual-calendar.ts';

export function solarisDateTime(ns: number): string {
  const t = civilTime(ns);
  return `${pad2(t.month)}/${pad2(t.day)}/${t.year} ${clockTime(ns)}`;
}

/** ps's STIME: "13:02:11" today, "Jan 05" before. */
export function solarisStartTime(startedNs: number, nowNs: number): string {
  const s = civilTime(startedNs);
  const n = civilTime(nowNs);
  const today = s.year === n.year && s.month === n.month && s.day === n.day;
  return today ? clockTime(startedNs) : `${monthName(s)} ${pad2(s.day)}`;
}

/** ps's TIME: "m:ss" of CPU. */
export function solarisCpuTime(ns: number): string {
  const s = Math.floor(ns / NS_PER_S);
  return `${Math.floor(s / 60)}:${pad2(s % 60)}`;
}
