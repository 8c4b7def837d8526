/**
 * Containers (OS-level virtualization: Solaris Zones, Virtuozzo/OpenVZ, LXC, Docker): one
 * shared kernel on the hardware; each container is a set of namespaces and resource
 * controls around ordinary processes. No guest kernels, no monitor — and so only
 * applications built for the host's kernel can run.
 */
import { CPU_GENERATIONS } from '../../calibration/cpu-generations.ts';
import { CONTAINER_KERNEL_STATE_MIB, SOLARIS_ZONE_MIB } from '../../calibration/footprints.ts';
import { CONTAINER_COSTS, NATIVE_COSTS } from '../../calibration/mechanism-costs.ts';
import { hostEra, productFor } from '../../consoles/products.ts';
import { CONTAINER_START, dirtyLimitBytes, GUEST_OS, guestOsOn } from '../../os/guest-os.ts';
import type { GuestSpec, Scenario } from '../../scenario/schema.ts';
import { L } from '../../metrics/layers.ts';
import { CostPath } from '../cost-path.ts';
import { kernelPaths } from '../cpu-virtualization.ts';
import { guestUse } from '../guest-memory.ts';
import { assemblePaths } from '../op-paths.ts';
import type { PlatformModel } from '../platform-model.ts';
import { nativeIoPaths } from '../native/native-io-path.ts';

export function containerPlatform(s: Scenario): PlatformModel {
  const gen = CPU_GENERATIONS[s.host.cpu];
  const opts = s.platforms.container;
  const hostOs = guestOsOn(opts.hostOs, hostEra('container', s));
  return {
    kind: 'container',
    // The product the column stands for (named, or inferred from the options as its console is), as the bare-metal column's.
    label: `${productFor('container', s)?.label ?? 'Containers'}: containers on one ${hostOs.label} kernel; ${opts.network} network, ${opts.storage} storage`,
    stack: ['shared-kernel', 'guest-user'],
    refusal: null,
    admit: (guest: GuestSpec) => {
      const os = GUEST_OS[guest.os];
      if (os.kernel === hostOs.kernel) return null;
      return (
        `A container shares the host's ${hostOs.kernel} kernel (${hostOs.label}); ${os.label} programs ` +
        `need a ${os.kernel} kernel, and a container has no kernel of its own to run one. ` +
        `A virtual machine brings its own kernel: this guest runs on the hosted and bare-metal platforms.`
      );
    },
    plan: (guest) => {
      const k = kernelPaths(
        { kind: 'native' },
        { gen, kernelLayer: L.sharedKernel, monitorLayer: L.sharedKernel, faultExtraCycles: CONTAINER_COSTS.memcgChargeCycles },
      );
      const io = nativeIoPaths(gen, L.sharedKernel, { overlay: opts.storage === 'overlay', network: opts.network });
      const u = guestUse(guest, false);
      return {
        paths: assemblePaths(k, io, new CostPath()),
        tickHz: 0,
        idleTickHz: 0,
        // The one kernel's limit, over the host's memory (each container's writeback is held to it on its own).
        dirtyLimitBytes: dirtyLimitBytes(guestOsOn(opts.hostOs, s.host.cpu), s.host.memoryMiB),
        firmwareNs: CONTAINER_START.setupNs,
        boot: CONTAINER_START.init,
        memoryMiB: {
          workload: u.workloadMiB,
          'page-cache': u.pageCacheMiB,
          'container-state': opts.hostOs === 'solaris' ? SOLARIS_ZONE_MIB : CONTAINER_KERNEL_STATE_MIB,
        },
      };
    },
    baseMemoryMiB: () => ({ 'shared-kernel': hostOs.footprintMiB }),
    backgroundPerSecond: () =>
      new CostPath().charge(L.sharedKernel, (s.host.cores * hostOs.timerHz * NATIVE_COSTS.timerTickCycles) / gen.ghz),
    licences: () => 1,
  };
}
