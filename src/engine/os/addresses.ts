/**
 * Network addresses of the machines: the host on 192.168.1.10, VMs bridged beside it,
 * containers on their platform's private bridge (or on the host's own address with host
 * networking), and MAC prefixes of each vendor (VMware 00:0c:29, Xen 00:16:3e, Microsoft
 * 00:03:ff, VirtualBox 08:00:27, QEMU/KVM 52:54:00; Docker 02:42 and the address).
 */
import type { PlatformKind, Scenario } from '../scenario/schema.ts';
import type { NetInterface } from './machine.ts';

export const HOST_IPV4 = '192.168.1.10';
/** The LAN's router, and the remote machine the network benchmarks reach beyond the host's NIC. */
export const GATEWAY_IPV4 = '192.168.1.1';
export const REMOTE_IPV4 = '192.168.1.2';

/**
 * The containers' subnet on their host's bridge: Docker's default for docker0 (172.17.0.0/16, the
 * containers' gateway 172.17.0.1: docs.mirantis.com, "docker0"), or a private /16 for a bridge of
 * the host's own (10.0.0.0/16 beside the host's 10.0.0.1); null when containers share the host's network.
 */
export function containerSubnet(s: Scenario): { readonly gateway: string; readonly prefix: number } | null {
  const n = s.platforms.container.network;
  return n === 'host' ? null : n === 'nat' ? { gateway: '172.17.0.1', prefix: 16 } : { gateway: '10.0.0.1', prefix: 16 };
}

/** Whether the containers are Virtuozzo/OpenVZ's on its routed venet (a Linux host's file-tree containers on a bridge network). */
export function onVenet(s: Scenario): boolean {
  const c = s.platforms.container;
  return c.hostOs === 'linux' && c.storage !== 'overlay' && c.network === 'bridge';
}

/**
 * Guest `index`'s address: its own dedicated server's (native); a container's on its bridge's subnet, or the host's when it
 * shares the host's network; a Solaris shared-IP zone's own address on the host's NIC; a VM's on the LAN. Counted
 * on across octets (a hosting server's 300th container is 10.0.1.45), as Docker hands out a /16.
 */
export function guestIpv4(s: Scenario, kind: PlatformKind, index: number): string {
  // Native: each guest is a dedicated server of its own on the LAN, numbered on from the host's address.
  if (kind === 'native') return offset(HOST_IPV4, index);
  if (kind === 'container') {
    const c = s.platforms.container;
    if (c.network === 'host') return c.hostOs === 'solaris' ? offset(VM_BASE, index) : HOST_IPV4;
    return offset(c.network === 'nat' ? '172.17.0.2' : '10.0.0.2', index);
  }
  return offset(VM_BASE, index);
}

/** Where the LAN's VMs (and shared-IP zones) start. */
const VM_BASE = '192.168.1.100';

/** The address `n` after `base`. */
function offset(base: string, n: number): string {
  const value = base.split('.').reduce((acc, b) => acc * 256 + Number(b), 0) + n;
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** lo, and eth0 with the address, on the LAN (through its router) unless `subnet` says otherwise. */
export function interfacesFor(ipv4: string, mac: string, driver: string, subnet: { readonly gateway: string; readonly prefix: number } | null = null): NetInterface[] {
  return [
    { name: 'lo', ipv4: '127.0.0.1', prefix: 8, mac: '00:00:00:00:00:00' },
    { name: 'eth0', ipv4, prefix: subnet?.prefix ?? 24, mac, driver, gateway: subnet?.gateway ?? GATEWAY_IPV4 },
  ];
}

/**
 * A shared-IP zone's network: logical interfaces of the global zone's loopback and NIC, numbered
 * by the zone (lo0:1, e1000g0:1 for the first), carrying the zone's own address ("The zone must
 * have one or more dedicated IP addresses ... associated with logical network interfaces":
 * docs.oracle.com/cd/E19082-01/819-2450/6n4o5mdig).
 */
export function zoneInterfaces(own: readonly NetInterface[], index: number, zone: string): NetInterface[] {
  return own.map((i) => ({ ...i, name: `${i.name}:${index + 1}`, zone }));
}

/** Machine `index`'s NIC's MAC: its vendor's prefix (detect-virt's name for it), or Docker's 02:42 and the address's four bytes (172.17.0.2 is 02:42:ac:11:00:02). */
export function macAddress(detectVirt: string, ipv4: string, index: number): string {
  if (detectVirt === 'docker') return `02:42:${ipv4.split('.').map((b) => Number(b).toString(16).padStart(2, '0')).join(':')}`;
  return `${macPrefix(detectVirt)}:a1:b2:${(index + 16).toString(16).padStart(2, '0')}`;
}

function macPrefix(detectVirt: string): string {
  switch (detectVirt) {
    case 'vmware':
      return '00:0c:29';
    case 'xen':
      return '00:16:3e';
    case 'microsoft':
      return '00:03:ff';
    case 'oracle':
      return '08:00:27';
    case 'kvm':
      return '52:54:00';
    default:
      return '00:1e:c9';
  }
}
