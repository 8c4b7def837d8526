/**
 * `virsh version`: the libvirt that virsh was built against and runs with, and the QEMU
 * (qemu-kvm) it drives, as the KVM host's distribution of each hardware era shipped them:
 * RHEL/CentOS 5.4 (libvirt 0.6.3, kvm-83, which reports QEMU 0.9.1) on a 2006 host, CentOS 6.0
 * (libvirt 0.8.1, qemu-kvm 0.12.1) on a 2009 one, Ubuntu 16.04 (libvirt 1.3.1, QEMU 2.5.0)
 * on a 2015 one. A 2003 host has no VT-x, so no KVM. libvirt before 0.9 spelled itself
 * "libvir" in this output.
 */
import type { CpuGenerationId } from '../../../hardware/cpu-generation-ids.ts';
import { done, type CommandDone } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { lines } from '../common/text.ts';
import { fail } from './virsh-domains.ts';

const RELEASES: Readonly<Record<CpuGenerationId, { readonly libvirt: string; readonly qemu: string } | null>> = {
  'netburst-2003': null,
  'core2-2006': { libvirt: '0.6.3', qemu: '0.9.1' },
  'nehalem-2009': { libvirt: '0.8.1', qemu: '0.12.1' },
  'skylake-2015': { libvirt: '1.3.1', qemu: '2.5.0' },
};

export function virshVersion(env: ConsoleEnv, args: readonly string[]): CommandDone {
  if (args.length > 0) return fail(`command 'version' doesn't support option ${args[0] ?? ''}`);
  const r = RELEASES[env.options.scenario?.host.cpu ?? 'nehalem-2009'];
  if (r === null) return fail('failed to connect to the hypervisor', 'no connection driver available for qemu:///system');
  const name = Number(r.libvirt.split('.')[0]) >= 1 ? 'libvirt' : 'libvir';
  return done(
    lines([
      `Compiled against library: ${name} ${r.libvirt}`,
      `Using library: ${name} ${r.libvirt}`,
      `Using API: QEMU ${r.libvirt}`,
      `Running hypervisor: QEMU ${r.qemu}`,
      '',
    ]),
  );
}
