/**
 * ipconfig (Windows Server 2003) from machine.interfaces(): one "Local Area Connection"
 * per non-loopback interface; /all adds the host, each adapter's description and physical
 * address. The model
 * has no DHCP, DNS suffixes or gateways, so those fields stay empty.
 */
import type { NetInterface } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { isLoopback, netmask } from '../linux/ipv4.ts';
import { adapterDescription, connectionName } from './network-adapters.ts';

/** "   IP Address. . . . . . . . . . . . : 10.0.0.5": dots on odd columns up to the colon at column 37. */
function field(label: string, value: string): string {
  let line = `   ${label}`;
  for (let i = line.length; i < 37; i++) line += i % 2 === 1 ? '.' : ' ';
  return `${line}: ${value}`;
}

function adapter(nic: NetInterface, index: number, all: boolean): string[] {
  const lines = [`Ethernet adapter ${connectionName(index)}:`, '', field('Connection-specific DNS Suffix ', '')];
  if (all) {
    lines.push(field('Description', adapterDescription(nic.driver)), field('Physical Address', nic.mac.toUpperCase().replaceAll(':', '-')), field('DHCP Enabled', 'No'));
  }
  lines.push(field('IP Address', nic.ipv4), field('Subnet Mask', netmask(nic.prefix)), field('Default Gateway', ''));
  return lines;
}

export const IPCONFIG: Command = {
  name: 'ipconfig',
  summary: 'display the IP configuration',
  run(ctx, args) {
    const all = args.some((a) => a.toLowerCase() === '/all');
    const bad = args.find((a) => a.toLowerCase() !== '/all');
    if (bad !== undefined) return done(`\nError: unrecognized or incomplete command line.\n`, 1);
    const lines = ['', 'Windows IP Configuration', ''];
    if (all) {
      lines.push(
        field('Host Name', ctx.machine.hostname),
        field('Primary Dns Suffix ', ''),
        field('Node Type', 'Unknown'),
        field('IP Routing Enabled', 'No'),
        field('WINS Proxy Enabled', 'No'),
      );
    }
    const nics = ctx.machine.interfaces().filter((n) => !isLoopback(n.name, n.ipv4));
    nics.forEach((nic, i) => lines.push('', ...adapter(nic, i, all)));
    return done(lines.join('\n') + '\n');
  },
};
