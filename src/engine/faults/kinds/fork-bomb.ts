/**
 * A fork bomb (`:(){ :|:& };:`) forks until a process table is full. A VM's bomb fills its
 * own kernel's table and saturates its own vCPUs. A container's fills the shared kernel's
 * table — so every neighbour's fork fails — unless a process limit stops it first (cgroup
 * pids.max returns EAGAIN at the limit; Virtuozzo's numproc, a zone's max-lwps alike). Natively
 * the bomb's server is its own: it fills that server's table only.
 */
import type { RadiusRule } from '../blast-radius.ts';

export const forkBomb: RadiusRule = ({ platform, pidsLimit }) => {
  switch (platform.kind) {
    case 'hosted':
    case 'bare-metal':
      return { effect: 'fork-bomb', why: "the bomb fills the VM's own process table and saturates its vCPUs: the VM contains it", table: 'guest' };
    case 'container':
      return pidsLimit === null
        ? { effect: 'fork-bomb', why: "no process limit: the bomb fills the shared kernel's process table, so every container's forks fail", table: 'shared' }
        : { effect: 'fork-bomb', why: `the container's process limit (${pidsLimit}) stops the bomb: only its own forks fail`, table: 'limit' };
    case 'native':
      return { effect: 'fork-bomb', why: "the bomb fills its dedicated server's process table: that server's forks fail, the other servers run on", table: 'server' };
  }
};
