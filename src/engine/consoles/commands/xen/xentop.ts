/**
 * `xentop` (also `xm top`): Xen's live table of domains, redrawn every virtual second
 * (`-d` sets the delay; real xentop's default is 3 s). `q` quits; `-b -i N` prints N
 * frames in batch mode. The columns kept are those the model has figures for:
 * NAME STATE CPU(sec) CPU(%) MEM(k) MEM(%) VCPUS (the network and block-device counters
 * are left out).
 */
import { done, type Command, type CommandContext, type CommandOutcome } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { hostCores, hostMemoryMiB } from '../common/guests.ts';
import { timeOfDay } from '../common/clock.ts';
import { refreshing } from '../../../shell/common/refresh.ts';
import { fixed, intIn, lines, right } from '../common/text.ts';
import { domains, memoryInUseMiB, type Domain } from './domains.ts';
import { XEN_RELEASE } from '../../xen-release.ts';

const USAGE = lines([
  'Usage: xentop [OPTION]',
  'Displays ongoing information about xen vm resources',
  '',
  '-h, --help           display this help and exit',
  '-d, --delay=SECONDS  seconds between updates (default 1)',
  '-b, --batch          output in batch mode, no user input accepted',
  '-i, --iterations     number of iterations before exiting',
]);

interface Options {
  readonly batch: boolean;
  readonly delayS: number;
  readonly iterations: number | null;
}

function parse(args: readonly string[]): Options | { readonly help: true } | { readonly error: string } {
  let batch = false;
  let delayS = 1;
  let iterations: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = (args[i] ?? '').split('=', 2) as [string, string | undefined];
    if (flag === '-h' || flag === '--help') return { help: true };
    if (flag === '-b' || flag === '--batch') batch = true;
    else if (flag === '-d' || flag === '--delay' || flag === '-i' || flag === '--iterations') {
      const n = intIn(inline ?? args[++i], 1, 86_400);
      if (n === null) return { error: `xentop: ${flag} needs a whole number\n` };
      if (flag === '-d' || flag === '--delay') delayS = n;
      else iterations = n;
    } else return { error: `xentop: invalid option -- '${flag.replace(/^-+/, '')}'\n` };
  }
  return { batch, delayS, iterations };
}

export function runXentop(ctx: CommandContext, env: ConsoleEnv, args: readonly string[]): CommandOutcome {
  const o = parse(args);
  if ('help' in o) return done(USAGE);
  if ('error' in o) return done(o.error + USAGE, 2);
  return {
    kind: 'running',
    run: refreshing({
      startNs: ctx.machine.now(),
      intervalNs: o.delayS * 1e9,
      count: o.iterations,
      fullScreen: !o.batch,
      quitKey: !o.batch,
      frame: (now) => frame(ctx, env, now, domains(ctx, env.manager)),
    }),
  };
}

export function xentop(env: ConsoleEnv): Command {
  return {
    name: 'xentop',
    summary: 'Xen domains live: NAME STATE CPU MEM VCPUS every second; q quits; -b -i N for batch frames',
    run: (ctx, args) => runXentop(ctx, env, args),
  };
}

const HEADER = [right('NAME', 10), right('STATE', 6), right('CPU(sec)', 10), right('CPU(%)', 6), right('MEM(k)', 10), right('MEM(%)', 6), right('VCPUS', 5)].join(' ');

function frame(ctx: CommandContext, env: ConsoleEnv, now: number, doms: readonly Domain[]): string {
  const [major, minor, extra] = XEN_RELEASE[env.options.scenario?.host.cpu ?? 'core2-2006'];
  const totalKiB = Math.round(hostMemoryMiB(env, ctx) * 1024);
  const usedKiB = Math.round(memoryInUseMiB(ctx, env.manager) * 1024);
  const running = doms.filter((d) => d.running).length;
  const paused = doms.filter((d) => d.paused).length;
  const row = (d: Domain): string =>
    [
      right(d.name.slice(0, 10), 10),
      // xenstat's flags in xentop's order: d s b c p r.
      d.paused ? '----p-' : d.running ? '-----r' : '--b---',
      right(Math.floor(d.cpuNs / 1e9), 10),
      right(fixed(d.cpuPercent, 1), 6),
      right(d.memoryMiB * 1024, 10),
      right(fixed(totalKiB > 0 ? (d.memoryMiB * 1024 * 100) / totalKiB : 0, 1), 6),
      right(d.vcpus, 5),
    ].join(' ');
  return lines([
    `xentop - ${timeOfDay(now)}   Xen ${major}.${minor}${extra}`,
    `${doms.length} domains: ${running} running, ${doms.length - running - paused} blocked, ${paused} paused, 0 crashed, 0 dying, 0 shutdown`,
    `Mem: ${totalKiB}k total, ${usedKiB}k used, ${Math.max(0, totalKiB - usedKiB)}k free    CPUs: ${hostCores(env, ctx)} @ ${Math.round(ctx.machine.cpu().mhz)}MHz`,
    HEADER,
    ...doms.map(row),
  ]);
}
