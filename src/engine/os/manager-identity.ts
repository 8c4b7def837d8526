/**
 * Who each platform's management host is: its OS, its identity (uname, the distribution),
 * its hostname and what kind of machine it is (a host OS, Xen's dom0, ESX's service console).
 */
import { hostEra, productFor } from '../consoles/products.ts';
import type { PlatformSimulation } from '../run/platform-simulation.ts';
import type { ManagerKind } from './host-network.ts';
import { managerOs } from './machine-support.ts';
import type { OsId } from './os-families.ts';
import { linuxIdentity, osIdentity, type OsIdentity } from './os-identity.ts';
import { ESX3_SERVICE_CONSOLE } from './linux-kernels.ts';

/** The OS and name of each platform's management host. */
export function managerOf(sim: PlatformSimulation): { os: OsId; id: OsIdentity; hostname: string; kind: ManagerKind } {
  const s = sim.scenario;
  const os = managerOs(sim);
  switch (sim.model.kind) {
    case 'native':
      return { os, id: osIdentity(os, s.host.cpu), hostname: 'server', kind: 'host' };
    case 'hosted':
      return { os, id: osIdentity(os, s.host.cpu), hostname: 'vmhost', kind: 'host' };
    case 'bare-metal':
      if (s.platforms['bare-metal'].style === 'xen') return { os, id: osIdentity(os, s.host.cpu, 'xen-dom0'), hostname: 'dom0', kind: 'dom0' };
      // KVM's hypervisor is the Linux host kernel itself.
      if (productFor('bare-metal', s)?.id === 'kvm') return { os, id: osIdentity(os, s.host.cpu), hostname: 'kvmhost', kind: 'host' };
      return { os, id: linuxIdentity(ESX3_SERVICE_CONSOLE.kernel, ESX3_SERVICE_CONSOLE.distribution), hostname: 'esx', kind: 'console' };
    case 'container':
      return { os, id: osIdentity(os, hostEra('container', s), os === 'linux' && s.platforms.container.storage === 'bind' ? 'stab' : ''), hostname: os === 'solaris' ? 'zonehost' : 'cthost', kind: 'host' };
  }
}
