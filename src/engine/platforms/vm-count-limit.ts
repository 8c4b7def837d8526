/**
 * The most powered-on virtual machines a product runs on one host, as its vendor
 * documented it: past it a VM is not started, as the product's own management would
 * refuse it, whatever memory is free. Products for which no documented per-host figure
 * was found have none here, so only memory limits them: VMware GSX Server 3.2, VirtualBox
 * 4.3, Xen 3.0 (Red Hat's RHEL 5 Xen limits, docs access.redhat.com "Xen limitations",
 * cap paravirtual block devices per host at 254 — a device limit, not a VM count) and
 * KVM. Containers are not VMs and have no such limit.
 */
import { productFor, type Product, type ProductId } from '../consoles/products.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';

const MAX_POWERED_ON_VMS: Partial<Record<ProductId, number>> = {
  /**
   * Microsoft TechNet, "Virtual machines in Virtual Server" (technet.microsoft.com/en-us/library/cc708270.aspx):
   * "Virtual Server can support up to a maximum of 64 virtual machines."
   */
  'virtual-server-2005': 64,
  /**
   * VMware's Configuration Maximums for VI 3.5 (ESX Server 3.5): 170 VMs per host (quoted beside vSphere 4's 320 in
   * informit.com/articles/article.aspx?p=1623116&seqNum=2, table 1.2). The model stands for ESX Server 3.0; 3.5's is
   * the nearest published figure found.
   */
  'esx-server': 170,
};

/** A platform's cap on powered-on VMs: how many, and why a VM past it is refused. */
export interface VmCountLimit {
  readonly count: number;
  readonly refusal: string;
}

/** The cap of the product platform `kind` stands for in scenario `s`, as a model's `vmLimit` (empty: none documented). */
export function vmLimitOf(kind: PlatformKind, s: Scenario): { vmLimit?: VmCountLimit } {
  const product = productFor(kind, s);
  const count = product ? MAX_POWERED_ON_VMS[product.id] : undefined;
  return product && count !== undefined ? { vmLimit: { count, refusal: refusal(product, count) } } : {};
}

function refusal(product: Product, count: number): string {
  return (
    `Too many virtual machines: ${product.label} runs at most ${count} powered-on virtual machines on one host ` +
    `(its documented maximum), and ${count} are on. Stop one first, or put this guest on another host.`
  );
}
