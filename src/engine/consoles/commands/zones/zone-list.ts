/**
 * zoneadm's command line and `zoneadm list`'s output, wherever it runs: names alone, `-p`'s colon-separated fields,
 * or `-v`'s table (zoneadm.c's zone_print: "%*s %-16s %-10s %-30s %-8s %-6s" under ID NAME
 * STATUS PATH BRAND IP, Solaris 10 8/07 and later). The global zone's zoneadm lists every
 * zone (zoneadm.ts); a non-global zone's lists only itself (shell/solaris/zoneadm.ts).
 */
import { done, type CommandDone } from '../../../shell/command.ts';
import { left, lines, right } from '../common/text.ts';

export interface Zone {
  readonly id: number | null;
  readonly name: string;
  readonly status: 'running' | 'ready' | 'installed' | 'configured';
  readonly path: string;
  readonly brand: 'native';
  readonly ip: 'shared' | 'excl';
}

/** zoneadm's usage, the subcommands this model offers. */
export const USAGE = lines(['usage:\tzoneadm [-z <zone>] <subcommand>', '', 'Subcommands:', '', '\tlist [-cipv]', '\tboot', '\thalt']);

const LIST_USAGE = 'usage:\tzoneadm list [-cipv]\n';

/** Whether `opts` are list's options (`-c`, `-i`, `-p`, `-v`, combined as the user likes). */
function listOptionsValid(opts: readonly string[]): boolean {
  return opts.every((o) => /^-[cipv]+$/.test(o));
}

export function zoneListOutput(shown: readonly Zone[], opts: readonly string[]): CommandDone {
  const flags = opts.join('');
  if (flags.includes('p')) return done(lines(shown.map((z) => `${z.id ?? '-'}:${z.name}:${z.status}:${z.path}::${z.brand}:${z.ip}`)));
  if (!flags.includes('v')) return done(lines(shown.map((z) => z.name)));
  const row = (z: Zone | null): string =>
    z === null
      ? `${right('ID', 4)} ${left('NAME', 16)} ${left('STATUS', 10)} ${left('PATH', 30)} ${left('BRAND', 8)} IP`
      : `${right(z.id ?? '-', 4)} ${left(z.name, 16)} ${left(z.status, 10)} ${left(z.path, 30)} ${left(z.brand, 8)} ${z.ip}`;
  return done(lines([row(null), ...shown.map(row)]));
}

/** What a zoneadm does with a list or a boot/halt, given `-z`'s zone (undefined without it). */
export interface ZoneadmActions {
  list(zone: string | undefined, opts: readonly string[]): CommandDone;
  power(zone: string | undefined, sub: 'boot' | 'halt', opts: readonly string[]): CommandDone;
}

/** zoneadm's `[-z <zone>] <subcommand>` and the subcommands' words common to every zone. */
export function runZoneadm(args: readonly string[], actions: ZoneadmActions): CommandDone {
  let zone: string | undefined;
  let rest = args;
  if (args[0] === '-z') {
    zone = args[1];
    if (zone === undefined) return done(`zoneadm: option requires an argument -- z\n${USAGE}`, 2);
    rest = args.slice(2);
  }
  const [sub, ...opts] = rest;
  switch (sub) {
    case 'list':
      return listOptionsValid(opts) ? actions.list(zone, opts) : done(`zoneadm: list: illegal option\n${LIST_USAGE}`, 2);
    case 'boot':
    case 'halt':
      return actions.power(zone, sub, opts);
    case 'help':
      return done(USAGE);
    case undefined:
      return done(USAGE, 2);
    default:
      return done(`zoneadm: unknown subcommand '${sub}'\n${USAGE}`, 2);
  }
}
