/**
 * `virsh dumpxml <domain>`: the domain's libvirt XML, as much of it as the model knows and
 * dominfo shows — its id while it runs, name, UUID, memory (KiB, libvirt before 0.9.11 wrote no
 * unit), the balloon's current size, vCPUs, an HVM guest booting from its disk, and the
 * emulator of the host's distribution (qemu-kvm in /usr/libexec on RHEL/CentOS, Ubuntu's
 * kvm-spice) with its machine type (RHEL 5.4's qemu-kvm "pc", CentOS 6.0's "rhel6.0.0", Ubuntu
 * 16.04's "pc-i440fx-xenial"). Its disks and NICs are not listed: the model keeps no image
 * paths, MAC addresses or bridge names for libvirt to print.
 */
import type { CpuGenerationId } from '../../../hardware/cpu-generation-ids.ts';
import { done, type CommandDone } from '../../../shell/command.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { uuidFrom } from '../common/ids.ts';
import { lines } from '../common/text.ts';

const EMULATOR: Readonly<Record<CpuGenerationId, { readonly path: string; readonly machine: string }>> = {
  'netburst-2003': { path: '/usr/libexec/qemu-kvm', machine: 'pc' },
  'core2-2006': { path: '/usr/libexec/qemu-kvm', machine: 'pc' },
  'nehalem-2009': { path: '/usr/libexec/qemu-kvm', machine: 'rhel6.0.0' },
  'skylake-2015': { path: '/usr/bin/kvm-spice', machine: 'pc-i440fx-xenial' },
};

export function dumpxml(env: ConsoleEnv, g: ManagedGuest): CommandDone {
  const emulator = EMULATOR[env.options.scenario?.host.cpu ?? 'nehalem-2009'];
  return done(
    lines([
      `<domain type='kvm'${isUp(g) ? ` id='${g.domainId}'` : ''}>`,
      `  <name>${g.name}</name>`,
      `  <uuid>${uuidFrom(g.name)}</uuid>`,
      `  <memory>${g.memoryMiB * 1024}</memory>`,
      `  <currentMemory>${Math.round((g.currentMemoryMiB ?? g.memoryMiB) * 1024)}</currentMemory>`,
      `  <vcpu>${g.vcpus}</vcpu>`,
      '  <os>',
      `    <type arch='x86_64' machine='${emulator.machine}'>hvm</type>`,
      "    <boot dev='hd'/>",
      '  </os>',
      '  <features>',
      '    <acpi/>',
      '    <apic/>',
      '    <pae/>',
      '  </features>',
      `  <clock offset='${g.os === 'windows' ? 'localtime' : 'utc'}'/>`,
      '  <on_poweroff>destroy</on_poweroff>',
      '  <on_reboot>restart</on_reboot>',
      '  <on_crash>restart</on_crash>',
      '  <devices>',
      `    <emulator>${emulator.path}</emulator>`,
      '  </devices>',
      '</domain>',
      '',
    ]),
  );
}
