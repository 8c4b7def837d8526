/**
 * The element that carries a packet from one guest to another on each platform: a
 * physical switch between two machines (native), the host kernel's bridge behind the
 * VMM processes (hosted: vmnet, a bridge in the host OS), dom0's bridge between two
 * netbacks (Xen), the vmkernel's virtual switch (ESX), and for containers a veth pair on
 * the shared kernel's bridge, NAT on that bridge, or the host's own stack (loopback-like).
 *
 * It names the layer that switches and how the platform's per-packet paths already count
 * it, so a guest-to-guest packet is priced from those paths: the switching layer forwards
 * between two guests instead of handing the packet to the physical NIC's driver.
 */
import { L } from '../metrics/layers.ts';
import type { PlatformModel } from '../platforms/platform-model.ts';
import type { Scenario } from '../scenario/schema.ts';

type LayerIndex = (typeof L)[keyof typeof L];

export type SwitchKind = 'physical-switch' | 'host-bridge' | 'dom0-bridge' | 'vswitch' | 'veth-bridge' | 'veth-nat' | 'loopback';

export interface VirtualSwitch {
  readonly kind: SwitchKind;
  readonly label: string;
  /** The layer that owns the NIC driver and switches between guests; null when the packet leaves on a wire. */
  readonly layer: LayerIndex | null;
  /** Bridge traversals each guest's per-packet path already counts (0 or 1 per side). */
  readonly bridgesPerSide: 0 | 1;
  /** Bridge forwardings a packet between two guests makes (0 on loopback). */
  readonly bridgesBetweenGuests: 0 | 1;
  /**
   * Hand-offs to a separately scheduled context in the middle of the path, where a busy
   * host makes the packet wait: dom0's netback, the receiving VMM process on the host.
   */
  readonly middleSchedulingPoints: number;
}

export function virtualSwitch(model: PlatformModel, s: Scenario): VirtualSwitch {
  switch (model.kind) {
    case 'native':
      return { kind: 'physical-switch', label: 'both NICs and a physical switch', layer: null, bridgesPerSide: 0, bridgesBetweenGuests: 0, middleSchedulingPoints: 0 };
    case 'hosted':
      return { kind: 'host-bridge', label: "the host kernel's bridge (vmnet)", layer: L.hostKernel, bridgesPerSide: 0, bridgesBetweenGuests: 1, middleSchedulingPoints: 1 };
    case 'bare-metal':
      return s.platforms['bare-metal'].style === 'xen'
        ? { kind: 'dom0-bridge', label: "dom0's bridge between two netbacks", layer: L.driverDomain, bridgesPerSide: 1, bridgesBetweenGuests: 1, middleSchedulingPoints: 1 }
        : { kind: 'vswitch', label: "the vmkernel's virtual switch", layer: L.hypervisor, bridgesPerSide: 1, bridgesBetweenGuests: 1, middleSchedulingPoints: 0 };
    case 'container': {
      const network = s.platforms.container.network;
      if (network === 'host') return { kind: 'loopback', label: "the shared kernel's own stack (host networking)", layer: L.sharedKernel, bridgesPerSide: 0, bridgesBetweenGuests: 0, middleSchedulingPoints: 0 };
      return network === 'nat'
        ? { kind: 'veth-nat', label: 'veth pairs on a bridge with NAT (conntrack)', layer: L.sharedKernel, bridgesPerSide: 1, bridgesBetweenGuests: 1, middleSchedulingPoints: 0 }
        : { kind: 'veth-bridge', label: 'veth pairs on a bridge', layer: L.sharedKernel, bridgesPerSide: 1, bridgesBetweenGuests: 1, middleSchedulingPoints: 0 };
    }
  }
}
