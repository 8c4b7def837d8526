/**
 * dmesg: the kernel's ring buffer, machine.kernelLog() (in a container, the host
 * kernel's, as dmesg shows it when not restricted).
 */
import type { Command } from '../command.ts';
import { done } from '../command.ts';

export const DMESG: Command = {
  name: 'dmesg',
  summary: 'print the kernel ring buffer',
  run(ctx, args) {
    const bad = args.find((a) => a.startsWith('-'));
    if (bad !== undefined) return done(`dmesg: invalid option -- '${bad.slice(1)}'\nUsage: dmesg [-c] [-n level] [-s bufsize]\n`, 1);
    const log = ctx.machine.kernelLog();
    return done(log.length === 0 ? '' : log.join('\n') + '\n');
  },
};
