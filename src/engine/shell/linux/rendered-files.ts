/**
 * The files a Linux machine renders from its own state rather than keeps on its disk: /proc's
 * (proc-files.ts), /sys/block's (sys-block.ts) and the logs in /var/log (var-log.ts). cat,
 * the filters, ls, cd and pathname expansion all ask here, so they agree on what exists. A
 * rendered file wins over a file of the same name on the disk (the image's empty log).
 * Other families render none.
 */
import type { FileStat } from '../../os/filesystem.ts';
import type { Machine } from '../../os/machine.ts';
import { PROC_FILES } from './proc-files.ts';
import { sysBlockFiles } from './sys-block.ts';
import { varLogFiles } from './var-log.ts';

/** sysfs gives each attribute a page, whatever it holds. */
const SYSFS_FILE_BYTES = 4096;

function renderedFiles(m: Machine): ReadonlyMap<string, () => string> {
  if (m.family !== 'linux') return new Map();
  const files = new Map<string, () => string>();
  for (const [name, render] of PROC_FILES) files.set(`/proc/${name}`, () => render(m));
  for (const [path, render] of [...sysBlockFiles(m), ...varLogFiles(m)]) files.set(path, render);
  return files;
}

/** The content of a rendered file at an absolute, normalised path, or null if it is not one. */
export function renderedFile(m: Machine, path: string): string | null {
  return renderedFiles(m).get(path)?.() ?? null;
}

/** The names the machine renders directly inside `dir` (files and the directories that lead to them). */
export function renderedNames(m: Machine, dir: string): string[] {
  const prefix = dir === '/' ? '/' : `${dir}/`;
  const names = new Set<string>();
  for (const path of renderedFiles(m).keys()) if (path.startsWith(prefix)) names.add(path.slice(prefix.length).split('/')[0] ?? '');
  return [...names];
}

/** A path as the shell sees it: a rendered file wins over the disk's; a directory is the disk's where it has one. */
export function machineStat(m: Machine, path: string): FileStat | null {
  const rendered = renderedStat(m, path);
  return rendered?.kind === 'file' ? rendered : (m.fs.stat(path) ?? rendered);
}

/**
 * What ls shows of a rendered path: /proc's files say size 0 and sysfs's a page, as the
 * kernel reports them; a log its length. A directory that only leads to rendered files is one too.
 */
function renderedStat(m: Machine, path: string): FileStat | null {
  const files = renderedFiles(m);
  const render = files.get(path);
  const now = m.now();
  if (render !== undefined) {
    const size = path.startsWith('/var/log/') ? render().length : path.startsWith('/sys/') ? SYSFS_FILE_BYTES : 0;
    return { kind: 'file', size, modifiedNs: now };
  }
  const prefix = `${path}/`;
  for (const file of files.keys()) if (file.startsWith(prefix)) return { kind: 'dir', size: 0, modifiedNs: now };
  return null;
}
