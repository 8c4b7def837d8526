/**
 * `zlogin <zone> <command>`: runs one command in a running zone, through the shell the
 * integrator lends (ConsoleOptions.runIn). An interactive login (no command) is not
 * offered here: each guest has its own terminal for that.
 */
import { done, type Command } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { commandLine } from '../common/text.ts';
import { findZone, zoneOf } from './zones.ts';

const USAGE = 'usage: zlogin [-l username] zonename [command [argument ...]]\n';

export function zlogin(env: ConsoleEnv): Command {
  return {
    name: 'zlogin',
    summary: 'zlogin <zone> <command>: run a command in a running zone (interactive login: use the zone\'s own terminal)',
    run(_ctx, args) {
      let i = 0;
      while (args[i]?.startsWith('-') === true) {
        const flag = args[i];
        if (flag === '-l') i += 2;
        else if (flag === '-C') return done("zlogin: the zone console (-C) is not available here: use the zone's own terminal\n", 1);
        else return done(`zlogin: illegal option -- ${flag?.slice(1) ?? ''}\n${USAGE}`, 2);
      }
      const name = args[i];
      const command = args.slice(i + 1);
      if (name === undefined) return done(USAGE, 2);
      if (name === 'global') return done('zlogin: you are already in the global zone\n', 1);
      const g = findZone(env, name);
      if (g === undefined) return done(`zlogin: zone '${name}' unknown\n`, 1);
      const machine = isUp(g) ? env.manager.machineOf(g.name) : null;
      if (machine === null) return done(`zlogin: login allowed only to running zones (${g.name} is '${zoneOf(env, g).status}').\n`, 1);
      if (command.length === 0)
        return done(`zlogin: interactive login is not available in this console; run one command: zlogin ${g.name} <command>, or use the zone's own terminal\n`, 1);
      if (env.options.runIn === undefined) return done('zlogin: running commands in a zone is not available in this console\n', 1);
      return env.options.runIn(machine, commandLine(command));
    },
  };
}
