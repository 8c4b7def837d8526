/**
 * `docker top <container>`: the container's processes as the host's kernel numbers them,
 * in ps -ef's columns padded to Docker 1.x's 20-character table. They are the host's own
 * processes (what the host's `ps` lists under the container's name): a container is a
 * group of the one kernel's processes, not a machine of its own.
 */
import { done, type CommandContext, type CommandDone } from '../../../shell/command.ts';
import { cpuTimeLong, startTime } from '../../../shell/linux/ps-format.ts';
import { processTerminals } from '../../../shell/linux/process-terminals.ts';
import type { GuestManager } from '../../guest-manager.ts';
import { isUp } from '../common/guests.ts';
import { longId } from './containers.ts';
import { findContainer } from './docker-ps.ts';

const COLUMNS = ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'];
const WIDTH = 20;

const row = (cells: readonly string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(WIDTH))).join('');

export function dockerTop(ctx: CommandContext, manager: GuestManager, args: readonly string[]): CommandDone {
  const [ref] = args;
  if (ref === undefined) return done(`"docker top" requires at least 1 argument.\nSee 'docker top --help'.\n`, 1);
  const g = findContainer(manager, ref);
  if (g === undefined) return done(`Error: No such container: ${ref}\n`, 1);
  if (!isUp(g)) return done(`Error response from daemon: Container ${longId(g.name)} is not running\n`, 1);
  const now = ctx.machine.now();
  const all = ctx.machine.processes();
  const ttys = processTerminals(all);
  const procs = all.filter((p) => p.container === g.name);
  const lines = procs.map((p) =>
    row([p.user, String(p.pid), String(p.ppid), String(Math.min(99, Math.floor(p.cpuPercent))), startTime(p.startedNs, now, ctx.machine.epochUnixS), ttys.get(p.pid) ?? '?', cpuTimeLong(p.cpuTimeNs), p.command]),
  );
  return done([row(COLUMNS), ...lines].join('\n') + '\n');
}
