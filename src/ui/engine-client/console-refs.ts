/**
 * The consoles a scenario has: one per guest per platform, plus each platform's management
 * console, named as the product calls it (Xen's dom0, ESX's service console, the global zone…).
 */
import { MANAGER, PLATFORM_KINDS, type PlatformKind, type Scenario } from '../../engine/index.ts';
import { productFor, type ProductId } from '../../engine/consoles/products.ts';
import type { ConsoleRef } from '../store/playground-state.ts';

/** What each product's management host is called. */
const MANAGER_NAMES: Readonly<Record<ProductId, string>> = {
  'virtual-server-2005': 'host OS',
  'gsx-server': 'host OS',
  virtualbox: 'host OS',
  xen: 'dom0',
  'esx-server': 'service console',
  kvm: 'KVM host',
  'solaris-containers': 'global zone',
  virtuozzo: 'hardware node',
  docker: 'Docker host',
};

/** The name of a platform's management console in this scenario ("dom0", "host OS", "host"). */
export function managerName(kind: PlatformKind, scenario: Scenario): string {
  const product = productFor(kind, scenario);
  return product ? MANAGER_NAMES[product.id] : 'host';
}

export function consoleKey(platform: PlatformKind, target: string): string {
  return `${platform}:${target}`;
}

/** Splits "bare-metal:web1" into its platform and target; null for a key that names no platform. */
export function parseConsoleKey(key: string): { platform: PlatformKind; target: string } | null {
  const at = key.indexOf(':');
  if (at < 0) return null;
  const platform = PLATFORM_KINDS.find((k) => k === key.slice(0, at));
  const target = key.slice(at + 1);
  return platform && target ? { platform, target } : null;
}

/** Every console of the scenario: per platform, each guest then the manager. */
export function consoleRefs(scenario: Scenario): ConsoleRef[] {
  return PLATFORM_KINDS.flatMap((platform) => [
    ...scenario.guests.map((g) => ({ key: consoleKey(platform, g.name), platform, target: g.name, title: `${g.name} · ${platform}` })),
    { key: consoleKey(platform, MANAGER), platform, target: MANAGER, title: `${managerName(platform, scenario)} · ${platform}` },
  ]);
}
