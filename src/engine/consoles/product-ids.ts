/**
 * The products' names, as a scenario may give them (platforms.<kind>.product): the
 * scenario schema's vocabulary. What each product is lives in products.ts.
 */
export const PRODUCT_IDS = [
  'virtual-server-2005',
  'gsx-server',
  'virtualbox',
  'xen',
  'esx-server',
  'kvm',
  'solaris-containers',
  'virtuozzo',
  'docker',
] as const;
export type ProductId = (typeof PRODUCT_IDS)[number];
