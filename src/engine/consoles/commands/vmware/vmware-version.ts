/**
 * `vmware -v` in ESX's service console: the product, release and build, as ESX 3.0.1 (the
 * release of the preset's 2006 hardware) prints it. Only the version is offered: the other
 * options of /usr/bin/vmware print the usage.
 */
import { done, type Command } from '../../../shell/command.ts';

/** ESX Server 3.0.1's build, as `vmware -v` printed it ("VMware ESX Server 3.0.1 build-32039"). */
const ESX_VERSION = 'VMware ESX Server 3.0.1 build-32039';

export const esxVmwareVersion: Command = {
  name: 'vmware',
  summary: 'vmware -v: the ESX Server release and build',
  run(_ctx, args) {
    if (args.length === 1 && (args[0] === '-v' || args[0] === '--version')) return done(`${ESX_VERSION}\n`);
    return done('Usage: vmware -v\n  -v, --version   print the product version\n', 1);
  },
};
