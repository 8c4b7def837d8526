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
 * containers' gateway 172.17.0.1: docs.mirantis.com, "docker0"), or a private /24 for a bridge of
 * the host's own (10.0.0.0/24 beside the host's 10.0.0.1); null when containers share the host's address.
 */
export function containerSubnet(s: Scenario): { readonly gateway: string; readonly prefix: number } | null {
  const n = s.platforms.container.network;
  return n === 'host' ? null : n === 'nat' ? { gateway: '172.17.0.1', prefix: 16 } : { gateway: '10.0.0.1', prefix: 24 };
}

export function guestIpv4(s: Scenario, kind: PlatformKind, index: number): string {
  if (kind === 'native') return HOST_IPV4;
  if (kind === 'container') {
    const n = s.platforms.container.network;
    if (n === 'host') return HOST_IPV4;
    return n === 'nat' ? `172.17.0.${index + 2}` : `10.0.0.${index + 2}`;
  }
  return `192.168.1.${index + 100}`;
}

/** lo, and eth0 with the address, on the LAN (through its router) unless `subnet` says otherwise. */
export function interfacesFor(ipv4: string, mac: string, driver: string, subnet: { readonly gateway: string; readonly prefix: number } | null = null): NetInterface[] {
  return [
    { name: 'lo', ipv4: '127.0.0.1', prefix: 8, mac: '00:00:00:00:00:00' },
    { name: 'eth0', ipv4, prefix: subnet?.prefix ?? 24, mac, driver, gateway: subnet?.gateway ?? GATEWAY_IPV4 },
  ];
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
