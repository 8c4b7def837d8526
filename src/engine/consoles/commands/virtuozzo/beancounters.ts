/**
 * /proc/user_beancounters as an OpenVZ (Virtuozzo 3) kernel of the 2.6.9-stab line prints
 * it: "Version: 2.5", then for each running container its 24 resources in the kernel's
 * order, with held, maxheld, barrier, limit and failcnt (ub_proc.c's columns, 10 wide on a
 * 32-bit kernel and 20 on a 64-bit one, where "unlimited" is LONG_MAX).
 *
 * Held comes from the engine: kmemsize is the container's state in the kernel, numproc its
 * processes, physpages what they hold resident (ps's RSS), privvmpages and oomguarpages that
 * and what the host swapped out, numpty the terminals its processes are on. The model keeps
 * no sockets, files, locks, locked or shared memory, dentries or iptables rules, so those
 * read 0. Barrier and limit are the container's limits (the scenario's `limits.pids` for
 * numproc, its memory limit for privvmpages) and LONG_MAX where it has none, as the model
 * enforces none; physpages is accounting only (barrier 0), as in OpenVZ. maxheld is the most
 * this console has seen held since the container started (the model keeps no peak), and
 * failcnt is 0: the engine does not count the forks or allocations a limit refused.
 * The host's own row (uid 0) is left out: the model does not account the host this way.
 */
import type { Machine } from '../../../os/machine.ts';
import { processTerminals } from '../../../shell/linux/process-terminals.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { left, lines, right } from '../common/text.ts';
import { ctidOf } from './containers.ts';

const PAGE_KIB = 4;
const MIB = 2 ** 20;

/** The resources in the order ub_proc.c prints them (UB_RESOURCES of 2.6.9-stab and 2.6.18-stab). */
const RESOURCES = [
  'kmemsize', 'lockedpages', 'privvmpages', 'shmpages', 'dummy', 'numproc', 'physpages', 'vmguarpages',
  'oomguarpages', 'numtcpsock', 'numflock', 'numpty', 'numsiginfo', 'tcpsndbuf', 'tcprcvbuf', 'othersockbuf',
  'dgramrcvbuf', 'numothersock', 'dcachesize', 'numfile', 'dummy', 'dummy', 'dummy', 'numiptent',
] as const;

type Resource = (typeof RESOURCES)[number];

/** A limit: a number, or none (LONG_MAX); physpages' barrier is 0. */
type Bound = number | 'unlimited';

interface Counter {
  readonly held: number;
  readonly barrier: Bound;
  readonly limit: Bound;
}

/** What the engine knows of one container's use and limits, resource by resource. */
function counters(env: ConsoleEnv, g: ManagedGuest, m: Machine): Partial<Record<Resource, Counter>> {
  const procs = m.processes();
  const residentPages = Math.round(procs.reduce((sum, p) => sum + p.memKiB, 0) / PAGE_KIB);
  const swappedPages = Math.round(((g.paging?.swappedMiB ?? 0) * 1024) / PAGE_KIB);
  const pids = env.options.scenario?.guests.find((s) => s.name === g.name)?.limits?.pids;
  const memoryPages: Bound = g.memoryLimitMiB === undefined ? 'unlimited' : (g.memoryLimitMiB * 1024) / PAGE_KIB;
  const free: Bound = 'unlimited';
  return {
    kmemsize: { held: Math.round((g.kernelStateMiB ?? 0) * MIB), barrier: free, limit: free },
    privvmpages: { held: residentPages + swappedPages, barrier: memoryPages, limit: memoryPages },
    numproc: { held: procs.length, barrier: pids ?? free, limit: pids ?? free },
    physpages: { held: residentPages, barrier: 0, limit: free },
    oomguarpages: { held: residentPages + swappedPages, barrier: free, limit: free },
    numpty: { held: new Set(processTerminals(procs).values()).size, barrier: free, limit: free },
  };
}

/** The most each resource was seen held, per container and start: OpenVZ's maxheld, as far as this console saw. */
export class PeakBook {
  private readonly peaks = new Map<string, number>();

  seen(key: string, held: number): number {
    const peak = Math.max(held, this.peaks.get(key) ?? 0);
    this.peaks.set(key, peak);
    return peak;
  }
}

/** ub_proc.c's layout: 10-wide columns on a 32-bit kernel, 20-wide (and a 64-bit LONG_MAX) on a 64-bit one. */
function layout(m: Machine): { readonly width: number; readonly unlimited: string } {
  return m.arch === 'x86_64' ? { width: 20, unlimited: '9223372036854775807' } : { width: 10, unlimited: '2147483647' };
}

function block(env: ConsoleEnv, peaks: PeakBook, g: ManagedGuest, m: Machine, width: number, unlimited: string): string[] {
  const known = counters(env, g, m);
  // A container's beancounter lives from its start: a restarted one has new peaks.
  const since = Math.round((m.now() - g.uptimeNs) / 1e6);
  const bound = (b: Bound): string => (b === 'unlimited' ? unlimited : String(b));
  return RESOURCES.map((r, i) => {
    const c = known[r] ?? { held: 0, barrier: r === 'dummy' ? 0 : 'unlimited', limit: r === 'dummy' ? 0 : 'unlimited' };
    const maxheld = peaks.seen(`${ctidOf(g)}@${since}:${i}`, c.held);
    const cells = [c.held, maxheld, bound(c.barrier), bound(c.limit), 0].map((v) => right(v, width));
    return `${right(i === 0 ? `${ctidOf(g)}:` : '', 10)}  ${left(r, 12)} ${cells.join(' ')}`;
  });
}

/**
 * The file as `on` (the hardware node, or a container) reads it: every running container's
 * beancounters, or only `only`'s, as a container sees its own.
 */
export function userBeancounters(env: ConsoleEnv, peaks: PeakBook, on: Machine, only?: ManagedGuest): string {
  const { width, unlimited } = layout(on);
  const head = `${right('uid', 10)}  ${left('resource', 12)} ${['held', 'maxheld', 'barrier', 'limit', 'failcnt'].map((h) => right(h, width)).join(' ')}`;
  const shown = (only === undefined ? env.manager.list().filter(isUp) : [only]).sort((a, b) => a.id - b.id);
  const rows = shown.flatMap((g) => {
    const m = env.manager.machineOf(g.name);
    return m === null ? [] : block(env, peaks, g, m, width, unlimited);
  });
  return lines(['Version: 2.5', head, ...rows]);
}
