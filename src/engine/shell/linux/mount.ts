/**
 * mount (util-linux 2.13) with no arguments: what is mounted, from machine.disks() — a
 * VM's ext3 disk, a Docker container's overlay of its image, an OpenVZ container's simfs
 * directory of the host's disk — then the kernel's own file systems. Mounting is not
 * modelled, so any operand is refused.
 */
import type { Command } from '../command.ts';
import { done } from '../command.ts';

/** The kernel's file systems every Linux system of the era mounts at boot. */
const KERNEL_MOUNTS = ['proc on /proc type proc (rw)', 'sysfs on /sys type sysfs (rw)', 'devpts on /dev/pts type devpts (rw,gid=5,mode=620)', 'tmpfs on /dev/shm type tmpfs (rw)'];

export const MOUNT: Command = {
  name: 'mount',
  summary: 'list the mounted file systems (their devices and types)',
  run(ctx, args) {
    if (args.length > 0) return done('mount: mounting is not modelled here: mount alone lists what is mounted\n', 1);
    const disks = ctx.machine.disks().map((d) => `${d.filesystem} on ${d.mount} type ${d.type} (rw)`);
    return done([...disks, ...KERNEL_MOUNTS].join('\n') + '\n');
  },
};
