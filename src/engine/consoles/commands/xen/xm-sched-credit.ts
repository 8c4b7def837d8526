/**
 * `xm sched-credit`: each domain's weight and cap under Xen's credit scheduler — a weight
 * of 256 (Xen's default) is CPU shares of 1024 (cgroup's), and the cap is in % of one CPU
 * (0: none). With `-d` one domain's, as Xen 3.0 prints it (a Python dict); without, every
 * domain's in Xen 3.1's table. `-d <Domain> -w <Weight> -c <Cap>` sets either or both
 * while the domain runs (silent, as xm is): its next bursts are shared and capped by them.
 */
import { DEFAULT_CPU_SHARES } from '../../../calibration/cpu-scheduling.ts';
import { done, type CommandDone } from '../../../shell/command.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { intIn, left, lines, right } from '../common/text.ts';
import { findDomain } from './domains.ts';

const XEN_DEFAULT_WEIGHT = 256;
const USAGE = 'Usage: xm sched-credit [-d <Domain> [-w <Weight>] [-c <Cap>]]\n';

/** Domain-0 keeps Xen's defaults. */
export function weightAndCap(g: ManagedGuest | 'dom0'): { weight: number; cap: number } {
  if (g === 'dom0') return { weight: XEN_DEFAULT_WEIGHT, cap: 0 };
  return { weight: Math.round((XEN_DEFAULT_WEIGHT * (g.cpuShares ?? DEFAULT_CPU_SHARES)) / DEFAULT_CPU_SHARES), cap: g.cpuCapPercent ?? 0 };
}

export function xmSchedCredit(env: ConsoleEnv, args: readonly string[]): CommandDone {
  if (args.length === 0) {
    const row = (name: string, id: number | string, s: { weight: number | string; cap: number | string }): string => `${left(name, 32)} ${right(id, 5)} ${right(s.weight, 6)} ${right(s.cap, 4)}`;
    const guests = env.manager.list().filter(isUp);
    return done(lines([row('Name', 'ID', { weight: 'Weight', cap: 'Cap' }), row('Domain-0', 0, weightAndCap('dom0')), ...guests.map((g) => row(g.name, g.domainId, weightAndCap(g)))]));
  }
  if (args[0] !== '-d' || args[1] === undefined) return done(USAGE, 1);
  const d = findDomain(env.manager, args[1]);
  if (d === undefined) return done(`Error: Domain '${args[1]}' does not exist.\n`, 1);
  if (args.length > 2) return setWeightAndCap(env, d, args.slice(2));
  const { weight, cap } = weightAndCap(d);
  return done(`{'cap': ${cap}, 'weight': ${weight}}\n`);
}

/** `-w <Weight>` (1–65535) and `-c <Cap>` (% of one CPU, 0: none) for a running domain; Domain-0 keeps Xen's defaults here. */
function setWeightAndCap(env: ConsoleEnv, d: ManagedGuest | 'dom0', opts: readonly string[]): CommandDone {
  let weight: number | undefined;
  let cap: number | undefined;
  for (let i = 0; i < opts.length; i += 2) {
    const [flag, value] = [opts[i], opts[i + 1]];
    const n = value === undefined ? null : intIn(value, flag === '-w' ? 1 : 0, 65_535);
    if ((flag !== '-w' && flag !== '-c') || n === null) return done(`Error: invalid ${flag === '-c' ? 'cap' : 'weight'}: ${value ?? '(none)'}\n${USAGE}`, 1);
    if (flag === '-w') weight = n;
    else cap = n;
  }
  if (d === 'dom0') return done("Error: Domain-0's weight and cap are Xen's defaults in this model.\n", 1);
  if (!env.manager.setCpuLimits) return done('Error: this console cannot change a domain\'s scheduling\n', 1);
  const err = env.manager.setCpuLimits(d.name, {
    ...(weight === undefined ? {} : { cpuShares: (weight * DEFAULT_CPU_SHARES) / XEN_DEFAULT_WEIGHT }),
    ...(cap === undefined ? {} : { cpuCapPercent: cap === 0 ? null : cap }),
  });
  return err === null ? done('') : done(`Error: ${err}\n`, 1);
}
