/**
 * `zoneadm`: lists the zones (`list [-cipv]`) and boots or halts one (`-z <zone>
 * boot|halt`). Layout and messages as Solaris 10 8/07, the release that added the BRAND
 * and IP columns.
 */
import { done, type Command, type CommandDone } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { runZoneadm, USAGE, zoneListOutput } from './zone-list.ts';
import { findZone, zones } from './zones.ts';

export function zoneadm(env: ConsoleEnv): Command {
  return {
    name: 'zoneadm',
    summary: 'Solaris zones: list [-cipv]; -z <zone> boot|halt',
    run: (_ctx, args) =>
      runZoneadm(args, {
        list: (zone, opts) => list(env, zone, opts),
        power: (zone, sub, opts) => {
          if (opts.length > 0) return done(`zoneadm: ${sub}: unexpected argument '${opts[0] ?? ''}'\n${USAGE}`, 2);
          return zone === undefined ? done(`zoneadm: subcommand '${sub}' requires a zone name: zoneadm -z <zone> ${sub}\n`, 2) : power(env, zone, sub);
        },
      }),
  };
}

function list(env: ConsoleEnv, only: string | undefined, opts: readonly string[]): CommandDone {
  const flags = opts.join('');
  const all = flags.includes('c');
  const installed = flags.includes('i');
  let shown = zones(env).filter((z) => z.status === 'running' || z.status === 'ready' || all || (installed && z.status === 'installed'));
  if (only !== undefined) {
    const z = zones(env).find((x) => x.name === only);
    if (z === undefined) return done(`zoneadm: zone '${only}': No such zone configured\n`, 1);
    shown = [z];
  }
  return zoneListOutput(shown, opts);
}

function power(env: ConsoleEnv, name: string, sub: 'boot' | 'halt'): CommandDone {
  const prefix = `zoneadm: zone '${name}': `;
  if (name === 'global') return done(`${prefix}operation invalid for the global zone.\n`, 1);
  const g = findZone(env, name);
  if (g === undefined) return done(`${prefix}No such zone configured\n`, 1);
  if (sub === 'boot') {
    if (isUp(g)) return done(`${prefix}zone is already booted\n`, 1);
    if (g.state === 'refused') return done(`${prefix}must be installed before boot.\n${g.reason ?? ''}\n`, 1);
    const err = env.manager.start(g.name);
    return err === null ? done('') : done(`${prefix}${err}\n`, 1);
  }
  if (!isUp(g)) return done(`${prefix}zone is not running\n`, 1);
  const err = env.manager.stop(g.name);
  return err === null ? done('') : done(`${prefix}${err}\n`, 1);
}

/** `zonename`: the zone this shell runs in — the console is the global zone. */
export const zonename: Command = {
  name: 'zonename',
  summary: 'print the name of the current zone (global)',
  run: () => done('global\n'),
};
