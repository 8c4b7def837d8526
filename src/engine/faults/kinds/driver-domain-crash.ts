/**
 * Xen's driver domain (dom0, or a separate driver domain) fails: the back-end drivers of
 * every guest's split devices are gone until it restarts. Guests keep running their CPU
 * work; their disk and network requests wait (Fraser et al., OASIS 2004). Elsewhere the
 * drivers live in the hypervisor, the host kernel or the shared kernel: there is no driver
 * domain to crash.
 */
import type { RadiusRule } from '../blast-radius.ts';

export const driverDomainCrash: RadiusRule = ({ platform }) => {
  if (platform.kind === 'bare-metal' && platform.style === 'xen')
    return { effect: 'io-stall', why: "dom0's back-end drivers died: every guest's disk and network I/O waits until it has restarted; CPU work goes on" };
  const where: Record<typeof platform.kind, string> = {
    'bare-metal': "ESX-style: the drivers are in the hypervisor (a driver fault there is a hypervisor-fault)",
    hosted: "the devices are emulated by the VMM and served by the host OS's drivers (see kernel-panic)",
    container: "containers use the shared kernel's drivers (see kernel-panic)",
    native: "native uses its kernel's own drivers",
  };
  return { effect: 'not-applicable', why: `no driver domain: ${where[platform.kind]}` };
};
