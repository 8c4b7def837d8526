/**
 * zonename: the zone this shell runs in — "global" on a Solaris system of its own (a
 * management host, a VM), the zone's name inside a Solaris Container, where the zone is
 * named after its host name.
 */
import type { Machine } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';

export const GLOBAL_ZONE = 'global';

export function zoneName(m: Machine): string {
  return m.role === 'guest' && m.virtualization() === 'zone' ? m.hostname : GLOBAL_ZONE;
}

export const ZONENAME: Command = {
  name: 'zonename',
  summary: 'print the name of the current zone',
  run(ctx, args) {
    if (args.length > 0) return done('usage: zonename\n', 2);
    return done(zoneName(ctx.machine) + '\n');
  },
};
