/**
 * df on Solaris 10 from machine.disks(): `df -k` (the default here; the bare `df` of
 * Solaris counts free 512-byte blocks and inodes, which the model does not keep) and
 * `df -h`, in Solaris's columns.
 */
import type { DiskInfo } from '../../os/machine.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { usePercent } from '../linux/df.ts';
import { humanKiB } from '../linux/sizes.ts';

function fsColumn(name: string): string {
  return name.length > 18 ? `${name}\n${' '.repeat(18)}` : name.padEnd(18);
}

function tail(d: DiskInfo): string {
  return ` ${`${usePercent(d)}%`.padStart(6)}    ${d.mount}`;
}

export function solarisDfLines(disks: readonly DiskInfo[], human: boolean): string[] {
  const avail = (d: DiskInfo): number => Math.max(0, d.sizeKiB - d.usedKiB);
  if (human) {
    return [
      'Filesystem             size   used  avail capacity  Mounted on',
      ...disks.map((d) => `${fsColumn(d.filesystem)} ${humanKiB(d.sizeKiB).padStart(8)} ${humanKiB(d.usedKiB).padStart(6)} ${humanKiB(avail(d)).padStart(6)}${tail(d)}`),
    ];
  }
  return [
    'Filesystem            kbytes    used   avail capacity  Mounted on',
    ...disks.map((d) => `${fsColumn(d.filesystem)} ${String(d.sizeKiB).padStart(9)} ${String(d.usedKiB).padStart(7)} ${String(avail(d)).padStart(7)}${tail(d)}`),
  ];
}

export const SOLARIS_DF: Command = {
  name: 'df',
  summary: 'report free disk space',
  run(ctx, args) {
    let human = false;
    for (const arg of args) {
      if (arg === '-h') human = true;
      else if (arg !== '-k') return done(`df: illegal option -- ${arg.replace(/^-/, '')}\nUsage: df [-F FSType] [-abeghklntVvZ] [-o FSType-specific_options] [directory | block_device | resource]\n`, 1);
    }
    return done(solarisDfLines(ctx.machine.disks(), human).join('\n') + '\n');
  },
};
