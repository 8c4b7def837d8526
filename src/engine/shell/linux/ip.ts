/**
 * `ip addr|link|route` (iproute2) and `ifconfig` (net-tools) from machine.interfaces(). MTUs are the
 * 2.6 defaults (1500 for Ethernet, 16436 for loopback); the model counts no packets per
 * interface, so the RX/TX counter lines are left out.
 */
import type { NetInterface } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { broadcast, isLoopback, netmask, networkAddress } from './ipv4.ts';

/** An interface's own name: a logical one's (`venet0:0`) is its device's. */
function deviceOf(name: string): string {
  return name.split(':')[0] ?? name;
}

/** `ip addr`'s block for a device and the addresses on it (its logical interfaces' too); `ip link`'s without them. */
function ipBlock(nic: NetInterface, aliases: readonly NetInterface[], index: number, addresses: boolean): string {
  const inet = (n: NetInterface): string =>
    n.pointToPoint ? `    inet ${n.ipv4}/${n.prefix} brd ${n.ipv4} scope global ${n.name}` : `    inet ${n.ipv4}/${n.prefix} brd ${broadcast(n.ipv4, n.prefix)} scope global ${n.name}`;
  const inets = addresses ? [nic, ...aliases].filter((n) => n.ipv4 !== '').map(inet) : [];
  if (isLoopback(nic.name, nic.ipv4)) {
    return [
      `${index}: ${nic.name}: <LOOPBACK,UP,LOWER_UP> mtu 16436 qdisc noqueue `,
      `    link/loopback ${nic.mac} brd 00:00:00:00:00:00`,
      ...(addresses ? [`    inet ${nic.ipv4}/${nic.prefix} scope host ${nic.name}`] : []),
    ].join('\n');
  }
  if (nic.pointToPoint) return [`${index}: ${nic.name}: <BROADCAST,POINTOPOINT,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue `, '    link/void ', ...inets].join('\n');
  return [
    `${index}: ${nic.name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast${nic.bridge ? ` master ${nic.bridge}` : ''} qlen 1000`,
    `    link/ether ${nic.mac} brd ff:ff:ff:ff:ff:ff`,
    ...inets,
  ].join('\n');
}

/** ip's blocks: one per device, its logical interfaces' addresses under it. */
function ipBlocks(nics: readonly NetInterface[], addresses: boolean): string {
  const devices = nics.filter((n) => !n.name.includes(':'));
  return devices.map((d, i) => ipBlock(d, nics.filter((n) => n.name.includes(':') && deviceOf(n.name) === d.name), i + 1, addresses)).join('\n') + '\n';
}

/**
 * The kernel's routes as a 2.6 kernel's main table lists them: each address's network, then the default route
 * (through its gateway, or straight out of a point-to-point device such as venet).
 */
export function routes(nics: readonly NetInterface[]): { readonly destination: string; readonly prefix: number; readonly gateway: string | null; readonly dev: string; readonly src: string }[] {
  const addressed = nics.filter((n) => n.ipv4 !== '' && !isLoopback(n.name, n.ipv4));
  return [
    ...addressed.filter((n) => !n.pointToPoint).map((n) => ({ destination: networkAddress(n.ipv4, n.prefix), prefix: n.prefix, gateway: null, dev: deviceOf(n.name), src: n.ipv4 })),
    ...addressed.flatMap((n) =>
      n.gateway || n.pointToPoint ? [{ destination: '0.0.0.0', prefix: 0, gateway: n.gateway ?? null, dev: deviceOf(n.name), src: n.ipv4 }] : [],
    ),
  ];
}

function ipRoute(nics: readonly NetInterface[]): string {
  return routes(nics)
    .map((r) =>
      r.prefix === 0
        ? r.gateway
          ? `default via ${r.gateway} dev ${r.dev} \n`
          : `default dev ${r.dev}  scope link \n`
        : `${r.destination}/${r.prefix} dev ${r.dev}  proto kernel  scope link  src ${r.src} \n`,
    )
    .join('');
}

const IP_USAGE = 'Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\nwhere  OBJECT := { link | addr | route }\n';
const OBJECTS: Readonly<Record<string, 'addr' | 'link' | 'route'>> = { a: 'addr', ad: 'addr', addr: 'addr', address: 'addr', l: 'link', li: 'link', link: 'link', r: 'route', ro: 'route', route: 'route' };

export const IP: Command = {
  name: 'ip',
  summary: 'show routing, devices and addresses',
  run(ctx, args) {
    if (args[0] === undefined) return done(IP_USAGE, 255);
    const object = OBJECTS[args[0]];
    if (object === undefined) return done(`Object "${args[0]}" is unknown, try "ip help".\n`, 255);
    const verb = args[1];
    if (verb !== undefined && !['show', 'list', 'ls', 'sh', 's'].includes(verb)) {
      return done(`Command "${verb}" is unknown, try "ip ${object === 'addr' ? 'address' : object} help".\n`, 255);
    }
    const nics = ctx.machine.interfaces();
    if (object === 'route') return done(ipRoute(nics));
    return done(ipBlocks(nics, object === 'addr'));
  },
};

function ifconfigBlock(nic: NetInterface): string {
  const name = nic.name.padEnd(10);
  if (isLoopback(nic.name, nic.ipv4)) {
    return [
      `${name}Link encap:Local Loopback  `,
      `          inet addr:${nic.ipv4}  Mask:${netmask(nic.prefix)}`,
      '          UP LOOPBACK RUNNING  MTU:16436  Metric:1',
      '',
    ].join('\n');
  }
  if (nic.pointToPoint) {
    return [
      `${name}Link encap:UNSPEC  HWaddr 00-00-00-00-00-00-00-00-00-00-00-00-00-00-00-00  `,
      ...(nic.ipv4 ? [`          inet addr:${nic.ipv4}  P-t-P:${nic.ipv4}  Bcast:${nic.ipv4}  Mask:${netmask(nic.prefix)}`] : []),
      '          UP BROADCAST POINTOPOINT RUNNING NOARP  MTU:1500  Metric:1',
      '',
    ].join('\n');
  }
  return [
    `${name}Link encap:Ethernet  HWaddr ${nic.mac.toUpperCase()}  `,
    ...(nic.ipv4 ? [`          inet addr:${nic.ipv4}  Bcast:${broadcast(nic.ipv4, nic.prefix)}  Mask:${netmask(nic.prefix)}`] : []),
    '          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1',
    '',
  ].join('\n');
}

export const IFCONFIG: Command = {
  name: 'ifconfig',
  summary: 'show network interfaces',
  run(ctx, args) {
    const nics = ctx.machine.interfaces();
    const wanted = args.filter((a) => a !== '-a');
    const name = wanted[0];
    if (name === undefined) return done(nics.map((n) => ifconfigBlock(n) + '\n').join(''));
    const nic = nics.find((n) => n.name === name);
    if (nic === undefined) return done(`${name}: error fetching interface information: Device not found\n`, 1);
    return done(ifconfigBlock(nic) + '\n');
  },
};
