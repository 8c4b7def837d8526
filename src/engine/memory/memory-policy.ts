/**
 * How each platform copes when its guests' memory exceeds the host's: which reclaim
 * mechanisms the product has (page sharing, ballooning), where its overflow goes (a swap
 * file per VM, the host OS's swap, nowhere), and whether it refuses to overcommit at all.
 * Defaults come from the product (docs/model.md, "Memory under pressure"); a scenario's
 * `platforms.<hosted|bare-metal>.memory` turns sharing and ballooning on or off.
 */
import { productFor, type ProductId } from '../consoles/products.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';

export interface MemoryPolicy {
  /** VMs (whole reserved memory, a kernel each) or processes on one kernel (containers, native). */
  readonly guests: 'vm' | 'process';
  /** Identical pages of VMs booted from the same OS image are kept once. */
  readonly pageSharing: boolean;
  /** A balloon driver in each VM gives its unused memory and page cache back first. */
  readonly ballooning: boolean;
  /**
   * Where memory that still does not fit goes: `vm-swap-file` (ESX: a swap file per VM, as
   * large as the VM), `host-swap` (the host OS's swap space, then its OOM killer), or
   * `refuse` (no overcommit: a guest that does not fit is not started).
   */
  readonly overflow: 'vm-swap-file' | 'host-swap' | 'refuse';
  /**
   * What a guest's `limits.memoryMiB` does: `oom-kill` (a Linux memory cgroup: past it the
   * cgroup's OOM killer kills among its own processes), `page-out` (a Solaris zone's
   * capped-memory: rcapd pages the zone's excess out to swap), or `none` (native, VMs).
   */
  readonly limit: 'oom-kill' | 'page-out' | 'none';
  /**
   * The kernel reserves swap for anonymous memory when it is mapped and refuses a mapping it
   * has no room for (Solaris' swapfs), rather than overcommitting and OOM-killing later (Linux).
   */
  readonly reservesSwap: boolean;
}

interface ProductMemory {
  readonly pageSharing: boolean;
  readonly ballooning: boolean;
  readonly overflow: MemoryPolicy['overflow'];
}

/**
 * Per product (sources in docs/calibration.md §17): ESX shares pages transparently and
 * balloons (vmmemctl) before swapping to each VM's swap file; KVM merges pages with KSM
 * (Linux 2.6.32) and swaps through the host, its virtio balloon driven only by hand (virsh setmem); Xen 3
 * and Virtual Server do not overcommit; GSX Server and VirtualBox leave overflow to the
 * host OS's swap.
 */
const VM_PRODUCTS: Readonly<Record<Exclude<ProductId, 'solaris-containers' | 'virtuozzo' | 'docker'>, ProductMemory>> = {
  'esx-server': { pageSharing: true, ballooning: true, overflow: 'vm-swap-file' },
  kvm: { pageSharing: true, ballooning: false, overflow: 'host-swap' },
  xen: { pageSharing: false, ballooning: false, overflow: 'refuse' },
  'virtual-server-2005': { pageSharing: false, ballooning: false, overflow: 'refuse' },
  'gsx-server': { pageSharing: false, ballooning: false, overflow: 'host-swap' },
  virtualbox: { pageSharing: false, ballooning: false, overflow: 'host-swap' },
};

export function memoryPolicy(scenario: Scenario, kind: PlatformKind): MemoryPolicy {
  if (kind === 'native' || kind === 'container') {
    const solaris = kind === 'container' && scenario.platforms.container.hostOs === 'solaris';
    const limit = kind === 'native' ? 'none' : solaris ? 'page-out' : 'oom-kill';
    return { guests: 'process', pageSharing: false, ballooning: false, overflow: 'host-swap', limit, reservesSwap: solaris };
  }
  const product = productFor(kind, scenario);
  const defaults = product && product.id in VM_PRODUCTS ? VM_PRODUCTS[product.id as keyof typeof VM_PRODUCTS] : VM_PRODUCTS['gsx-server'];
  const set = scenario.platforms[kind].memory;
  return {
    guests: 'vm',
    pageSharing: set?.pageSharing ?? defaults.pageSharing,
    ballooning: set?.ballooning ?? defaults.ballooning,
    overflow: defaults.overflow,
    limit: 'none',
    reservesSwap: false,
  };
}
