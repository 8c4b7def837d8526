/**
 * `prstat [-Z] [interval [count]]` in the global zone: the busiest processes of every zone
 * (the global zone sees them all, under the pids they have in their zones) and, with -Z, the
 * per-zone summary under them, then the totals line `Total: N processes, M lwps, load
 * averages: …` as Solaris 10's prstat prints it (its documented sample screens; each process is one LWP here,
 * as shell/solaris/prstat-format.ts says). `prstat 1 1` prints one report and returns;
 * otherwise it redraws every interval (default 5 s) until `q`, Ctrl-C or `count` reports;
 * `-c` appends reports instead of redrawing. The process half gets the screen's rows the
 * zone half leaves (prstat's -n ntop,nbottom defaults).
 *
 * NPROC and RSS count each zone's processes (the global zone's: the console machine's
 * processes that belong to no zone); TIME and CPU of a zone are the guest manager's. The
 * model has no virtual sizes beyond what is paged out, so SIZE is RSS plus what rcapd or
 * the host's swap paged out of the zone.
 */
import { done, type Command, type CommandContext } from '../../../shell/command.ts';
import type { ProcessInfo } from '../../../os/machine.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { hostCores, hostMemoryMiB, isUp } from '../common/guests.ts';
import { cpuTime } from '../common/clock.ts';
import { fixed, lines, right } from '../common/text.ts';
import { PRSTAT_HEADER, prstatLine } from '../../../shell/solaris/prstat-format.ts';
import { solarisMonitor, solarisSize } from './solaris-monitor.ts';

const USAGE = 'Usage: prstat [-Z] [-c] [interval [count]]\n';

interface ZoneLine {
  readonly id: number;
  readonly name: string;
  readonly nproc: number;
  readonly rssKiB: number;
  /** Resident plus paged out (by rcapd or the host's swap). */
  readonly sizeKiB: number;
  readonly cpuNs: number;
  /** Share of the whole machine, %. */
  readonly cpu: number;
}

/** prstat's percentages: one decimal below 10 %, whole above. */
const pct = (p: number): string => `${p < 10 ? fixed(p, 1) : fixed(Math.min(p, 100), 0)}%`;

function sample(ctx: CommandContext, env: ConsoleEnv): readonly ZoneLine[] {
  const cores = hostCores(env, ctx);
  const sum = (ps: readonly ProcessInfo[], f: (p: ProcessInfo) => number): number => ps.reduce((s, p) => s + f(p), 0);
  const globalProcs = ctx.machine.processes().filter((p) => p.container === undefined || p.container === 'global');
  const global: ZoneLine = {
    id: 0,
    name: 'global',
    nproc: globalProcs.length,
    rssKiB: sum(globalProcs, (p) => p.memKiB),
    sizeKiB: sum(globalProcs, (p) => p.memKiB),
    cpuNs: sum(globalProcs, (p) => p.cpuTimeNs),
    cpu: sum(globalProcs, (p) => p.cpuPercent) / cores,
  };
  const zones = env.manager
    .list()
    .filter(isUp)
    .map((g): ZoneLine => {
      const procs = env.manager.machineOf(g.name)?.processes() ?? [];
      const rssKiB = sum(procs, (p) => p.memKiB);
      return { id: g.domainId, name: g.name, nproc: procs.length, rssKiB, sizeKiB: rssKiB + (g.paging?.swappedMiB ?? 0) * 1024, cpuNs: g.cpuNs, cpu: g.cpuPercent / cores };
    });
  return [global, ...zones].sort((a, b) => b.cpu - a.cpu || a.id - b.id);
}

function report(ctx: CommandContext, env: ConsoleEnv, withZones: boolean): string {
  const totalKiB = hostMemoryMiB(env, ctx) * 1024;
  const zs = sample(ctx, env);
  const [l1, l5, l15] = ctx.machine.loadAverage();
  const nproc = zs.reduce((s, z) => s + z.nproc, 0);
  const zoneHalf = withZones
    ? [
        'ZONEID    NPROC  SIZE   RSS MEMORY      TIME  CPU ZONE',
        ...zs.map((z) =>
          [right(z.id, 6), right(z.nproc, 8), right(solarisSize(z.sizeKiB), 5), right(solarisSize(z.rssKiB), 5), right(pct((z.rssKiB * 100) / totalKiB), 6), right(cpuTime(z.cpuNs), 9), right(pct(z.cpu), 4), z.name].join(' '),
        ),
      ]
    : [];
  const cpus = ctx.machine.cpu().count;
  const procs = [...ctx.machine.processes()].sort((a, b) => b.cpuPercent - a.cpuPercent || a.pid - b.pid);
  const processRows = Math.max(1, ctx.rows - 3 - zoneHalf.length);
  return lines([
    PRSTAT_HEADER,
    ...procs.slice(0, processRows).map((p) => prstatLine(p, cpus)),
    ...zoneHalf,
    // One LWP a process in the model, so as many lwps as processes.
    `Total: ${nproc} processes, ${nproc} lwps, load averages: ${fixed(l1, 2)}, ${fixed(l5, 2)}, ${fixed(l15, 2)}`,
  ]);
}

export function prstat(env: ConsoleEnv): Command {
  return {
    name: 'prstat',
    summary: 'processes of every zone, -Z with per-zone CPU and memory: prstat [-Z] [interval [count]] (prstat 1 1 for one report); q quits',
    run(ctx, args) {
      const flags = args.filter((a) => a.startsWith('-')).join('').replace(/-/g, '');
      const numbers = args.filter((a) => !a.startsWith('-'));
      if (/[^Zc]/.test(flags)) return done(USAGE, 2);
      return solarisMonitor(ctx, 'prstat', numbers, USAGE, !flags.includes('c'), () => report(ctx, env, flags.includes('Z')));
    },
  };
}
