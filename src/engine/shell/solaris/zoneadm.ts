/**
 * zoneadm as a shell outside the global zone's console finds it. In a non-global zone,
 * zone_list(2) returns only the zone itself, so `zoneadm list` prints that one line, its
 * path "/" (the zone sees its root as /), and every subcommand that acts on a zone is
 * refused by zoneadm.c's sanity_check: "must be in the global zone to boot a zone." (illumos-gate
 * usr/src/cmd/zoneadm/zoneadm.c). A Solaris system without zones (a VM, a server of its own)
 * has only its global zone to list. The global zone of a zones host has the console's
 * zoneadm instead (consoles/commands/zones/zoneadm.ts), which lists and drives every zone.
 */
import type { Machine } from '../../os/machine.ts';
import { runZoneadm, zoneListOutput, type Zone } from '../../consoles/commands/zones/zone-list.ts';
import { isLoopback } from '../linux/ipv4.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';

/** The zone this shell runs in: a zone sharing the global zone's IP stack has its addresses on logical interfaces (bge0:1). */
function ownZone(m: Machine): Zone {
  const zone = m.zone?.();
  if (zone === undefined) return { id: 0, name: 'global', status: 'running', path: '/', brand: 'native', ip: 'shared' };
  const shared = m.interfaces().some((n) => !isLoopback(n.name, n.ipv4) && n.name.includes(':'));
  return { id: zone.id, name: zone.name, status: 'running', path: '/', brand: 'native', ip: shared ? 'shared' : 'excl' };
}

export const ZONE_ZONEADM: Command = {
  name: 'zoneadm',
  summary: 'administer zones: list [-cipv] shows this zone',
  run(ctx, args) {
    const own = ownZone(ctx.machine);
    const prefix = (zone: string | undefined): string => (zone === undefined ? 'zoneadm: ' : `zoneadm: zone '${zone}': `);
    return runZoneadm(args, {
      list: (zone, opts) => (zone === undefined || zone === own.name ? zoneListOutput([own], opts) : done(`${prefix(zone)}No such zone configured\n`, 1)),
      power: (zone, sub) => {
        if (own.name !== 'global') return done(`${prefix(zone)}must be in the global zone to ${sub} a zone.\n`, 1);
        return done(`${prefix(zone)}${zone === 'global' ? 'operation invalid for the global zone.' : 'No such zone configured'}\n`, 1);
      },
    });
  },
};
