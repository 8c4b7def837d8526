/** lspci (pciutils): the machine's PCI devices, one line each (os/pci-bus.ts says which). */
import type { Command } from '../command.ts';
import { done } from '../command.ts';

export const LSPCI: Command = {
  name: 'lspci',
  summary: 'list the PCI devices: a VM shows the virtual hardware its product emulates',
  run(ctx, args) {
    if (args.length > 0) return done(`lspci: -${args[0]?.replace(/^-+/, '') ?? ''}: this lspci lists devices only, without options\n`, 2);
    const lines = ctx.machine.pciDevices();
    return done(lines.length > 0 ? lines.join('\n') + '\n' : '');
  },
};
