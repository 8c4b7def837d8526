/**
 * The kernel modules a Linux machine has loaded for its (virtual) hardware, as udev and the
 * initrd load them for the devices the kernel finds: the driver of the controller its disk
 * hangs on (from the disk's device name and the PCI bus: xvda is Xen's block front end, vda
 * virtio's, sda the LSI, AHCI, PIIX or MegaRAID controller lspci shows, hda IDE, which the
 * kernel has built in), its NICs' drivers, virtio's bus and balloon where lspci shows them,
 * and its file systems' (ext3 with its journal layer). Modules are listed most recent first,
 * as /proc/modules has them, each with the modules that use it.
 *
 * Sizes are the one figure here not from the model: each is what a public lsmod capture of a
 * 2.6 kernel of the era shows for that module (RHEL 6 KVM, VirtualBox and Xen guests; VMware
 * and desktop guests of 2.6.2x Ubuntu), the same whichever 2.6 kernel the guest runs.
 */
import type { Machine } from '../../os/machine.ts';

interface ModuleInfo {
  readonly size: number;
  /** Modules it needs, loaded before it. */
  readonly needs?: readonly string[];
}

const VIRTIO_CORE = ['virtio', 'virtio_ring'];

export const MODULES: Readonly<Record<string, ModuleInfo>> = {
  virtio: { size: 5639 },
  virtio_ring: { size: 8891 },
  virtio_pci: { size: 7512, needs: VIRTIO_CORE },
  virtio_blk: { size: 7132, needs: VIRTIO_CORE },
  virtio_net: { size: 21970, needs: VIRTIO_CORE },
  virtio_balloon: { size: 4798, needs: VIRTIO_CORE },
  xen_blkfront: { size: 15495 },
  xen_netfront: { size: 18905 },
  ahci: { size: 42215 },
  ata_piix: { size: 24409 },
  megaraid_sas: { size: 38618 },
  scsi_transport_spi: { size: 30630 },
  mptbase: { size: 102904 },
  mptscsih: { size: 44457, needs: ['mptbase'] },
  mptspi: { size: 22738, needs: ['scsi_transport_spi', 'mptbase', 'mptscsih'] },
  mii: { size: 4393 },
  pcnet32: { size: 31603, needs: ['mii'] },
  '8139cp': { size: 24832, needs: ['mii'] },
  tulip: { size: 51872 },
  tg3: { size: 109600 },
  vmxnet: { size: 20808 },
  jbd: { size: 65315 },
  ext3: { size: 203718, needs: ['jbd'] },
};

export interface LoadedModule {
  readonly name: string;
  readonly size: number;
  /** Its use count: the modules that need it, or what it serves (mounted file systems, open disks). */
  readonly used: number;
  /** The loaded modules that need it, most recent first. */
  readonly users: readonly string[];
}

/** The driver of the controller a disk device hangs on, or null where the kernel has it built in (IDE). */
function diskDriver(device: string, pci: readonly string[]): string | null {
  if (device.startsWith('xvd')) return 'xen_blkfront';
  if (device.startsWith('vd')) return 'virtio_blk';
  if (!device.startsWith('sd')) return null;
  const on = (text: string): boolean => pci.some((l) => l.includes(text));
  if (on('Fusion-MPT')) return 'mptspi';
  if (on('AHCI')) return 'ahci';
  if (on('MegaRAID SAS')) return 'megaraid_sas';
  return on('PIIX3 IDE') || on('PIIX4 IDE') ? 'ata_piix' : null;
}

/** What each module the machine needs serves, in the order the initrd and udev load them: disk, file systems, NICs, balloon. */
function wanted(m: Machine): Map<string, number> {
  const pci = m.pciDevices();
  const served = new Map<string, number>();
  const add = (name: string | null, uses = 0): void => {
    if (name !== null && MODULES[name] !== undefined) served.set(name, (served.get(name) ?? 0) + uses);
  };
  const partitions = m.disks().flatMap((d) => {
    const dev = /^\/dev\/([a-z]+?)\d*$/.exec(d.filesystem)?.[1];
    return dev === undefined ? [] : [dev];
  });
  if (pci.some((l) => l.includes('Virtio'))) add('virtio_pci');
  for (const dev of partitions) add(diskDriver(dev, pci), 1);
  for (const d of m.disks()) add(d.type, 1);
  for (const nic of m.interfaces()) add(nic.driver?.replace(/-/g, '_') ?? null);
  if (pci.some((l) => l.includes('Virtio memory balloon'))) add('virtio_balloon');
  return served;
}

/** The loaded modules, most recently loaded first (lsmod's order), with their users. */
export function loadedModules(m: Machine): LoadedModule[] {
  const served = wanted(m);
  const order: string[] = [];
  const load = (name: string): void => {
    if (order.includes(name)) return;
    for (const dep of MODULES[name]?.needs ?? []) load(dep);
    order.push(name);
  };
  for (const name of served.keys()) load(name);
  const newestFirst = [...order].reverse();
  return newestFirst.map((name) => {
    const users = newestFirst.filter((u) => MODULES[u]?.needs?.includes(name) === true);
    return { name, size: MODULES[name]?.size ?? 0, used: users.length + (served.get(name) ?? 0), users };
  });
}
