/**
 * uptime (procps 3.2): the virtual clock, time since boot (machine.now() − bootedAtNs()),
 * users and the load average. Users are counted as login shells among the processes
 * (the model has no utmp).
 */
import type { Machine } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { clockTime } from './virtual-calendar.ts';

/** This machine's interactive login shells ("-bash", "-sh", "-ksh"…): a container's or zone's log in to its own utmp, not the host's. */
export function loginShells(m: Machine): number {
  return m.processes().filter((p) => p.container === undefined && /^-[a-z]*sh\b/.test(p.command)).length;
}

/** "3 days,  2:01" / "2:01" / "5 min" as procps words the time since boot. */
export function upSince(m: Machine): string {
  const seconds = Math.max(0, Math.floor((m.now() - m.bootedAtNs()) / NS_PER_S));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor(seconds / 3600) % 24;
  const minutes = Math.floor(seconds / 60) % 60;
  const dayPart = days > 0 ? `${days} day${days === 1 ? '' : 's'}, ` : '';
  const clock = hours > 0 ? `${String(hours).padStart(2)}:${String(minutes).padStart(2, '0')}` : `${minutes} min`;
  return dayPart + clock;
}

export function loadAverageText(m: Machine): string {
  return m.loadAverage().map((x) => x.toFixed(2)).join(', ');
}

export const UPTIME: Command = {
  name: 'uptime',
  summary: 'how long the system has been running',
  run(ctx) {
    const m = ctx.machine;
    const users = loginShells(m);
    const line = ` ${clockTime(m.now(), m.epochUnixS)} up ${upSince(m)}, ${String(users).padStart(2)} user${users === 1 ? '' : 's'},  load average: ${loadAverageText(m)}`;
    return done(line + '\n');
  },
};
