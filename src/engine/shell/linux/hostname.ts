/**
 * hostname: prints the machine's name (-s short, -i its addresses). The name is the
 * scenario's, so setting it is refused as in an unprivileged container.
 */
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { parseFlags } from './flags.ts';

export const HOSTNAME: Command = {
  name: 'hostname',
  summary: "show the system's host name",
  run(ctx, args) {
    const parsed = parseFlags(args, 'sfi', { short: 's', fqdn: 'f', 'ip-address': 'i' });
    if (parsed.bad !== null) {
      return done(`hostname: invalid option -- '${parsed.bad.replace(/^-+/, '')}'\nUsage: hostname [-s|-f|-i] [name]\n`, 1);
    }
    if (parsed.operands.length > 0) return done('hostname: you must be root to change the host name\n', 1);
    const name = ctx.machine.hostname;
    if (parsed.flags.has('i')) {
      const addresses = ctx.machine.interfaces().filter((i) => i.ipv4 !== '' && !i.ipv4.startsWith('127.'));
      return done(addresses.map((i) => i.ipv4).join(' ') + '\n');
    }
    return done((parsed.flags.has('s') ? (name.split('.')[0] ?? name) : name) + '\n');
  },
};
