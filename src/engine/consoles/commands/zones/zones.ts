/**
 * Solaris zones as the global zone's tools see them: the global zone first (ID 0, path
 * /), then every non-global zone. A running (or booting) guest is a running zone; a
 * stopped one is installed; one the platform refuses stays only configured.
 */
import { done, type CommandContext, type CommandOutcome } from '../../../shell/command.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { findGuest, isUp } from '../common/guests.ts';
import { intIn } from '../common/text.ts';
import { refreshing } from '../common/refresh.ts';

export interface Zone {
  readonly id: number | null;
  readonly name: string;
  readonly status: 'running' | 'installed' | 'configured';
  readonly path: string;
  readonly brand: 'native';
  readonly ip: 'shared' | 'excl';
}

export const zonePath = (name: string): string => `/zones/${name}`;

/** Sizes as prstat and rcapstat print them: K, then M, G, T once the number would pass four digits. */
export function solarisSize(kib: number): string {
  let n = Math.round(kib);
  let tag = 0;
  while (n >= 10000 && tag < 3) {
    n = Math.round(n / 1024);
    tag++;
  }
  return `${n}${'KMGT'[tag] ?? 'T'}`;
}

/** Shared-IP zones use the global zone's IP stack (host networking); any other network is an exclusive IP stack. */
export function ipType(env: ConsoleEnv): 'shared' | 'excl' {
  const network = env.options.scenario?.platforms.container.network ?? (env.product.platform === 'container' ? env.product.options.network : 'host');
  return network === 'host' ? 'shared' : 'excl';
}

export function zoneOf(env: ConsoleEnv, g: ManagedGuest): Zone {
  const status = isUp(g) ? 'running' : g.state === 'refused' ? 'configured' : 'installed';
  return { id: isUp(g) ? g.id : null, name: g.name, status, path: zonePath(g.name), brand: 'native', ip: ipType(env) };
}

export function zones(env: ConsoleEnv): readonly Zone[] {
  const global: Zone = { id: 0, name: 'global', status: 'running', path: '/', brand: 'native', ip: 'shared' };
  return [global, ...env.manager.list().map((g) => zoneOf(env, g))];
}

/** The non-global zone of this name. */
export function findZone(env: ConsoleEnv, name: string): ManagedGuest | undefined {
  return findGuest(env.manager, name);
}

/**
 * A Solaris monitor's `[interval [count]]` (prstat, rcapstat): one report and done for a
 * count of 1, else a report every interval seconds (default 5) until `count` or `q`; the
 * usage error (status 2) for anything else. `frame(index)` is the report, counted from 0.
 */
export function solarisMonitor(
  ctx: CommandContext,
  tool: string,
  numbers: readonly string[],
  usage: string,
  fullScreen: boolean,
  frame: (index: number) => string,
): CommandOutcome {
  if (numbers.length > 2) return done(usage, 2);
  const interval = numbers[0] === undefined ? 5 : intIn(numbers[0], 1, 86_400);
  const count = numbers[1] === undefined ? null : intIn(numbers[1], 1, 1_000_000);
  if (interval === null || (numbers[1] !== undefined && count === null)) return done(`${tool}: interval and count are positive whole numbers\n${usage}`, 2);
  if (count === 1) return done(frame(0));
  return {
    kind: 'running',
    run: refreshing({ startNs: ctx.machine.now(), intervalNs: interval * 1e9, count, fullScreen, quitKey: true, frame: (_now, index) => frame(index) }),
  };
}
