/**
 * Native: the baseline. Each guest's workload runs directly on a dedicated server of the
 * host's hardware under its own operating system's kernel — no monitor, no second kernel,
 * no neighbour (docs/model.md "The baseline"): the world before consolidation, N servers
 * with N kernels, N operating-system licences and N servers' timer ticks.
 */
import { CPU_GENERATIONS } from '../../calibration/cpu-generations.ts';
import { NATIVE_COSTS } from '../../calibration/mechanism-costs.ts';
import { dirtyLimitBytes, GUEST_OS, guestOsOn } from '../../os/guest-os.ts';
import type { OsId } from '../../os/os-families.ts';
import type { GuestSpec, Scenario } from '../../scenario/schema.ts';
import { L } from '../../metrics/layers.ts';
import { CostPath } from '../cost-path.ts';
import { kernelPaths } from '../cpu-virtualization.ts';
import { guestUse } from '../guest-memory.ts';
import { assemblePaths } from '../op-paths.ts';
import type { PlatformModel } from '../platform-model.ts';
import { nativeIoPaths } from './native-io-path.ts';

export function nativePlatform(s: Scenario): PlatformModel {
  const gen = CPU_GENERATIONS[s.host.cpu];
  return {
    kind: 'native',
    label: 'Native: every workload directly on the hardware, under its own OS',
    stack: ['guest-kernel', 'guest-user'],
    refusal: null,
    admit: () => null,
    plan: (guest) => {
      const k = kernelPaths({ kind: 'native' }, { gen, kernelLayer: L.guestKernel, monitorLayer: L.guestKernel });
      const u = guestUse(guest, false);
      return {
        paths: assemblePaths(k, nativeIoPaths(gen, L.guestKernel), new CostPath()),
        tickHz: 0,
        idleTickHz: 0,
        // Its own kernel, on a server with the host's memory.
        dirtyLimitBytes: dirtyLimitBytes(guestOsOn(guest.os, s.host.cpu), s.host.memoryMiB),
        firmwareNs: 0,
        boot: GUEST_OS[guest.os].boot,
        memoryMiB: { 'guest-kernel': GUEST_OS[guest.os].footprintMiB, workload: u.workloadMiB, 'page-cache': u.pageCacheMiB },
      };
    },
    // Each server's own kernel is in its guest's memory: nothing is shared.
    baseMemoryMiB: () => ({}),
    // Every server's cores tick, each at its own kernel's rate.
    backgroundPerSecond: () =>
      new CostPath().charge(L.guestKernel, (s.host.cores * s.guests.reduce((hz, g) => hz + GUEST_OS[g.os].timerHz, 0) * NATIVE_COSTS.timerTickCycles) / gen.ghz),
    licences: (admitted) => admitted.length,
  };
}

/** The operating systems among the guests, most used first (ties in scenario order). */
export function distinctOses(guests: readonly GuestSpec[]): OsId[] {
  const counts = new Map<OsId, number>();
  for (const g of guests) counts.set(g.os, (counts.get(g.os) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([os]) => os);
}
