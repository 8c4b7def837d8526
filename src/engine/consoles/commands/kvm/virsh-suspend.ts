/**
 * `virsh suspend <domain>` and `virsh resume <domain>`: qemu stops the guest's vCPUs
 * (its monitor's `stop`) until resumed (`cont`); the guest keeps its memory, and its work
 * and CPU time stand still. Messages as virsh prints them (tools/virsh.c, cmdSuspend and
 * cmdResume, libvirt 0.7); suspending a paused domain or resuming a running one succeeds
 * and changes nothing, as libvirt's qemu driver does (qemudDomainSuspend, qemudDomainResume);
 * a domain that is not running is refused with the driver's "domain is not running".
 */
import { done, type CommandDone } from '../../../shell/command.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { fail } from './virsh-domains.ts';

export function suspendOrResume(env: ConsoleEnv, sub: 'suspend' | 'resume', g: ManagedGuest): CommandDone {
  if (!isUp(g)) return fail(`Failed to ${sub} domain ${g.name}`, 'Requested operation is not valid: domain is not running');
  const m = env.manager;
  const err = !m.pause || !m.resume ? `this console cannot ${sub} a domain` : sub === 'suspend' ? m.pause(g.name) : m.resume(g.name);
  if (err !== null) return fail(`Failed to ${sub} domain ${g.name}`, err);
  return done(`Domain ${g.name} ${sub === 'suspend' ? 'suspended' : 'resumed'}\n\n`);
}
