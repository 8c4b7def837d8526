/**
 * The edits the scenario editor makes to its draft, as pure functions (a new draft each
 * time). The draft may be invalid while it is edited — a number field being typed in may
 * be NaN — and parseScenario says so; these functions never validate.
 */
import type { Scenario } from '../../../engine/index.ts';
import { applyProduct, productFor } from '../../../engine/consoles/products.ts';
import type { VirtualPlatform } from './scenario-options.ts';

export type Draft = Scenario;
type Guest = Scenario['guests'][number];

export function setHost<K extends keyof Scenario['host']>(d: Draft, key: K, value: Scenario['host'][K]): Draft {
  return { ...d, host: { ...d.host, [key]: value } };
}

export function setGuest(d: Draft, index: number, patch: Partial<Guest>): Draft {
  return { ...d, guests: d.guests.map((g, i) => (i === index ? { ...g, ...patch } : g)) };
}

export function setWorkload(d: Draft, index: number, kind: Guest['workload']['kind']): Draft {
  return { ...d, guests: d.guests.map((g, i) => (i === index ? { ...g, workload: { kind } } : g)) };
}

/** A name no guest has yet: guest1, guest2, … */
export function freshGuestName(d: Draft): string {
  const taken = new Set(d.guests.map((g) => g.name.toLowerCase()));
  let n = d.guests.length + 1;
  while (taken.has(`guest${n}`)) n++;
  return `guest${n}`;
}

/** Adds a guest like the last one (or a small Linux guest), under a fresh name. */
export function addGuest(d: Draft): Draft {
  const last = d.guests.at(-1);
  const base: Guest = last ? { ...last, workload: { ...last.workload } } : { name: '', os: 'linux', vcpus: 1, memoryMiB: 1024, workload: { kind: 'web-server' } };
  return { ...d, guests: [...d.guests, { ...base, name: freshGuestName(d) }] };
}

export function removeGuest(d: Draft, index: number): Draft {
  return { ...d, guests: d.guests.filter((_, i) => i !== index) };
}

/**
 * Sets one option of a platform. The platform then no longer is exactly a named product, so
 * the product name is dropped (the engine infers the product from the options). An empty
 * value removes an optional option (the engine's default applies).
 */
export function setPlatformOption(d: Draft, kind: VirtualPlatform, key: string, value: string): Draft {
  const current: Record<string, unknown> = { ...d.platforms[kind] };
  delete current.product;
  if (value === '') delete current[key];
  else current[key] = value;
  return { ...d, platforms: { ...d.platforms, [kind]: current } };
}

/**
 * The product a platform stands for, as its column names it: the one the scenario names, else
 * the one its options describe (the presets name none: their options are VirtualBox's, Xen's,
 * Docker's). A name the engine refuses is shown as it is, for its error beside the field.
 */
export function shownProduct(d: Draft, kind: VirtualPlatform): string {
  const named: unknown = (d.platforms[kind] as { readonly product?: unknown }).product;
  return typeof named === 'string' ? named : (productFor(kind, d)?.id ?? '');
}

/** Configures a platform as a product (the engine's applyProduct), naming it. */
export function chooseProduct(d: Draft, kind: VirtualPlatform, productId: string): Draft {
  const applied = applyProduct(d, kind, productId);
  return { ...applied, platforms: { ...applied.platforms, [kind]: { ...applied.platforms[kind], product: productId } } };
}
