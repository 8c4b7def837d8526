/**
 * `xm list` and `xm info`: the domains in Xen 3.0's brief layout (`--long`: xm-list-long.ts),
 * and the host's totals.
 */
import { done, type CommandContext, type CommandDone } from '../../../shell/command.ts';
import { CPU_GENERATIONS } from '../../../calibration/cpu-generations.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { hostCores, hostMemoryMiB } from '../common/guests.ts';
import { fixed, left, lines, right } from '../common/text.ts';
import { memoryInUseMiB, pickDomains, xmState, type Domain } from './domains.ts';
import { XEN_RELEASE } from '../../xen-release.ts';
import { domainSxp } from './xm-list-long.ts';

/** Xen 3.0: `%-32s %3d %8d %5d %6s %7.1f`. */
const HEADER = 'Name                              ID Mem(MiB) VCPUs State  Time(s)';

const listRow = (d: Domain): string =>
  `${left(d.name, 32)} ${right(d.id, 3)} ${right(d.memoryMiB, 8)} ${right(d.vcpus, 5)} ${xmState(d)} ${right(fixed(d.cpuNs / 1e9, 1), 7)}`;

export function xmList(ctx: CommandContext, env: ConsoleEnv, args: readonly string[]): CommandDone {
  const long = args.includes('--long') || args.includes('-l');
  const refs = args.filter((a) => a !== '--long' && a !== '-l');
  const flag = refs.find((a) => a.startsWith('-'));
  if (flag !== undefined) return done(`Error: option ${flag} is not available here\nUsage: xm list [-l|--long] [Domain ...]\n`, 1);
  const picked = pickDomains(ctx, env.manager, refs);
  if ('missing' in picked) return done(`Error: Domain '${picked.missing}' does not exist.\n`, 1);
  if (long) return done(picked.map(({ d, g }) => domainSxp(ctx, env, d, g)).join(''));
  return done(lines([HEADER, ...picked.map(({ d }) => listRow(d))]));
}

export function xmInfo(ctx: CommandContext, env: ConsoleEnv): CommandDone {
  const m = ctx.machine;
  const cpu = env.options.scenario?.host.cpu;
  const [major, minor, extra] = XEN_RELEASE[cpu ?? 'core2-2006'];
  const vtx = cpu !== undefined && CPU_GENERATIONS[cpu].vtx;
  const bits64 = m.arch === 'x86_64';
  const caps = [
    ...(bits64 ? ['xen-3.0-x86_64'] : []),
    'xen-3.0-x86_32p',
    ...(vtx ? (bits64 ? ['hvm-3.0-x86_32', 'hvm-3.0-x86_32p', 'hvm-3.0-x86_64'] : ['hvm-3.0-x86_32', 'hvm-3.0-x86_32p']) : []),
  ];
  const total = Math.round(hostMemoryMiB(env, ctx));
  const used = memoryInUseMiB(ctx, env.manager);
  const field = (k: string, v: string | number): string => `${left(k, 23)}: ${v}`;
  return done(
    lines([
      field('host', m.hostname),
      field('release', m.kernelRelease),
      field('version', m.kernelVersion),
      field('machine', m.arch),
      field('nr_cpus', hostCores(env, ctx)),
      field('cpu_mhz', Math.round(m.cpu().mhz)),
      field('total_memory', total),
      field('free_memory', Math.max(0, Math.round(total - used))),
      field('xen_major', major),
      field('xen_minor', minor),
      field('xen_extra', extra),
      field('xen_caps', caps.join(' ')),
      field('xend_config_format', 2),
    ]),
  );
}
