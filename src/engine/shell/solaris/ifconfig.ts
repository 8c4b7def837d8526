/**
 * ifconfig -a on Solaris 10 from machine.interfaces(): flags, MTU and index, the netmask
 * in hex; the loopback is lo0. Inside a non-global zone each interface is a logical one
 * (":1") and the MAC address is not shown, as a shared-IP zone sees it.
 */
import type { NetInterface } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { broadcast, isLoopback, netmaskHex } from '../linux/ipv4.ts';
import { GLOBAL_ZONE, zoneName } from './zonename.ts';

/** Solaris drops leading zeros from each MAC octet. */
function solarisMac(mac: string): string {
  return mac
    .split(':')
    .map((o) => o.replace(/^0(?=.)/, '').toLowerCase())
    .join(':');
}

function block(nic: NetInterface, index: number, inZone: boolean): string {
  const loop = isLoopback(nic.name, nic.ipv4);
  const base = nic.name === 'lo' ? 'lo0' : nic.name;
  const name = inZone ? `${base}:1` : base;
  if (loop) {
    return `${name}: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index ${index}\n\tinet ${nic.ipv4} netmask ${netmaskHex(nic.prefix)} \n`;
  }
  let out = `${name}: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index ${index}\n`;
  out += `\tinet ${nic.ipv4} netmask ${netmaskHex(nic.prefix)} broadcast ${broadcast(nic.ipv4, nic.prefix)}\n`;
  if (!inZone) out += `\tether ${solarisMac(nic.mac)} \n`;
  return out;
}

export const SOLARIS_IFCONFIG: Command = {
  name: 'ifconfig',
  summary: 'configure network interface parameters',
  run(ctx, args) {
    const inZone = zoneName(ctx.machine) !== GLOBAL_ZONE;
    const nics = ctx.machine.interfaces();
    const blocks = nics.map((nic, i) => ({ nic, text: block(nic, i + 1, inZone) }));
    const first = args[0];
    if (first === '-a') return done(blocks.map((b) => b.text).join(''));
    if (first === undefined) return done('usage: ifconfig <interface> | -a[ 4 | 6 | D ][ u | d ][ Z ]\n', 1);
    const found = blocks.find((b) => b.nic.name === first || (b.nic.name === 'lo' && first === 'lo0'));
    if (found === undefined) return done(`ifconfig: status: SIOCGLIFFLAGS: ${first}: no such interface\n`, 1);
    return done(found.text);
  },
};
