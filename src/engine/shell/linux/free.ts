/**
 * free (procps 3.2) from machine.memory(): the Mem line counts buffers and cache as used,
 * the "-/+ buffers/cache" line shows what applications hold. "shared" is always 0, as
 * procps 3.2 printed on 2.6 kernels. -b -k -m -g pick the unit, -h human sizes, -t totals.
 */
import type { MemoryInfo } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { parseFlags } from './flags.ts';
import { humanKiB } from './sizes.ts';

type Unit = (kib: number) => string;

const UNITS: Readonly<Record<'b' | 'k' | 'm' | 'g', Unit>> = {
  b: (kib) => String(Math.floor(kib * 1024)),
  k: (kib) => String(Math.floor(kib)),
  m: (kib) => String(Math.floor(kib / 1024)),
  g: (kib) => String(Math.floor(kib / 1024 / 1024)),
};

function row(label: string, values: readonly number[], unit: Unit): string {
  return label.padEnd(7) + values.map((v) => ' ' + unit(v).padStart(10)).join('');
}

export function freeLines(mem: MemoryInfo, unit: Unit, totals: boolean): string[] {
  const used = mem.totalKiB - mem.freeKiB;
  const appsUsed = used - mem.buffersKiB - mem.cachedKiB;
  const swapUsed = mem.swapTotalKiB - mem.swapFreeKiB;
  const lines = [
    '             total       used       free     shared    buffers     cached',
    row('Mem:', [mem.totalKiB, used, mem.freeKiB, 0, mem.buffersKiB, mem.cachedKiB], unit),
    '-/+ buffers/cache:' + [appsUsed, mem.freeKiB + mem.buffersKiB + mem.cachedKiB].map((v) => ' ' + unit(v).padStart(10)).join(''),
    row('Swap:', [mem.swapTotalKiB, swapUsed, mem.swapFreeKiB], unit),
  ];
  if (totals) {
    lines.push(row('Total:', [mem.totalKiB + mem.swapTotalKiB, used + swapUsed, mem.freeKiB + mem.swapFreeKiB], unit));
  }
  return lines;
}

export const FREE: Command = {
  name: 'free',
  summary: 'amount of free and used memory',
  run(ctx, args) {
    const parsed = parseFlags(args, 'bkmght', { bytes: 'b', kilo: 'k', mega: 'm', giga: 'g', human: 'h', total: 't' });
    const extra = parsed.operands[0];
    if (parsed.bad !== null || extra !== undefined) {
      const what = parsed.bad ?? extra ?? '';
      return done(`free: invalid option -- '${what.replace(/^-+/, '')}'\nusage: free [-b|-k|-m|-g|-h] [-t]\n`, 1);
    }
    const f = parsed.flags;
    let unit: Unit = UNITS.k;
    for (const letter of ['b', 'k', 'm', 'g'] as const) if (f.has(letter)) unit = UNITS[letter];
    if (f.has('h')) unit = humanKiB;
    return done(freeLines(ctx.machine.memory(), unit, f.has('t')).join('\n') + '\n');
  },
};
