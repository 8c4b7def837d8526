/**
 * What a fault's blast radius depends on: which layers sit under the guests on this
 * platform (a host OS, a hypervisor, a driver domain, a shared kernel) and what they are called.
 */
import { productFor } from '../consoles/products.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';

export interface PlatformFacts {
  readonly kind: PlatformKind;
  /** The product the platform stands for, e.g. "Xen 3.0"; the kind for native. */
  readonly label: string;
  readonly productId: string | null;
  /** Bare-metal only: Xen's split drivers in dom0, or ESX's drivers in the vmkernel. */
  readonly style: 'xen' | 'esx' | null;
}

export function platformFacts(kind: PlatformKind, scenario: Scenario): PlatformFacts {
  const product = productFor(kind, scenario);
  return {
    kind,
    label: product?.label ?? 'native',
    productId: product?.id ?? null,
    style: kind === 'bare-metal' ? scenario.platforms['bare-metal'].style : null,
  };
}

/** KVM is the Linux kernel made a hypervisor: its host kernel is the layer under every VM. */
export function kernelIsHypervisor(p: PlatformFacts): boolean {
  return p.productId === 'kvm';
}
