/**
 * A KVM host's network with its VMs bridged onto the LAN (the model puts KVM's guests beside
 * the host): the bridge br0 holds the host's address, the NIC eth0 is one of its ports, and
 * each running VM's virtio NIC ends in a tap device on the host, vnet0, vnet1 ... in the order
 * the VMs started ("KVM will automatically name the virtual NIC ... vnet0, vnet1, vnet2":
 * knowfreenet.blogspot.com/2016/06). libvirt gives a tap the guest NIC's MAC with its first
 * byte FE, so the bridge never takes a tap's MAC for its own; the bridge keeps the NIC's.
 */
import type { NetInterface } from './machine.ts';

const BRIDGE = 'br0';

/** `own` (lo and the host's NIC) bridged, with a tap for each VM whose NIC has MAC `vmMacs[i]`. */
export function kvmBridgeInterfaces(own: readonly NetInterface[], vmMacs: readonly string[]): NetInterface[] {
  const nic = own.find((i) => i.name === 'eth0');
  if (!nic) return [...own];
  return [
    ...own.filter((i) => i !== nic),
    { ...nic, name: BRIDGE, isBridge: true },
    { name: nic.name, ipv4: '', prefix: 0, mac: nic.mac, bridge: BRIDGE, ...(nic.driver ? { driver: nic.driver } : {}) },
    ...vmMacs.map((mac, i): NetInterface => ({ name: `vnet${i}`, ipv4: '', prefix: 0, mac: `fe${mac.slice(2)}`, bridge: BRIDGE })),
  ];
}
