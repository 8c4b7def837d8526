/**
 * `route` (net-tools): the kernel's IP routing table, from the same routes `ip route` lists.
 * Without -n, the default destination reads "default" and a missing gateway "*"; no other
 * name is looked up.
 */
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { routes } from './ip.ts';
import { netmask } from './ipv4.ts';

export const ROUTE: Command = {
  name: 'route',
  summary: 'show the IP routing table (-n: numeric)',
  run(ctx, args) {
    const bad = args.find((a) => a !== '-n');
    if (bad !== undefined) return done(`route: invalid option -- '${bad.replace(/^-+/, '')}'\nUsage: route [-n]\n`, 1);
    const numeric = args.includes('-n');
    const lines = ['Kernel IP routing table', 'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface'];
    for (const r of routes(ctx.machine.interfaces())) {
      const destination = r.prefix === 0 && !numeric ? 'default' : r.destination;
      const gateway = r.gateway ?? (numeric ? '0.0.0.0' : '*');
      lines.push(`${destination.padEnd(16)}${gateway.padEnd(16)}${netmask(r.prefix).padEnd(16)}${(r.gateway ? 'UG' : 'U').padEnd(6)}${'0'.padEnd(7)}${'0'.padEnd(7)}${'0'.padStart(3)} ${r.dev}`);
    }
    return done(lines.join('\n') + '\n');
  },
};
