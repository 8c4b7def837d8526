/**
 * lsmod (module-init-tools): the kernel's loaded modules, as /proc/modules lists them
 * (kernel-modules.ts says which). A VM's and a dedicated server's kernel load the drivers of
 * their hardware; an OpenVZ container's /proc/modules is empty. The modules of a host
 * kernel (a console's host, the one kernel a Docker container reads) are not modelled.
 */
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { loadedModules } from './kernel-modules.ts';

const row = (name: string, size: string, used: string): string => `${name.padEnd(19)} ${size.padStart(8)}  ${used}`;

export const LSMOD: Command = {
  name: 'lsmod',
  summary: 'show the loaded kernel modules: the drivers of the machine\'s (virtual) disk and NIC',
  run(ctx, args) {
    if (args.length > 0) return done('Usage: lsmod\n', 1);
    const m = ctx.machine;
    const header = `${row('Module', 'Size', 'Used by')}\n`;
    if (m.virtualization() === 'openvz') return done(header);
    if (m.role === 'manager' || m.cpu().virtualizationType === 'container')
      return done("lsmod: the host kernel's modules are not modelled here (a VM's console lists the drivers of its virtual hardware)\n", 1);
    // module-init-tools prints the use count and a space, then the users.
    return done(header + loadedModules(m).map((x) => `${row(x.name, String(x.size), `${x.used} ${x.users.join(',')}`)}\n`).join(''));
  },
};
