/**
 * Which terminal each process runs on, for ps's TTY column. The model keeps no
 * controlling terminals, so they are derived: interactive shells get pts/0, pts/1, … in
 * pid order and their descendants inherit it; every other process has none ("?").
 */
import type { ProcessInfo } from '../../os/machine.ts';

/** The command name ps shows (comm): the program's base name, without a login shell's "-". */
export function commandName(command: string): string {
  const bracketed = /^\[(.*)\]$/.exec(command.trim());
  if (bracketed !== null) return bracketed[1] ?? '';
  const first = command.trim().split(/\s+/)[0] ?? '';
  return first.slice(first.lastIndexOf('/') + 1).replace(/^-/, '');
}

function isShell(p: ProcessInfo): boolean {
  return /^(ba|k|c|tc|z)?sh$/.test(commandName(p.command)) && !p.command.startsWith('[');
}

/** The terminal of every process on one ("pts/N"); others are absent from the map. */
export function processTerminals(procs: readonly ProcessInfo[]): ReadonlyMap<number, string> {
  const children = new Map<number, ProcessInfo[]>();
  for (const p of procs) {
    const list = children.get(p.ppid) ?? [];
    list.push(p);
    children.set(p.ppid, list);
  }
  const ttys = new Map<number, string>();
  const shells = procs.filter(isShell).sort((a, b) => a.pid - b.pid);
  let next = 0;
  for (const shell of shells) {
    if (ttys.has(shell.pid)) continue;
    const tty = `pts/${next++}`;
    const queue = [shell];
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      if (ttys.has(p.pid)) continue;
      ttys.set(p.pid, tty);
      queue.push(...(children.get(p.pid) ?? []));
    }
  }
  return ttys;
}
