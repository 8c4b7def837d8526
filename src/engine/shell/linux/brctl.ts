/**
 * `brctl show` (bridge-utils 1.x): each bridge, its id (priority 8000 and the bridge's MAC),
 * whether it runs spanning tree, and its ports, from machine.interfaces().
 */
import type { Command } from '../command.ts';
import { done } from '../command.ts';

const USAGE = 'Usage: brctl [commands]\ncommands:\n\tshow\t\t\tshow a list of bridges\n';

export const BRCTL: Command = {
  name: 'brctl',
  summary: 'show the ethernet bridges and their ports',
  run(ctx, args) {
    if (args[0] !== 'show') return done(USAGE, args.length === 0 ? 0 : 1);
    const nics = ctx.machine.interfaces();
    const lines = ['bridge name\tbridge id\t\tSTP enabled\tinterfaces'];
    for (const bridge of nics.filter((n) => n.isBridge)) {
      const ports = nics.filter((n) => n.bridge === bridge.name).map((n) => n.name);
      const id = `8000.${bridge.mac.replaceAll(':', '')}`;
      lines.push(`${bridge.name}\t\t${id}\tno\t\t${ports[0] ?? ''}`);
      for (const port of ports.slice(1)) lines.push(`\t\t\t\t\t\t\t${port}`);
    }
    return done(lines.join('\n') + '\n');
  },
};
