/**
 * `virsh schedinfo <domain> [--set cpu_shares=N] [--set vcpu_quota=N]`: the domain's cgroup
 * CPU weight and its per-vCPU quota in each 100 ms period (-1: none), as libvirt shows them
 * (the posix scheduler's fields); with --set, changed while it runs and shown again. The
 * model caps all vCPUs together, so a quota is that share of one core per vCPU.
 */
import { done, type CommandDone } from '../../../shell/command.ts';
import { CAP_PERIOD_NS, DEFAULT_CPU_SHARES } from '../../../calibration/cpu-scheduling.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { left, lines } from '../common/text.ts';
import { fail, lookup } from './virsh-domains.ts';

/** The cgroup CPU period libvirt shows, µs: the model's cap period (100 ms). */
const VCPU_PERIOD_US = CAP_PERIOD_NS / 1000;

export function schedinfo(env: ConsoleEnv, rest: readonly string[]): CommandDone {
  const sets: [string, number][] = [];
  let ref: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a === '--set') {
      const m = /^(cpu_shares|vcpu_quota|vcpu_period)=(-?\d+)$/.exec(rest[++i] ?? '');
      if (!m) return fail(`invalid scheduler parameter: ${rest[i] ?? '(none)'} (cpu_shares=N, vcpu_quota=N)`);
      sets.push([m[1] ?? '', Number(m[2])]);
    } else if (a === '--live' || a === '--current') continue;
    else if (ref === undefined && !a.startsWith('-')) ref = a;
    else return fail(`command 'schedinfo' doesn't support option ${a}`);
  }
  if (ref === undefined) return fail("command 'schedinfo' requires <domain> option");
  const g = lookup(env, ref);
  if ('kind' in g) return g;
  if (sets.length > 0) {
    if (!isUp(g)) return fail('Requested operation is not valid: domain is not running');
    const limits: { cpuShares?: number; cpuCapPercent?: number | null } = {};
    for (const [k, v] of sets) {
      if (k === 'vcpu_period' && v !== VCPU_PERIOD_US) return fail(`invalid argument: vcpu_period is ${VCPU_PERIOD_US} in this model`);
      if (k === 'cpu_shares') {
        if (v < 2 || v > 262_144) return fail('invalid argument: cpu_shares must be from 2 to 262144');
        limits.cpuShares = v;
      }
      if (k === 'vcpu_quota') {
        if (v !== -1 && (v < 1000 || v > VCPU_PERIOD_US * 128)) return fail('invalid argument: vcpu_quota must be -1 or from 1000');
        limits.cpuCapPercent = v === -1 ? null : (v / VCPU_PERIOD_US) * 100 * g.vcpus;
      }
    }
    const err = env.manager.setCpuLimits ? env.manager.setCpuLimits(g.name, limits) : 'this console cannot change a domain\'s scheduling';
    if (err !== null) return fail(err);
  }
  const now = env.manager.list().find((x) => x.name === g.name) ?? g;
  const quota = now.cpuCapPercent === undefined ? -1 : Math.round((now.cpuCapPercent / 100 / now.vcpus) * VCPU_PERIOD_US);
  const field = (k: string, v: string | number): string => `${left(k, 15)}: ${v}`;
  return done(lines([field('Scheduler', 'posix'), field('cpu_shares', now.cpuShares ?? DEFAULT_CPU_SHARES), field('vcpu_period', VCPU_PERIOD_US), field('vcpu_quota', quota), '']));
}
