/**
 * ps in Solaris's System V form over machine.processes(): `ps` (this terminal's), `-e`/`-A`
 * (all), `-f` (full listing), `-Z` (the ZONE column: on a global zone with containers, each
 * process's zone). BSD-style `ps aux` is /usr/ucb/ps, not this one, and is refused.
 */
import type { Machine, ProcessInfo } from '../../os/machine.ts';
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { commandName, processTerminals } from '../linux/process-terminals.ts';
import { solarisCpuTime, solarisStartTime } from './solaris-time.ts';
import { GLOBAL_ZONE, zoneName } from './zonename.ts';

const USAGE =
  'usage: ps [ -aAdefHlcjLPyZ ] [ -o format ] [ -t termlist ]\n\t[ -u userlist ] [ -U userlist ] [ -G grouplist ]\n\t[ -p proclist ] [ -g pgrplist ] [ -s sidlist ] [ -z zonelist ] [-h lgrplist]\n';

interface Row {
  readonly p: ProcessInfo;
  readonly tty: string;
  readonly zone: string;
}

function fullLine(r: Row, m: Machine): string {
  const { p } = r;
  return (
    `${p.user.padStart(8)} ${String(p.pid).padStart(5)} ${String(p.ppid).padStart(5)} ${String(Math.min(99, Math.floor(p.cpuPercent))).padStart(3)} ` +
    `${solarisStartTime(p.startedNs, m.now(), m.epochUnixS).padStart(8)} ${r.tty.padEnd(8)} ${solarisCpuTime(p.cpuTimeNs).padStart(7)} ${p.command}`
  );
}

function shortLine(r: Row): string {
  return `${String(r.p.pid).padStart(6)} ${r.tty.padEnd(8)} ${solarisCpuTime(r.p.cpuTimeNs).padStart(7)} ${commandName(r.p.command)}`;
}

function runPs(ctx: CommandContext, args: readonly string[]) {
  const letters = new Set<string>();
  for (const arg of args) {
    if (!arg.startsWith('-')) return done(USAGE, 1);
    for (const c of arg.slice(1)) {
      if (!'eAfZ'.includes(c)) return done(`ps: illegal option -- ${c}\n${USAGE}`, 1);
      letters.add(c);
    }
  }
  const m = ctx.machine;
  const all = letters.has('e') || letters.has('A');
  const here = zoneName(m);
  const procs = [...m.processes()].sort((a, b) => a.pid - b.pid);
  const ttys = processTerminals(procs);
  const rows: Row[] = procs
    .filter((p) => all || ttys.has(p.pid))
    .map((p) => ({ p, tty: ttys.get(p.pid) ?? '?', zone: here === GLOBAL_ZONE ? (p.container ?? GLOBAL_ZONE) : here }));
  const zoned = letters.has('Z');
  const zoneCol = (z: string): string => (zoned ? `${z.padStart(8)} ` : '');
  const lines = letters.has('f')
    ? [`${zoneCol('ZONE')}     UID   PID  PPID   C    STIME TTY         TIME CMD`, ...rows.map((r) => zoneCol(r.zone) + fullLine(r, m))]
    : [`${zoneCol('ZONE')}   PID TTY         TIME CMD`, ...rows.map((r) => zoneCol(r.zone) + shortLine(r))];
  return done(lines.join('\n') + '\n');
}

export const SOLARIS_PS: Command = {
  name: 'ps',
  summary: 'report process status',
  run: runPs,
};
