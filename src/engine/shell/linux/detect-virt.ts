/**
 * systemd-detect-virt and virt-what: what this machine runs in, machine.virtualization().
 * systemd-detect-virt prints "none" and fails on bare metal; virt-what prints one fact per
 * line (its own names: Microsoft's is "hyperv", Xen adds domU/dom0/hvm) and nothing there.
 */
import { hasSystemd } from '../../os/installed-programs.ts';
import type { Machine } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';

/** What systemd calls container rather than VM technologies. */
const CONTAINER_KINDS = new Set(['lxc', 'openvz', 'zone', 'docker', 'systemd-nspawn', 'lxc-libvirt']);

export const SYSTEMD_DETECT_VIRT: Command = {
  name: 'systemd-detect-virt',
  summary: 'detect execution in a virtualized environment',
  installedOn: (m) => hasSystemd(m.distribution),
  run(ctx, args) {
    // The session dispatches by name; a machine without systemd answers as bash does for a missing program.
    if (!hasSystemd(ctx.machine.distribution)) return done('bash: systemd-detect-virt: command not found\n', 127);
    let only: 'vm' | 'container' | null = null;
    for (const arg of args) {
      if (arg === '-c' || arg === '--container') only = 'container';
      else if (arg === '-v' || arg === '--vm') only = 'vm';
      else if (arg !== '-q' && arg !== '--quiet') {
        return done(`systemd-detect-virt: invalid option -- '${arg.replace(/^-+/, '')}'\n`, 1);
      }
    }
    const quiet = args.includes('-q') || args.includes('--quiet');
    let virt = ctx.machine.virtualization();
    const isContainer = CONTAINER_KINDS.has(virt);
    if ((only === 'vm' && isContainer) || (only === 'container' && !isContainer)) virt = 'none';
    return done(quiet ? '' : virt + '\n', virt === 'none' ? 1 : 0);
  },
};

/** virt-what's facts for a machine. */
export function virtWhatFacts(m: Machine): string[] {
  const virt = m.virtualization();
  switch (virt) {
    case 'none':
      return [];
    case 'xen': {
      if (m.role === 'manager') return ['xen', 'xen-dom0'];
      return m.cpu().virtualizationType === 'para' ? ['xen', 'xen-domU'] : ['xen', 'xen-hvm'];
    }
    case 'microsoft':
      return ['hyperv'];
    case 'oracle':
      return ['virtualbox'];
    default:
      return [virt];
  }
}

export const VIRT_WHAT: Command = {
  name: 'virt-what',
  summary: 'detect if we are running in a virtual machine',
  run(ctx) {
    const facts = virtWhatFacts(ctx.machine);
    return done(facts.map((f) => f + '\n').join(''));
  },
};
