/**
 * A machine whose file system also has one file rendered on each read: a /proc file its
 * kernel would have but the machine does not render (OpenVZ's /proc/user_beancounters,
 * whose limits only the console's guest manager knows). Everything else is the machine's
 * own, so cat, grep and the rest read it through their usual paths.
 */
import type { FileSystem } from '../../../os/filesystem.ts';
import type { Machine } from '../../../os/machine.ts';

/** `target`'s members, with its methods bound to it, except those `own` replaces. */
function overlay<T extends object>(target: T, own: Partial<T>): T {
  return new Proxy(target, {
    get(t, p) {
      if (Object.prototype.hasOwnProperty.call(own, p)) return own[p as keyof T];
      const v: unknown = Reflect.get(t, p);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
}

export function withProcFile(machine: Machine, path: string, render: () => string): Machine {
  const fs = machine.fs;
  const file: Partial<FileSystem> = {
    read: (p) => (p === path ? { ok: true, value: render() } : fs.read(p)),
    // /proc files report size 0, as the kernel's do.
    stat: (p) => (p === path ? { kind: 'file', size: 0, modifiedNs: machine.now() } : fs.stat(p)),
  };
  return overlay(machine, { fs: overlay(fs, file) });
}
