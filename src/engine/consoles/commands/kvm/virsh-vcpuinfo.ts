/**
 * `virsh vcpuinfo <domain>`: each virtual CPU of a running domain in libvirt's layout
 * (tools/virsh.c, cmdVcpuinfo, libvirt 0.7: `%-15s %d` fields, CPU time only when not
 * zero, then a y per host CPU it may run on), from what the engine computes
 * (common/vcpus.ts): its part of the domain's CPU time, which stops growing while the
 * domain is paused; no pinning. The model does not record which core each vCPU ran on
 * last, so CPU shows "-" where libvirt prints a number. State is "running" for every
 * vCPU, paused or not, as the qemu driver of the time reports it (qemudDomainGetVcpus
 * sets VIR_VCPU_RUNNING: a qemu vCPU is a host thread, blocked or not).
 */
import { done, type CommandContext, type CommandDone } from '../../../shell/command.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { hostCores, isUp } from '../common/guests.ts';
import { fixed, left, lines } from '../common/text.ts';
import { vcpusOf } from '../common/vcpus.ts';
import { fail } from './virsh-domains.ts';

export function vcpuinfo(env: ConsoleEnv, ctx: CommandContext, g: ManagedGuest): CommandDone {
  if (!isUp(g)) return fail('Domain shut off, virtual CPUs not present.', 'Requested operation is not valid: cannot list vcpu pinning for an inactive domain');
  const field = (k: string, v: string | number): string => `${left(k, 15)} ${v}`;
  const affinity = 'y'.repeat(hostCores(env, ctx));
  const blocks = vcpusOf(g).map((v) =>
    [
      field('VCPU:', v.number),
      field('CPU:', v.cpu ?? '-'),
      field('State:', 'running'),
      ...(v.cpuNs > 0 ? [field('CPU time:', `${fixed(v.cpuNs / 1e9, 1)}s`)] : []),
      field('CPU Affinity:', affinity),
    ].join('\n'),
  );
  return done(lines([blocks.join('\n\n'), '']));
}
