/**
 * A memory hog (`stress-ng --vm 1 --vm-bytes 4G`): a process that keeps allocating and
 * touching memory. Where it ends — the VM's own OOM killer, the container's memory limit,
 * or the shared kernel's OOM killer choosing among every container — is the memory model's
 * (PlatformSimulation.allocate); the fault only feeds it.
 */
import type { RadiusRule } from '../blast-radius.ts';

export const memoryHog: RadiusRule = ({ platform }) => ({
  effect: 'memory-hog',
  why:
    platform.kind === 'hosted' || platform.kind === 'bare-metal'
      ? "the hog grows inside the VM: its own kernel's OOM killer ends it at the VM's memory size"
      : platform.kind === 'native'
        ? "the hog grows on its dedicated server: that server's OOM killer ends it; the other servers are not touched"
        : 'the hog grows on the shared kernel: a memory limit contains it, without one the OOM killer picks among every guest',
});
