/**
 * uname (GNU coreutils): the kernel's name, release and version and the machine's
 * hardware name, all from the Machine; a container prints its host kernel's.
 */
import type { Machine } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { gnuBadOption, parseFlags } from './flags.ts';

/** `uname -i`: i686-class machines report the i386 platform. */
function hardwarePlatform(arch: string): string {
  return /^i[3-6]86$/.test(arch) ? 'i386' : arch;
}

/** The fields in `uname -a` order, keyed by their option letter. */
function fields(m: Machine): readonly (readonly [string, string])[] {
  return [
    ['s', m.osName],
    ['n', m.hostname],
    ['r', m.kernelRelease],
    ['v', m.kernelVersion],
    ['m', m.arch],
    ['p', m.arch],
    ['i', hardwarePlatform(m.arch)],
    ['o', 'GNU/Linux'],
  ];
}

export const UNAME: Command = {
  name: 'uname',
  summary: 'print system information',
  run(ctx, args) {
    const parsed = parseFlags(args, 'asnrvmpio', {
      all: 'a',
      'kernel-name': 's',
      nodename: 'n',
      'kernel-release': 'r',
      'kernel-version': 'v',
      machine: 'm',
      processor: 'p',
      'hardware-platform': 'i',
      'operating-system': 'o',
    });
    if (parsed.bad !== null) return done(gnuBadOption('uname', parsed.bad), 1);
    const extra = parsed.operands[0];
    if (extra !== undefined) return done(`uname: extra operand '${extra}'\nTry 'uname --help' for more information.\n`, 1);
    const f = parsed.flags;
    const wanted = f.size === 0 ? new Set(['s']) : f;
    const out = fields(ctx.machine)
      .filter(([letter]) => f.has('a') || wanted.has(letter))
      .map(([, value]) => value);
    return done(out.join(' ') + '\n');
  },
};
