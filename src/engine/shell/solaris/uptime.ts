/**
 * uptime on Solaris: "  3:25am  up  2:25,  1 user,  load average: …", from the virtual
 * clock, machine.bootedAtNs() and the load average.
 */
import type { Machine } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { loadAverageText, loginShells } from '../linux/uptime.ts';
import { civilTime, pad2 } from '../linux/virtual-calendar.ts';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function upFor(m: Machine): string {
  const s = Math.max(0, Math.floor((m.now() - m.bootedAtNs()) / NS_PER_S));
  const days = Math.floor(s / 86_400);
  const hours = Math.floor(s / 3600) % 24;
  const minutes = Math.floor(s / 60) % 60;
  let out = days > 0 ? ` ${plural(days, 'day')},` : '';
  if (hours > 0 && minutes > 0) out += ` ${String(hours).padStart(2)}:${pad2(minutes)},`;
  else if (hours > 0) out += ` ${plural(hours, 'hr')},`;
  else if (minutes > 0) out += ` ${plural(minutes, 'min')},`;
  else if (days === 0) out += ` ${plural(s, 'sec')},`;
  return out;
}

export const SOLARIS_UPTIME: Command = {
  name: 'uptime',
  summary: 'show how long the system has been up',
  run(ctx) {
    const m = ctx.machine;
    const t = civilTime(m.now(), m.epochUnixS);
    const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
    const clock = `${String(hour12).padStart(2)}:${pad2(t.minute)}${t.hour < 12 ? 'am' : 'pm'}`;
    return done(`  ${clock}  up${upFor(m)}  ${plural(loginShells(m), 'user')},  load average: ${loadAverageText(m)}\n`);
  },
};
