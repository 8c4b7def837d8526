/**
 * `docker stats [--no-stream] [-a] [CONTAINER…]`: each container's (or the named ones') CPU (share of one CPU, so up to 100 %
 * per CPU it uses), memory (its memory cgroup's usage, against the cgroup's limit, or the
 * host's memory for a container run without -m) and processes.
 * Streams every virtual second until Ctrl-C, or prints once with --no-stream. The NET I/O
 * and BLOCK I/O columns are left out: the guest manager has no per-container counters.
 */
import { done, type CommandContext, type CommandOutcome } from '../../../shell/command.ts';
import type { GuestManager, ManagedGuest } from '../../guest-manager.ts';
import { isUp } from '../common/guests.ts';
import { refreshing } from '../../../shell/common/refresh.ts';
import { fixed, tabwriter } from '../common/text.ts';
import { shortId } from './containers.ts';
import { bytesSize } from './go-units.ts';
import { findContainer, flagError } from './docker-ps.ts';

function table(manager: GuestManager, shown: () => readonly ManagedGuest[], hostMiB: number): string {
  const row = (g: ManagedGuest): string[] => {
    const up = isUp(g);
    // The memory cgroup's usage: its processes' memory and page cache, not the kernel's state for the container
    // (cgroup v1 counts kernel memory only under a kmem limit, which docker run sets only with --kernel-memory).
    const usedMiB = up ? g.hostMemoryMiB - (g.kernelStateMiB ?? 0) : 0;
    const pids = up ? (manager.machineOf(g.name)?.processes().length ?? 0) : 0;
    // The memory cgroup's limit (-m); a container without one may take the host's whole memory, which Docker shows.
    const limitMiB = g.memoryLimitMiB ?? hostMiB;
    return [
      shortId(g.name),
      g.name,
      `${fixed(up ? g.cpuPercent : 0, 2)}%`,
      `${bytesSize(usedMiB * 1024 * 1024)} / ${bytesSize(limitMiB * 1024 * 1024)}`,
      `${fixed(limitMiB > 0 ? (usedMiB * 100) / limitMiB : 0, 2)}%`,
      String(pids),
    ];
  };
  return tabwriter([['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'PIDS'], ...shown().map(row)]);
}

export function dockerStats(ctx: CommandContext, manager: GuestManager, args: readonly string[]): CommandOutcome {
  let stream = true;
  let all = false;
  const names: string[] = [];
  for (const a of args) {
    if (a === '--no-stream') stream = false;
    else if (a === '-a' || a === '--all') all = true;
    else if (a.startsWith('-')) return flagError(a, 'stats');
    else names.push(a);
  }
  const missing = names.find((n) => findContainer(manager, n) === undefined);
  if (missing !== undefined) return done(`Error response from daemon: No such container: ${missing}\n`, 1);
  // Named containers are shown while they exist, running or not; else the running ones (all with -a).
  const shown = (): readonly ManagedGuest[] =>
    names.length > 0 ? names.flatMap((n) => findContainer(manager, n) ?? []) : manager.list().filter((g) => all || isUp(g));
  // What the daemon reads as the host's memory (MemTotal), the limit of a container without one.
  const hostMiB = ctx.machine.memory().totalKiB / 1024;
  if (!stream) return done(table(manager, shown, hostMiB));
  return {
    kind: 'running',
    run: refreshing({ startNs: ctx.machine.now(), intervalNs: 1e9, count: null, fullScreen: true, quitKey: false, frame: () => table(manager, shown, hostMiB) }),
  };
}
