/**
 * How each product moves a running guest to another host, and the layer that does the
 * work. Live pre-copy: Xen 3.0 (`xm migrate --live`, Clark et al., NSDI 2005), ESX with
 * VMotion (driven from VirtualCenter; Nelson et al., USENIX ATC 2005), KVM (`virsh
 * migrate --live`), VirtualBox 3.1+ (teleporting). The hosted server products of 2005 —
 * GSX Server and Virtual Server 2005 — had no live migration: a VM was suspended, its
 * files moved and resumed (stop-and-copy). Containers: Virtuozzo/OpenVZ checkpoint and
 * restore a running container (`vzmigrate --online`); Docker checkpoints through CRIU
 * (experimental, `docker checkpoint`); Solaris 10 zones move cold (`zoneadm detach`,
 * then `attach` and boot on the other host): the processes restart. Native: nothing to
 * move an OS on bare hardware with.
 */
import { QEMU_MAX_DOWNTIME_NS, VMOTION_SWITCHOVER_NS } from '../calibration/migration-costs.ts';
import { productFor } from '../consoles/products.ts';
import type { Layer } from '../metrics/layers.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';

/** When a pre-copy stops iterating: Xen's fixed rules, or a downtime target. */
export type PreCopyPolicy = { readonly rule: 'xen' } | { readonly rule: 'downtime-target'; readonly targetNs: number };

export type MigrationMethod =
  | { readonly kind: 'pre-copy'; readonly policy: PreCopyPolicy; readonly how: string; readonly layers: readonly Layer[] }
  | { readonly kind: 'stop-and-copy'; readonly how: string; readonly layers: readonly Layer[] }
  | { readonly kind: 'checkpoint-restore'; readonly how: string; readonly layers: readonly Layer[] }
  | { readonly kind: 'cold-restart'; readonly how: string; readonly layers: readonly Layer[] }
  | { readonly kind: 'not-applicable'; readonly how: string };

export function migrationMethod(kind: PlatformKind, s: Scenario): MigrationMethod {
  const product = productFor(kind, s);
  switch (product?.id) {
    case undefined:
      return { kind: 'not-applicable', how: 'An OS on bare hardware has no layer under it to copy its memory and move it: the workload must be stopped and started on the other machine.' };
    case 'xen':
      return { kind: 'pre-copy', policy: { rule: 'xen' }, how: 'xm migrate --live: xc_linux_save in dom0 copies pages in rounds (log-dirty shadow mode)', layers: ['driver-domain'] };
    case 'esx-server':
      return { kind: 'pre-copy', policy: { rule: 'downtime-target', targetNs: VMOTION_SWITCHOVER_NS }, how: 'VMotion, started from VirtualCenter: the vmkernel pre-copies, then quiesces the VM', layers: ['hypervisor'] };
    case 'kvm':
      return { kind: 'pre-copy', policy: { rule: 'downtime-target', targetNs: QEMU_MAX_DOWNTIME_NS }, how: 'virsh migrate --live: qemu pre-copies until the rest fits in max_downtime', layers: ['hypervisor'] };
    case 'virtualbox':
      return { kind: 'pre-copy', policy: { rule: 'downtime-target', targetNs: VMOTION_SWITCHOVER_NS }, how: 'VBoxManage controlvm <vm> teleport: the VM process pre-copies over TCP', layers: ['vmm', 'host-kernel'] };
    case 'gsx-server':
    case 'virtual-server-2005':
      return { kind: 'stop-and-copy', how: `${product.label} has no live migration: suspend, copy the memory, resume on the other host`, layers: ['vmm', 'host-kernel'] };
    case 'virtuozzo':
      return { kind: 'checkpoint-restore', how: 'vzmigrate --online: freeze, dump the processes (CPT), copy, restore', layers: ['shared-kernel'] };
    case 'docker':
      return { kind: 'checkpoint-restore', how: 'docker checkpoint (CRIU, experimental): freeze, dump, copy, restore', layers: ['shared-kernel'] };
    case 'solaris-containers':
      return { kind: 'cold-restart', how: 'zoneadm detach / attach: the zone halts, moves and boots again; its processes restart', layers: ['shared-kernel'] };
  }
}
