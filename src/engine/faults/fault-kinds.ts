/**
 * The faults a scenario, a console or the page can inject. Each kind's blast radius per
 * platform is decided in kinds/<kind>.ts; docs/model.md "Faults and blast radius" says why.
 */
export const FAULT_KINDS = [
  'guest-panic',
  'kernel-panic',
  'hypervisor-fault',
  'driver-domain-crash',
  'fork-bomb',
  'memory-hog',
  'disk-flood',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Kinds that start inside one guest, so they need a target; the others strike a layer under every guest. */
export const GUEST_FAULTS: ReadonlySet<FaultKind> = new Set(['guest-panic', 'fork-bomb', 'memory-hog', 'disk-flood']);

export function isFaultKind(s: string): s is FaultKind {
  return (FAULT_KINDS as readonly string[]).includes(s);
}
