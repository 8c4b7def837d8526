/**
 * `xm vcpu-set <Domain> <vCPUs>`: how many of a running domain's VCPUs are online. Xen 3.x
 * can only bring VCPUs online up to the maximum the domain was created with (maxvcpus,
 * which is its `vcpus` here: the scenario sets no other), and xend refuses more
 * (XendDomainInfo.setVCpuCount: "Cannot set vcpus greater than max vcpus on running domain",
 * "Zero or less VCPUs is invalid"); xm prints the error and the subcommand's usage. Taking
 * VCPUs offline, which Xen does through the guest's hotplug, is not something the engine can
 * do to a running guest, so a count below the current one is refused with that reason; the
 * current count is accepted silently, as xm accepts it.
 */
import { done, type CommandContext, type CommandDone } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { findDomain } from './domains.ts';

const USAGE = 'Usage: xm vcpu-set <Domain> <vCPUs>\n\nSet the number of active VCPUs for allowed for the domain.\n';

const fail = (message: string): CommandDone => done(`Error: ${message}\n${USAGE}`, 1);

export function xmVcpuSet(ctx: CommandContext, env: ConsoleEnv, args: readonly string[]): CommandDone {
  const [ref, count, ...extra] = args;
  if (ref === undefined || count === undefined || extra.length > 0) return done(`Error: 'xm vcpu-set' requires 2 arguments.\n\n${USAGE}`, 1);
  // xm reads the count with Python's int(): anything else is its "Invalid argument."
  if (!/^[-+]?\d+$/.test(count.trim())) return fail('Invalid argument.');
  const vcpus = Number(count);
  const d = findDomain(env.manager, ref);
  if (d === undefined) return done(`Error: Domain '${ref}' does not exist.\n`, 1);
  const [name, max] = d === 'dom0' ? ['Domain-0', ctx.machine.cpu().count] : [d.name, d.vcpus];
  if (vcpus <= 0) return fail('Zero or less VCPUs is invalid');
  if (vcpus > max) return fail('Cannot set vcpus greater than max vcpus on running domain');
  if (vcpus < max) return done(`Error: taking VCPUs offline is not modelled: ${name} keeps its ${max} VCPUs online\n`, 1);
  return done('');
}
