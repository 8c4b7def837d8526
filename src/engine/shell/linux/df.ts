/**
 * df (GNU coreutils 5/6) from machine.disks(): 1K blocks, or -h human sizes; -T adds each
 * file system's type (ext3, overlay, simfs). Available is
 * size − used (the model reserves no root blocks). A long device name goes on a line of
 * its own, as GNU df does.
 */
import type { DiskInfo } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { gnuBadOption, parseFlags } from './flags.ts';
import { humanKiB } from './sizes.ts';

/** Use% as df computes it: used over used + available, rounded up. */
export function usePercent(d: DiskInfo): number {
  return d.sizeKiB > 0 ? Math.ceil((d.usedKiB * 100) / d.sizeKiB) : 0;
}

function fsColumn(name: string, width: number): string {
  return name.length > width ? `${name}\n${' '.repeat(width)}` : name.padEnd(width);
}

export function dfLines(disks: readonly DiskInfo[], human: boolean, types = false): string[] {
  const type = (t: string): string => (types ? ` ${t.padEnd(8)}` : '');
  if (human) {
    return [
      `${'Filesystem'.padEnd(20)}${type('Type')}  Size  Used Avail Use% Mounted on`,
      ...disks.map(
        (d) =>
          `${fsColumn(d.filesystem, 20)}${type(d.type)} ${humanKiB(d.sizeKiB).padStart(5)} ${humanKiB(d.usedKiB).padStart(5)} ` +
          `${humanKiB(Math.max(0, d.sizeKiB - d.usedKiB)).padStart(5)} ${`${usePercent(d)}%`.padStart(4)} ${d.mount}`,
      ),
    ];
  }
  return [
    `${'Filesystem'.padEnd(20)}${type('Type')} 1K-blocks      Used Available Use% Mounted on`,
    ...disks.map(
      (d) =>
        `${fsColumn(d.filesystem, 20)}${type(d.type)} ${String(d.sizeKiB).padStart(9)} ${String(d.usedKiB).padStart(9)} ` +
        `${String(Math.max(0, d.sizeKiB - d.usedKiB)).padStart(9)} ${`${usePercent(d)}%`.padStart(4)} ${d.mount}`,
    ),
  ];
}

export const DF: Command = {
  name: 'df',
  summary: 'file system disk space usage',
  run(ctx, args) {
    const parsed = parseFlags(args, 'hkPT', { 'human-readable': 'h', 'print-type': 'T' });
    if (parsed.bad !== null) return done(gnuBadOption('df', parsed.bad), 1);
    let disks = ctx.machine.disks();
    if (parsed.operands.length > 0) {
      const mounts = new Set(parsed.operands);
      disks = disks.filter((d) => mounts.has(d.mount) || mounts.has(d.filesystem));
      if (disks.length === 0) return done(`df: ${parsed.operands[0] ?? ''}: No such file or directory\n`, 1);
    }
    return done(dfLines(disks, parsed.flags.has('h'), parsed.flags.has('T')).join('\n') + '\n');
  },
};
