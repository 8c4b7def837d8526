/**
 * The faults a shell can cause from inside a machine, as the real commands would:
 * `echo c > /proc/sysrq-trigger` panics the kernel the machine runs on — a VM's own, a
 * native machine's, the host OS or KVM host from the manager's console, dom0's on Xen (a
 * driver-domain crash) — while a container may not (its /proc/sysrq-trigger is not
 * writable: Docker mounts it read-only, and writing it needs CAP_SYS_ADMIN over the host);
 * a fork bomb starts in the guest whose shell ran it.
 */
import type { FaultResult } from '../metrics/results.ts';
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import type { SimulationCore } from '../run/core/simulation-core.ts';
import type { FaultInjector } from './fault-injector.ts';
import type { FaultKind } from './fault-kinds.ts';
import { kernelIsHypervisor, platformFacts } from './platform-facts.ts';

export interface MachineFaults {
  /** The kernel under this shell panics; null when the write is refused (a container). */
  sysrqCrash(): FaultResult | null;
  /** A fork bomb starts in this machine; null on a management host (not modelled there). */
  forkBomb(): FaultResult | null;
}

/** The faults of a guest's machine (`guest`), or of the platform's management host (null). */
export function machineFaults(sim: SimulationCore & { readonly faults: FaultInjector }, guest: GuestRuntime | null): MachineFaults {
  const kind = sim.model.kind;
  const name = guest?.spec.name ?? null;
  const fire = (k: FaultKind): FaultResult => sim.faults.inject(k, name);
  return {
    sysrqCrash: () => {
      if (guest !== null) {
        if (kind === 'container') {
          // Recorded as what it is: a container has no kernel of its own to panic.
          sim.faults.inject('guest-panic', name);
          return null;
        }
        return fire(kind === 'native' ? 'kernel-panic' : 'guest-panic');
      }
      const p = platformFacts(kind, sim.scenario);
      // dom0's kernel is Xen's driver domain; ESX's service console holds no drivers, so the record says it is not applicable.
      return fire(kind === 'bare-metal' && !kernelIsHypervisor(p) ? 'driver-domain-crash' : 'kernel-panic');
    },
    forkBomb: () => (guest === null ? null : fire('fork-bomb')),
  };
}
