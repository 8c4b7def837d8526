/**
 * df on Solaris 10 from machine.disks(): `df -k` (the default here; the bare `df` of
 * Solaris counts free 512-byte blocks and inodes, which the model does not keep) and
 * `df -h`, in Solaris's columns. Operands after the options are files, directories or
 * mounted devices, each reported by the file system holding it (illumos-gate
 * usr/src/cmd/fs.d/df.c, create_request_list and its error for a bad operand).
 */
import type { DiskInfo } from '../../os/machine.ts';
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { usePercent } from '../linux/df.ts';
import { humanKiB } from '../linux/sizes.ts';
import { resolvePath } from '../paths.ts';

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

const USAGE = 'Usage: df [-F FSType] [-abeghklntVvZ] [-o FSType-specific_options] [directory | block_device | resource]\n';

/**
 * The file system an operand names, as df.c's create_request_list finds it: a file or
 * directory by the mount it lies under (the longest mount point that holds it), anything
 * else as a mounted resource by its device name; null when it is neither.
 */
function diskFor(ctx: CommandContext, operand: string): DiskInfo | null {
  const disks = ctx.machine.disks();
  const path = resolvePath(ctx.cwd, operand);
  if (ctx.machine.fs.stat(path) !== null) {
    const holding = disks.filter((d) => path === d.mount || path.startsWith(d.mount === '/' ? '/' : `${d.mount}/`));
    return holding.reduce<DiskInfo | null>((best, d) => (best === null || d.mount.length > best.mount.length ? d : best), null);
  }
  return disks.find((d) => d.filesystem === operand) ?? null;
}

export const SOLARIS_DF: Command = {
  name: 'df',
  summary: 'report free disk space',
  run(ctx, args) {
    let human = false;
    let i = 0;
    // Options come first (getopt stops at the first operand); every word after them is a file name.
    for (; i < args.length && /^-./.test(args[i] ?? ''); i++) {
      const arg = args[i] ?? '';
      if (arg === '--') {
        i++;
        break;
      }
      for (const c of arg.slice(1)) {
        if (c === 'h') human = true;
        else if (c !== 'k') return done(`df: illegal option -- ${c}\n${USAGE}`, 1);
      }
    }
    const operands = args.slice(i);
    if (operands.length === 0) return done(solarisDfLines(ctx.machine.disks(), human).join('\n') + '\n');
    // Each bad operand is reported (padded to 10 as df.c's "(%-10s)") and counted in the exit status; the header only heads a valid one.
    let errors = '';
    const found: DiskInfo[] = [];
    for (const operand of operands) {
      const disk = diskFor(ctx, operand);
      if (disk === null) errors += `df: (${operand.padEnd(10)}) not a block device, directory or mounted resource\n`;
      else found.push(disk);
    }
    const status = operands.length - found.length;
    return done(errors + (found.length > 0 ? solarisDfLines(found, human).join('\n') + '\n' : ''), status);
  },
};
