/**
 * What the BIOS of the machine under Windows calls itself (SMBIOS manufacturer and model,
 * as systeminfo shows them), inferred from the hypervisor the CPU reports — the strings
 * each product's virtual BIOS carries. The Machine does not expose the physical server's
 * strings, so bare metal shows a generic board's.
 */
import type { Machine } from '../../os/machine.ts';

export interface SystemIdentity {
  readonly manufacturer: string;
  readonly model: string;
}

export function systemIdentity(m: Machine): SystemIdentity {
  const vendor = (m.cpu().hypervisorVendor ?? m.virtualization()).toLowerCase();
  if (vendor.includes('vmware')) return { manufacturer: 'VMware, Inc.', model: 'VMware Virtual Platform' };
  if (vendor.includes('microsoft')) return { manufacturer: 'Microsoft Corporation', model: 'Virtual Machine' };
  if (vendor.includes('xen')) {
    return { manufacturer: 'Xen', model: m.cpu().virtualizationType === 'para' ? 'paravirtualized domU' : 'HVM domU' };
  }
  if (vendor.includes('kvm')) return { manufacturer: 'QEMU', model: 'Standard PC (i440FX + PIIX, 1996)' };
  if (vendor.includes('oracle') || vendor.includes('virtualbox')) return { manufacturer: 'innotek GmbH', model: 'VirtualBox' };
  return { manufacturer: 'System manufacturer', model: 'System Product Name' };
}
