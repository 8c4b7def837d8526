/**
 * The machine's disk as the Linux kernel names it: the block device under its root file
 * system (df's first line) without its partition number — xvda for a Xen paravirtual guest,
 * hda or sda under emulated IDE or SCSI, vda under virtio. A container's root is no block
 * device: its host's disk is the one iostat watches. iostat and /sys/block both name it here.
 */
import type { Machine } from '../../os/machine.ts';
import { hostRootDevice } from '../../os/machine-support.ts';

/** The disk iostat lists: the machine's block device without its partition; a container's root is none, so the host's disk. */
export function diskDeviceName(m: Machine): string {
  return partitionDisk(ownRootDevice(m) ?? hostRootDevice('linux'));
}

/** The machine's own root block device (`/dev/xvda1`), or null when its root is none (a container's overlay or simfs). */
export function ownRootDevice(m: Machine): string | null {
  const own = m.disks()[0]?.filesystem ?? '';
  return own.startsWith('/dev/') ? own : null;
}

function partitionDisk(device: string): string {
  return device.slice('/dev/'.length).replace(/p?\d+$/, '');
}
