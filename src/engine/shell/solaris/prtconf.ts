/**
 * prtconf: the system configuration's head — the platform and the memory size — without
 * the device tree that follows it (the model keeps no device nodes). A VM reports its own
 * memory; a zone, which has no kernel of its own, the whole machine's, as Solaris 10's
 * prtconf does in a non-global zone (its capped-memory is a limit, not the size it sees).
 */
import type { Command } from '../command.ts';
import { done } from '../command.ts';

export const PRTCONF: Command = {
  name: 'prtconf',
  summary: 'print the system configuration: the platform and its memory size',
  run(ctx, args) {
    if (args.length > 0) return done(`prtconf: options are not available here\nusage: prtconf\n`, 1);
    const m = ctx.machine;
    const megabytes = Math.floor(m.memory().totalKiB / 1024);
    // The first line names Solaris's vendor, whatever the hardware.
    return done([`System Configuration:  Sun Microsystems  ${m.arch}`, `Memory size: ${megabytes} Megabytes`, 'System Peripherals (Software Nodes):', '', m.arch, ''].join('\n'));
  },
};
