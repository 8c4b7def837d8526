/**
 * ifconfig -a on Solaris 10 from machine.interfaces(): flags, MTU and index, the netmask
 * in hex; the loopback is lo0 and a NIC is named by its driver and instance (bge0 for a
 * Broadcom NIC, e1000g0, pcn0 for AMD PCnet, xnf0 for Xen's netfront, ...). A shared-IP
 * zone's addresses are logical interfaces of these (e1000g0:1): in the global zone each says
 * which zone has it; inside the zone only its own are listed, without the MAC address.
 */
import type { NetInterface } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { broadcast, isLoopback, netmaskHex } from '../linux/ipv4.ts';

/** Solaris's driver for the NIC a Linux driver names (the Linux name is the machine's neutral one). */
const SOLARIS_DRIVERS: Readonly<Record<string, string>> = {
  tg3: 'bge',
  e1000: 'e1000g',
  pcnet32: 'pcn',
  vmxnet: 'vmxnet',
  'xen-netfront': 'xnf',
  '8139cp': 'rtls',
  tulip: 'dnet',
  virtio_net: 'vioif',
};

/** Solaris drops leading zeros from each MAC octet. */
function solarisMac(mac: string): string {
  return mac
    .split(':')
    .map((o) => o.replace(/^0(?=.)/, '').toLowerCase())
    .join(':');
}

/** The Solaris name of the first NIC of a driver Linux names `driver` (bge0 for tg3), or null if Solaris has none here. */
export function solarisNicName(driver: string | undefined): string | null {
  const solaris = SOLARIS_DRIVERS[driver ?? ''];
  return solaris === undefined ? null : `${solaris}0`;
}

/** The interface's Solaris name: lo0, or the driver's and instance 0, with a logical interface's ":N". */
function solarisName(nic: NetInterface): string {
  const [base = '', logical] = nic.name.split(':');
  const physical = base === 'lo' ? 'lo0' : (solarisNicName(nic.driver) ?? base);
  return logical === undefined ? physical : `${physical}:${logical}`;
}

function block(nic: NetInterface, showZone: boolean): string {
  const name = solarisName(nic);
  const zone = showZone && nic.zone ? `\tzone ${nic.zone}\n` : '';
  if (isLoopback(nic.name, nic.ipv4)) {
    return `${name}: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1\n${zone}\tinet ${nic.ipv4} netmask ${netmaskHex(nic.prefix)} \n`;
  }
  let out = `${name}: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n${zone}`;
  out += `\tinet ${nic.ipv4} netmask ${netmaskHex(nic.prefix)} broadcast ${broadcast(nic.ipv4, nic.prefix)}\n`;
  if (!name.includes(':')) out += `\tether ${solarisMac(nic.mac)} \n`;
  return out;
}

export const SOLARIS_IFCONFIG: Command = {
  name: 'ifconfig',
  summary: 'configure network interface parameters',
  run(ctx, args) {
    const nics = ctx.machine.interfaces();
    // Inside a zone every interface is its own; the global zone names the zone of each logical one.
    const inGlobalZone = nics.some((n) => !n.name.includes(':'));
    const blocks = nics.map((nic) => ({ name: solarisName(nic), text: block(nic, inGlobalZone) }));
    const first = args[0];
    if (first === '-a') return done(blocks.map((b) => b.text).join(''));
    if (first === undefined) return done('usage: ifconfig <interface> | -a[ 4 | 6 | D ][ u | d ][ Z ]\n', 1);
    const found = blocks.find((b) => b.name === first);
    if (found === undefined) return done(`ifconfig: status: SIOCGLIFFLAGS: ${first}: no such interface\n`, 1);
    return done(found.text);
  },
};
