/** How Solaris's ps prints times: STIME and TIME (psrinfo's dates are slashDateTime's). */
import { NS_PER_S } from '../../sim/units.ts';
import { civilTime, clockTime, monthName, pad2 } from '../linux/virtual-calendar.ts';

/** ps's STIME: "13:02:11" today, "Jan 05" before. */
export function solarisStartTime(startedNs: number, nowNs: number, epochUnixS: number): string {
  const s = civilTime(startedNs, epochUnixS);
  const n = civilTime(nowNs, epochUnixS);
  const today = s.year === n.year && s.month === n.month && s.day === n.day;
  return today ? clockTime(startedNs, epochUnixS) : `${monthName(s)} ${pad2(s.day)}`;
}

/** ps's TIME: "m:ss" of CPU. */
export function solarisCpuTime(ns: number): string {
  const s = Math.floor(ns / NS_PER_S);
  return `${Math.floor(s / 60)}:${pad2(s % 60)}`;
}
