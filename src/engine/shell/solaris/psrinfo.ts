/**
 * psrinfo: one line per CPU of machine.cpu(), on-line since boot; -v with the clock rate,
 * -p the processor count. Solaris x86 calls every x86 CPU "i386" with an "i387" FPU.
 */
import type { Machine } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { slashDateTime } from '../linux/virtual-calendar.ts';

function processorType(arch: string): { cpu: string; fpu: string } {
  return /^sun4/.test(arch) || /sparc/.test(arch)
    ? { cpu: 'sparcv9', fpu: 'sparcv9 floating point processor' }
    : { cpu: 'i386', fpu: 'i387 compatible floating point processor' };
}

function verbose(m: Machine, id: number): string {
  const type = processorType(m.arch);
  return [
    `Status of virtual processor ${id} as of: ${slashDateTime(m.now(), m.epochUnixS)}`,
    `  on-line since ${slashDateTime(m.bootedAtNs(), m.epochUnixS)}.`,
    `  The ${type.cpu} processor operates at ${Math.round(m.cpu().mhz)} MHz,`,
    `\tand has an ${type.fpu}.`,
  ].join('\n');
}

export const PSRINFO: Command = {
  name: 'psrinfo',
  summary: 'display information about processors',
  run(ctx, args) {
    const m = ctx.machine;
    const flags = new Set(args.join('').replaceAll('-', '').split('').filter((c) => c !== ''));
    const bad = [...flags].find((c) => c !== 'v' && c !== 'p');
    if (bad !== undefined || args.some((a) => !a.startsWith('-'))) {
      return done(`psrinfo: illegal option -- ${bad ?? args[0] ?? ''}\nusage: \n\tpsrinfo [-v] [-p] [processor_id ...]\n`, 2);
    }
    const count = m.cpu().count;
    if (flags.has('p')) return done(`${count}\n`);
    const ids = Array.from({ length: count }, (_, i) => i);
    if (flags.has('v')) return done(ids.map((i) => verbose(m, i)).join('\n') + '\n');
    return done(ids.map((i) => `${i}\t${'on-line'.padEnd(8)}  since ${slashDateTime(m.bootedAtNs(), m.epochUnixS)}\n`).join(''));
  },
};
