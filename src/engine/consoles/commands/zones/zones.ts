/**
 * Solaris zones as the global zone's tools see them: the global zone first (ID 0, path
 * /), then every non-global zone. A running (or booting) guest is a running zone; a
 * stopped one is installed; one the platform refuses stays only configured.
 */
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { findGuest, isUp } from '../common/guests.ts';
import type { Zone } from './zone-list.ts';


export const zonePath = (name: string): string => `/zones/${name}`;

/** Shared-IP zones use the global zone's IP stack (host networking); any other network is an exclusive IP stack. */
export function ipType(env: ConsoleEnv): 'shared' | 'excl' {
  const network = env.options.scenario?.platforms.container.network ?? (env.product.platform === 'container' ? env.product.options.network : 'host');
  return network === 'host' ? 'shared' : 'excl';
}

export function zoneOf(env: ConsoleEnv, g: ManagedGuest): Zone {
  // A booting zone is ready (its virtual platform set up) until its init runs; zlogin wants it running.
  const status = g.state === 'booting' ? 'ready' : isUp(g) ? 'running' : g.state === 'refused' ? 'configured' : 'installed';
  return { id: isUp(g) ? g.domainId : null, name: g.name, status, path: zonePath(g.name), brand: 'native', ip: ipType(env) };
}

export function zones(env: ConsoleEnv): readonly Zone[] {
  const global: Zone = { id: 0, name: 'global', status: 'running', path: '/', brand: 'native', ip: 'shared' };
  return [global, ...env.manager.list().map((g) => zoneOf(env, g))];
}

/** The non-global zone of this name. */
export function findZone(env: ConsoleEnv, name: string): ManagedGuest | undefined {
  return findGuest(env.manager, name);
}
