/**
 * The management host's network interfaces: the server's NIC with the host's address, and
 * what the platform puts there — ESX's vswif0, dom0's Xen bridge, a KVM host's br0 and taps,
 * the global zone's zones' logical interfaces, OpenVZ's venet0, Docker's bridge and veths.
 */
import type { PlatformSimulation } from '../run/platform-simulation.ts';
import { containerSubnet, HOST_IPV4, interfacesFor, macAddress, onVenet } from './addresses.ts';
import { dockerBridgeInterfaces } from './docker-bridge.ts';
import type { GuestMachine } from './guest-machine.ts';
import { kvmBridgeInterfaces } from './kvm-bridge.ts';
import { addressOf } from './machine-support.ts';
import type { NetInterface } from './machine.ts';
import { hostVenetInterfaces } from './venet.ts';
import { virtualHardware } from './virtual-hardware.ts';
import { xenBridgeInterfaces } from './xen-bridge.ts';

/** Which management host: the host OS, Xen's dom0 or ESX's service console. */
export type ManagerKind = 'host' | 'dom0' | 'console';

export function hostInterfaces(sim: PlatformSimulation, kind: ManagerKind, guestMachines: () => readonly GuestMachine[]): NetInterface[] {
  const s = sim.scenario;
  const own = interfacesFor(HOST_IPV4, macAddress('none', HOST_IPV4, 0), virtualHardware(s, 'native').nicDriver);
  const up = sim.guests.filter((g) => g.state === 'running' || g.state === 'booting');
  // ESX's service console reaches the network through its port on the vmkernel's virtual switch, vswif0 (the
  // vmkernel owns the NIC, vmnic0, the switch's uplink): http://www.sysdigg.com/vswitch-and-vswif-in-vmware-esx.
  if (kind === 'console') return own.map((i) => (i.name === 'eth0' ? { ...i, name: 'vswif0' } : i));
  // Xen's split network driver: dom0 bridges every domain's back-end to the NIC.
  if (kind === 'dom0') return virtualHardware(s, 'bare-metal').nicDriver === 'xen-netfront' ? xenBridgeInterfaces(own, up.map((g) => g.index + 1)) : own;
  switch (sim.model.kind) {
    case 'bare-metal': {
      // KVM: the host bridges its VMs' taps and its NIC.
      const detect = virtualHardware(s, 'bare-metal').detectVirt;
      return kvmBridgeInterfaces(own, up.map((g) => macAddress(detect, addressOf(sim, g.index), g.index)));
    }
    case 'container':
      return containerHostInterfaces(sim, own, guestMachines);
    default:
      return [...own];
  }
}

function containerHostInterfaces(sim: PlatformSimulation, own: readonly NetInterface[], guestMachines: () => readonly GuestMachine[]): NetInterface[] {
  const s = sim.scenario;
  // The global zone lists every running shared-IP zone's logical interfaces beside its own.
  if (s.platforms.container.hostOs === 'solaris') {
    const logical = guestMachines()
      .filter((m) => m.guest.state === 'running' || m.guest.state === 'booting')
      .flatMap((m) => m.interfaces());
    const loopback = (i: NetInterface): boolean => i.name === 'lo' || i.name.startsWith('lo:');
    return [...own.filter(loopback), ...logical.filter(loopback), ...own.filter((i) => !loopback(i)), ...logical.filter((i) => !loopback(i))];
  }
  if (onVenet(s)) return hostVenetInterfaces(own);
  // Docker's bridge between its containers' veth pairs and the host.
  const subnet = containerSubnet(s);
  if (virtualHardware(s, 'container').detectVirt !== 'docker' || subnet === null) return [...own];
  const up = sim.guests.filter((g) => g.state === 'running' || g.state === 'booting');
  return dockerBridgeInterfaces(own, subnet, up.map((g) => g.spec.name), s.platforms.container.network === 'nat');
}
