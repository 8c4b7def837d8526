/**
 * dom0's network as Xen 3's network-bridge script leaves it when xend starts (the split
 * network driver's dom0 end): the physical NIC renamed peth0, its MAC set to
 * FE:FF:FF:FF:FF:FF and plugged into the bridge xenbr0; dom0's own eth0 a virtual interface
 * with the real MAC and the address, its back-end vif0.0 on the bridge too; and each running
 * domain's back-end, vif<domain id>.0 (the dom0 end of its netfront), on the bridge. The
 * guests' packets cross it on their way to peth0: the hop the split driver adds.
 * Sources: the network-bridge walk-through quoted in https://blog.csdn.net/zhuliting/article/details/5328326
 * ("rename the physical eth0 interface to peth0, change it's MAC address to FE:FF:FF:FF:FF:FF,
 * and then create a virtual ethernet interface called eth0 ... and bridge both of those
 * interfaces to xenbr0"); vif numbering from Xen's changelog (xenbits .hgtags, "vif2.0 is now
 * domain 2's first vif").
 */
import type { NetInterface } from './machine.ts';

export const XEN_BRIDGE = 'xenbr0';
const BRIDGED_MAC = 'fe:ff:ff:ff:ff:ff';

/** `own` (lo and the NIC with the host's address) as dom0 shows them, with the bridge and the back-ends of `domainIds`. */
export function xenBridgeInterfaces(own: readonly NetInterface[], domainIds: readonly number[]): NetInterface[] {
  const nic = own.find((i) => i.name === 'eth0');
  if (!nic) return [...own];
  const port = (name: string): NetInterface => ({ name, ipv4: '', prefix: 0, mac: BRIDGED_MAC, bridge: XEN_BRIDGE });
  return [
    ...own,
    { ...port('peth0'), ...(nic.driver ? { driver: nic.driver } : {}) },
    port('vif0.0'),
    ...domainIds.map((id) => port(`vif${id}.0`)),
    { name: XEN_BRIDGE, ipv4: '', prefix: 0, mac: BRIDGED_MAC, isBridge: true },
  ];
}
