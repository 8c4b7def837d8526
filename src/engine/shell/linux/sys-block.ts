/**
 * /sys/block as a 2.6 kernel's sysfs shows it: a directory per disk, named as the kernel
 * names it (block-device.ts: xvda, hda, sda, vda), with its size in 512-byte sectors and
 * whether it is removable. The disk holds what the boot log's partition line says it does
 * (`sda: sda1 sda2`): the root file system, at df's size, and the swap, at free's, so the
 * size agrees with both. A container has no disk of its own: its /sys/block lists none.
 *
 * Simplified: no ram and loop devices, no partitions' subdirectories, no stat or queue.
 */
import type { Machine } from '../../os/machine.ts';
import { diskDeviceName, ownRootDevice } from './block-device.ts';

/** Sectors in a KiB: /sys/block's size counts 512-byte sectors whatever the disk's own sector size. */
const SECTORS_PER_KIB = 2;

/** The files under /sys/block, by absolute path, each rendered when read. */
export function sysBlockFiles(m: Machine): ReadonlyMap<string, () => string> {
  if (ownRootDevice(m) === null) return new Map();
  const dir = `/sys/block/${diskDeviceName(m)}`;
  return new Map([
    [`${dir}/size`, () => `${diskKiB(m) * SECTORS_PER_KIB}\n`],
    [`${dir}/removable`, () => '0\n'],
  ]);
}

function diskKiB(m: Machine): number {
  const root = m.disks()[0]?.sizeKiB ?? 0;
  return root + m.memory().swapTotalKiB;
}
