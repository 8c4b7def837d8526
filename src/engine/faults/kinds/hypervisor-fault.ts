/**
 * The virtualization layer itself fails: a bare-metal hypervisor (Xen, the vmkernel's
 * purple screen) under every VM, or a hosted VMM's kernel driver (vmmon, vmx86, VBoxDrv),
 * which runs inside the host kernel and so takes the host OS down with it.
 */
import type { RadiusRule } from '../blast-radius.ts';

export const hypervisorFault: RadiusRule = ({ platform }) => {
  switch (platform.kind) {
    case 'bare-metal':
      return { effect: 'host-down', why: `${platform.label}'s hypervisor failed: it is the one layer under every VM, so all stopped`, rebootLayer: 'hypervisor' };
    case 'hosted':
      return {
        effect: 'host-down',
        why: `${platform.label}'s kernel driver faulted inside the host kernel: the host OS and every VM went down`,
        rebootLayer: 'host OS',
      };
    case 'container':
      return { effect: 'not-applicable', why: 'containers have no hypervisor: the shared kernel is the only layer under them (see kernel-panic)' };
    case 'native':
      return { effect: 'not-applicable', why: 'native runs no hypervisor' };
  }
};
