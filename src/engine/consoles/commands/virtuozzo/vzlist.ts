/**
 * `vzlist`: the containers, running ones by default, every one with `-a` (one still starting
 * is `mounted`: its private area is, its init is not running yet); `-o` picks the
 * columns (ctid, numproc, status, ip, hostname, name, laverage — each container's own load
 * average, which OpenVZ's kernel keeps apart).
 */
import { done, type Command } from '../../../shell/command.ts';
import type { Machine } from '../../../os/machine.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { vzStatus } from './containers.ts';
import { left, lines, right } from '../common/text.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import { ctidOf, ipOf } from './containers.ts';

const USAGE = 'Usage: vzlist [-a] [-H] [-o field[,field...]]\n  -a  all containers, stopped ones too\n  -H  no header\n  -o  the columns: ctid, numproc, status, ip, hostname, name, laverage\n';

interface Field {
  readonly header: string;
  readonly width: number;
  readonly alignRight: boolean;
  readonly value: (env: ConsoleEnv, g: ManagedGuest, m: Machine | null) => string;
}

const FIELDS: Readonly<Record<string, Field>> = {
  ctid: { header: 'CTID', width: 10, alignRight: true, value: (_e, g) => String(ctidOf(g)) },
  numproc: { header: 'NPROC', width: 10, alignRight: true, value: (_e, _g, m) => (m === null ? '-' : String(m.processes().length)) },
  status: { header: 'STATUS', width: 9, alignRight: false, value: (_e, g) => vzStatus(g) },
  ip: { header: 'IP_ADDR', width: 15, alignRight: false, value: (e, g) => ipOf(e.manager, g) },
  hostname: { header: 'HOSTNAME', width: 0, alignRight: false, value: (_e, g, m) => m?.hostname ?? g.name },
  name: { header: 'NAME', width: 10, alignRight: false, value: (_e, g) => g.name },
  laverage: { header: 'LAVERAGE', width: 14, alignRight: true, value: (_e, _g, m) => (m === null ? '-' : m.loadAverage().map((x) => x.toFixed(2)).join('/')) },
};

const DEFAULT_FIELDS = ['ctid', 'numproc', 'status', 'ip', 'hostname'];

export function vzlist(env: ConsoleEnv): Command {
  return {
    name: 'vzlist',
    summary: 'Virtuozzo containers: CTID NPROC STATUS IP_ADDR HOSTNAME (-a: stopped ones too; -o ctid,laverage …)',
    run(_ctx, args) {
      let fields = DEFAULT_FIELDS;
      const flags: string[] = [];
      for (let i = 0; i < args.length; i++) {
        const a = args[i] ?? '';
        if (a === '-o') {
          const list = args[++i];
          if (list === undefined) return done(`vzlist: option requires an argument -- 'o'\n${USAGE}`, 1);
          fields = list.split(',');
          const unknown = fields.find((f) => !Object.hasOwn(FIELDS, f));
          if (unknown !== undefined) return done(`Unknown field: ${unknown}\n`, 1);
        } else if (/^-[aH]+$/.test(a)) flags.push(a);
        else return done(`vzlist: invalid option -- '${a.replace(/^-+/, '')}'\n${USAGE}`, 1);
      }
      const all = flags.join('');
      const shown = env.manager
        .list()
        .filter((g) => all.includes('a') || g.state === 'running')
        .sort((a, b) => a.id - b.id);
      if (shown.length === 0) return done('Container(s) not found\n', 1);
      const columns = fields.map((f) => FIELDS[f] as Field);
      const row = (cells: readonly string[]): string =>
        cells.map((c, i) => {
          const f = columns[i] as Field;
          return f.alignRight ? right(c, f.width) : i === cells.length - 1 ? c : left(c, f.width);
        }).join(' ');
      return done(
        lines([
          ...(all.includes('H') ? [] : [row(columns.map((f) => f.header))]),
          ...shown.map((g) => {
            const m = isUp(g) ? env.manager.machineOf(g.name) : null;
            return row(columns.map((f) => f.value(env, g, m)));
          }),
        ]),
      );
    },
  };
}
