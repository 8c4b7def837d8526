/**
 * `vzlist`: the containers, running ones by default, every one with `-a`.
 */
import { done, type Command } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { left, lines, right } from '../common/text.ts';
import { ctidOf, ipOf } from './containers.ts';

const USAGE = 'Usage: vzlist [-a] [-H]\n  -a  all containers, stopped ones too\n  -H  no header\n';

export function vzlist(env: ConsoleEnv): Command {
  return {
    name: 'vzlist',
    summary: 'Virtuozzo containers: CTID NPROC STATUS IP_ADDR HOSTNAME (-a: stopped ones too)',
    run(_ctx, args) {
      const bad = args.find((a) => !/^-[aH]+$/.test(a));
      if (bad !== undefined) return done(`vzlist: invalid option -- '${bad.replace(/^-+/, '')}'\n${USAGE}`, 1);
      const flags = args.join('');
      const shown = env.manager
        .list()
        .filter((g) => flags.includes('a') || isUp(g))
        .sort((a, b) => a.id - b.id);
      if (shown.length === 0) return done('Container(s) not found\n', 1);
      const row = (ctid: string, nproc: string, status: string, ip: string, host: string): string =>
        `${right(ctid, 10)} ${right(nproc, 10)} ${left(status, 9)} ${left(ip, 15)} ${host}`;
      return done(
        lines([
          ...(flags.includes('H') ? [] : [row('CTID', 'NPROC', 'STATUS', 'IP_ADDR', 'HOSTNAME')]),
          ...shown.map((g) => {
            const m = isUp(g) ? env.manager.machineOf(g.name) : null;
            return row(String(ctidOf(g)), m === null ? '-' : String(m.processes().length), isUp(g) ? 'running' : 'stopped', ipOf(env.manager, g), m?.hostname ?? g.name);
          }),
        ]),
      );
    },
  };
}
