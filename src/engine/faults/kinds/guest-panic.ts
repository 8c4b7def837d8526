/**
 * A guest kernel panic (`echo c > /proc/sysrq-trigger`, a bad driver in the guest): the
 * VM's own kernel stops; the monitor under it contains the failure to that VM. A container
 * or a native workload has no kernel of its own to panic.
 */
import type { RadiusRule } from '../blast-radius.ts';

export const guestPanic: RadiusRule = ({ platform }) => {
  switch (platform.kind) {
    case 'hosted':
    case 'bare-metal':
      return { effect: 'guest-down', why: `the guest's own kernel panicked; ${platform.label} contains it to this VM` };
    case 'container':
      return {
        effect: 'not-applicable',
        why: 'a container has no kernel of its own: its processes run on the shared host kernel (see kernel-panic, which takes every container down)',
      };
    case 'native':
      return { effect: 'not-applicable', why: "native has no guest kernel: each workload runs under the machine's own kernel (see kernel-panic)" };
  }
};
