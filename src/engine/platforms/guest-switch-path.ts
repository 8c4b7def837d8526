/**
 * Switching a core from one guest to another, by platform (docs/model.md "Scheduling
 * between guests"; unit costs in calibration/guest-switch.ts).
 *
 * - bare-metal: the hypervisor's context switch between domains (a full address-space
 *   switch, priced as a native process switch, as the Xen I/O path prices its domain
 *   switches), plus under hardware assist the outgoing vCPU's exit and the incoming one's
 *   entry with its VMCS;
 * - hosted: the host kernel switches between two VM processes: the outgoing VM's world
 *   switch back to the host, the host's process switch, the incoming VM's world switch;
 * - containers: the shared kernel switches between two containers' processes (one process
 *   switch, no exit);
 * - native: each guest is on a server of its own, so no switch between guests happens.
 *
 * On every platform the incoming guest then refills what the other displaced: its share of
 * the last-level cache, read back at the core's memory bandwidth, and its data TLB when the
 * switch flushed it (no VPID/ASID tags for VMs; a CR3 switch without PCID for processes).
 */
import type { CpuGeneration } from '../calibration/cpu-generations.ts';
import { CACHE_FACTS, WALK_REFS } from '../calibration/guest-switch.ts';
import { HOSTED_COSTS } from '../calibration/mechanism-costs.ts';
import { L } from '../metrics/layers.ts';
import type { PlatformKind } from '../scenario/schema.ts';
import { CostPath } from './cost-path.ts';

export interface GuestSwitch {
  /** The switching layer's own work for one switch, ns by layer. */
  readonly path: CostPath;
  /** What the incoming guest spends refilling its cache share and TLB, ns (its own user time). */
  readonly refillNs: number;
}

/** How a platform switches between guests on `gen`; `hardwareAssist`: its VMs run under VT-x/AMD-V. */
export function guestSwitch(kind: PlatformKind, gen: CpuGeneration, hardwareAssist: boolean): GuestSwitch {
  const facts = CACHE_FACTS[gen.id];
  const cacheNs = facts.llcBytesPerCore / gen.memBandwidthGBs;
  const tlbNs = (facts.dataTlbEntries * WALK_REFS * gen.walkRefCycles) / gen.ghz;
  const exitNs = hardwareAssist && gen.vmExitRoundTripCycles !== null ? gen.vmExitRoundTripCycles / gen.ghz : 0;
  const vmTlbNs = hardwareAssist && facts.taggedTlb ? 0 : tlbNs;
  switch (kind) {
    case 'native':
      return { path: new CostPath(), refillNs: 0 };
    case 'container':
      return { path: new CostPath().charge(L.sharedKernel, gen.contextSwitchNs), refillNs: cacheNs + tlbNs };
    case 'bare-metal':
      return { path: new CostPath().charge(L.hypervisor, gen.contextSwitchNs + exitNs), refillNs: cacheNs + vmTlbNs };
    case 'hosted': {
      const path = new CostPath()
        .charge(L.vmm, (2 * HOSTED_COSTS.worldSwitchCycles) / gen.ghz + exitNs)
        .charge(L.hostKernel, gen.contextSwitchNs)
        .count('world-switch', 2);
      return { path, refillNs: cacheNs + vmTlbNs };
    }
  }
}
