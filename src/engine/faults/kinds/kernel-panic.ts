/**
 * The host's kernel panics: the one kernel every container shares, the host OS a hosted
 * VMM runs on, or, natively, the kernel of the named guest's own server. A bare-metal
 * hypervisor has no host kernel under its guests — Xen's and ESX's own kernels are
 * hypervisor-fault, Xen's dom0 kernel is driver-domain-crash — except KVM, whose
 * hypervisor is the Linux host kernel itself.
 */
import type { RadiusRule } from '../blast-radius.ts';
import { kernelIsHypervisor } from '../platform-facts.ts';

export const kernelPanic: RadiusRule = ({ platform, targeted }) => {
  switch (platform.kind) {
    case 'container':
      return { effect: 'host-down', why: 'the shared kernel panicked: every container ran on it and stopped with it', rebootLayer: 'host kernel' };
    case 'hosted':
      return { effect: 'host-down', why: `the host OS panicked: ${platform.label}'s VMM processes and every VM died with it`, rebootLayer: 'host OS' };
    case 'native':
      // Natively each guest has a server of its own: a panic is one server's, and stops only its workload.
      return targeted
        ? { effect: 'server-down', why: "its dedicated server's kernel panicked: only that server's workload stopped, the other servers run on", rebootLayer: "its server's kernel" }
        : {
            effect: 'not-applicable',
            why: "natively each guest has a dedicated server: no one kernel runs under them all (a panic on one server stops only its workload: name the guest)",
          };
    case 'bare-metal':
      if (kernelIsHypervisor(platform))
        return { effect: 'host-down', why: "KVM's hypervisor is the Linux host kernel: its panic stopped every VM", rebootLayer: 'host kernel' };
      return {
        effect: 'not-applicable',
        why:
          platform.style === 'xen'
            ? "no host kernel under Xen's guests: the hypervisor is its own kernel (see hypervisor-fault), and dom0's kernel is a guest (see driver-domain-crash)"
            : "no host kernel under ESX's guests: the vmkernel is the hypervisor (see hypervisor-fault)",
      };
  }
};
