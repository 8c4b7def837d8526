/**
 * The Docker host's end of its containers' network: a Linux bridge that holds the containers'
 * gateway address, and for each running container the host's end of its veth pair, a port
 * of the bridge. The containers' packets cross both: the veth and bridge work the model
 * prices for them. Docker names its default bridge docker0 (172.17.0.0/16 behind NAT), a
 * user-defined one br-<the network id's first 12 hex digits>, and a veth end
 * veth<7 hex digits>; the ids and MACs it draws at random are derived here from names.
 * (Virtuozzo's containers are routed through venet0 instead, with no bridge: not listed.)
 */
import { hashLabel } from '../sim/rng.ts';
import type { NetInterface } from './machine.ts';

/** `own` (lo and the host's NIC) with the bridge on `subnet` and a port for each container of `running`; `nat`: Docker's default docker0. */
export function dockerBridgeInterfaces(
  own: readonly NetInterface[],
  subnet: { readonly gateway: string; readonly prefix: number },
  running: readonly string[],
  nat: boolean,
): NetInterface[] {
  const hex = (label: string): string => hashLabel(label).toString(16).padStart(8, '0');
  const bridge = nat ? 'docker0' : `br-${hex('network:0')}${hex('network:1').slice(0, 4)}`;
  // Docker's bridge MAC is 02:42 and four random bytes; a veth end's is a random locally administered one.
  const mac = (prefix: string, label: string): string => `${prefix}:${hex(label).replace(/(..)(?!$)/g, '$1:')}`;
  const ports = running.map((name): NetInterface => ({ name: `veth${hex(`veth:${name}`).slice(0, 7)}`, ipv4: '', prefix: 0, mac: mac('0a:58', `mac:${name}`), bridge }));
  return [...own, { name: bridge, ipv4: subnet.gateway, prefix: subnet.prefix, mac: mac('02:42', `bridge:${bridge}`), isBridge: true }, ...ports];
}
