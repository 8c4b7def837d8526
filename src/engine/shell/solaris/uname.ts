/**
 * uname in SunOS form: `SunOS host 5.10 Generic_127112-11 i86pc i386 i86pc` — release,
 * version and machine from the Machine; the processor type follows the machine class.
 */
import type { Machine } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';

function processor(arch: string): string {
  return /^sun4/.test(arch) ? 'sparc' : 'i386';
}

function fields(m: Machine): readonly (readonly [string, string])[] {
  return [
    ['s', m.osName],
    ['n', m.hostname],
    ['r', m.kernelRelease],
    ['v', m.kernelVersion],
    ['m', m.arch],
    ['p', processor(m.arch)],
    ['i', m.arch],
  ];
}

export const SUNOS_UNAME: Command = {
  name: 'uname',
  summary: 'print name of current system',
  run(ctx, args) {
    const letters = new Set<string>();
    for (const arg of args) {
      if (!arg.startsWith('-') || arg === '-') return done('usage: uname [-snrvmapiX]\n       uname [-S system_name]\n', 1);
      for (const c of arg.slice(1)) {
        if (!'asnrvmpiX'.includes(c)) return done(`uname: illegal option -- ${c}\nusage: uname [-snrvmapiX]\n       uname [-S system_name]\n`, 1);
        letters.add(c);
      }
    }
    const m = ctx.machine;
    if (letters.has('X')) {
      const cpu = m.cpu();
      return done(
        [`System = ${m.osName}`, `Node = ${m.hostname}`, `Release = ${m.kernelRelease}`, `KernelID = ${m.kernelVersion}`, `Machine = ${m.arch}`, `NumCPU = ${cpu.count}`].join('\n') + '\n',
      );
    }
    const wanted = letters.size === 0 ? new Set(['s']) : letters;
    const out = fields(m).filter(([c]) => wanted.has('a') || wanted.has(c)).map(([, v]) => v);
    return done(out.join(' ') + '\n');
  },
};
