/**
 * The layers that CPU time can be charged to (DESIGN.md §1). Every platform routes each
 * operation through some of these; the per-layer split is the product's central figure.
 */
export const LAYERS = [
  'guest-user',
  'guest-kernel',
  'vmm',
  'host-kernel',
  'hypervisor',
  'driver-domain',
  'shared-kernel',
  'idle',
] as const;

export type Layer = (typeof LAYERS)[number];
export const LAYER_COUNT = LAYERS.length;

/** Index of each layer in per-layer typed arrays. */
export const L = {
  guestUser: 0,
  guestKernel: 1,
  vmm: 2,
  hostKernel: 3,
  hypervisor: 4,
  driverDomain: 5,
  sharedKernel: 6,
  idle: 7,
} as const;
