/**
 * OpenVZ's venet, the default network device of a Virtuozzo/OpenVZ container: a point-to-point
 * link between the container and the host that switches packets by their IP header ("Venet
 * network device is explicitly NOARP, so there is no MAC address"; it "cannot be bridged":
 * wiki.openvz.org, "Virtual network device"). Inside the container the address sits on
 * venet0:0 and the default route goes out of the device itself, with no gateway; the host has
 * a venet0 of its own, the other end.
 */
import type { NetInterface } from './machine.ts';

const VENET = 'venet0';

function venet(name: string, ipv4: string): NetInterface {
  return { name, ipv4, prefix: ipv4 ? 32 : 0, mac: '', pointToPoint: true };
}

/** A container's interfaces on venet: lo, venet0 and its address on venet0:0. */
export function containerVenetInterfaces(own: readonly NetInterface[], ipv4: string): NetInterface[] {
  return [...own.filter((i) => i.name === 'lo'), venet(VENET, ''), venet(`${VENET}:0`, ipv4)];
}

/** The host's interfaces with its end of the containers' venet. */
export function hostVenetInterfaces(own: readonly NetInterface[]): NetInterface[] {
  return [...own, venet(VENET, '')];
}
