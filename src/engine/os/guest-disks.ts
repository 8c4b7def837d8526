/**
 * The file systems a guest's df lists: a VM's own disk, named as its OS names the virtual
 * controller's first disk; a container's root on the host's storage; a sparse-root Solaris
 * zone's root directory with the global zone's system directories lent to it.
 */
import type { DiskInfo } from './machine.ts';
import { HOST_DISK_KIB } from './machine-support.ts';
import type { OsId } from './os-families.ts';
import { DISK_FS_TYPE, SPARSE_ROOT_DIRS } from './os-images.ts';
import type { GuestKind } from './process-names.ts';
import { linuxRootPartition, type VirtualHardware } from './virtual-hardware.ts';

/** A VM's virtual disk, MiB. */
const VM_DISK_MIB = 8192;

/**
 * `usedKiB`: what the guest's own disk holds. A zone has none: `globalRoot` is the global zone's
 * root file system, which holds the zone's root directory and lends it its system directories,
 * so every mount df lists in the zone reports that file system's figures (a lofs mount reports
 * the file system under it).
 */
export function guestDisks(kind: GuestKind, family: OsId, hw: VirtualHardware, usedKiB: number, globalRoot?: DiskInfo): readonly DiskInfo[] {
  if (kind === 'zone') {
    const sizeKiB = globalRoot?.sizeKiB ?? HOST_DISK_KIB;
    const used = globalRoot?.usedKiB ?? usedKiB;
    return ['/', ...SPARSE_ROOT_DIRS].map((mount) => ({ filesystem: mount, type: mount === '/' ? DISK_FS_TYPE.solaris : 'lofs', sizeKiB, usedKiB: used, mount }));
  }
  // A Docker container's root is an overlay of its image; an OpenVZ one a simfs directory of the host's disk.
  if (kind !== 'machine') return [{ filesystem: hw.diskDevice, type: hw.diskDevice, sizeKiB: 100 * 1024 * 1024, usedKiB, mount: '/' }];
  // Solaris names a disk by controller, target and slice: c0d0 on IDE, c1t0d0 on SCSI.
  const device = family === 'solaris' ? `/dev/dsk/${/ide|ata/.test(hw.diskDriver) ? 'c0d0s0' : 'c1t0d0s0'}` : linuxRootPartition(hw);
  return [{ filesystem: device, type: DISK_FS_TYPE[family], sizeKiB: VM_DISK_MIB * 1024, usedKiB, mount: '/' }];
}
