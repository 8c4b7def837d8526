import type { OsId } from './os-families.ts';
import { BASE_PROCESSES } from './process-names.ts';

/**
 * Process ids handed out in the order their owners are first seen, so the same commands always
 * give the same pids: a machine's tasks (each its workers' consecutive pids, after the machine's
 * base processes: process-names.ts), or the processes of the containers on one kernel
 * (kernelPidKey), handed out densely as Linux hands out the next free pid, so a hosting
 * server's few hundred containers stay under a 2.6 kernel's default pid_max (32768), each
 * keeping its pid while others come and go.
 */
export class PidTable {
  private next: number;
  private readonly byKey = new Map<number, number>();

  constructor(firstFree: number) {
    this.next = firstFree;
  }

  /** Whether `key` has its pids yet. */
  has(key: number): boolean {
    return this.byKey.has(key);
  }

  /** The first of `key`'s `count` pids (allocated on first sight). */
  firstPid(key: number, count: number): number {
    let first = this.byKey.get(key);
    if (first === undefined) {
      first = this.next;
      this.byKey.set(key, first);
      this.next += Math.max(1, count);
    }
    return first;
  }
}

/** The one kernel's table key for the process a container on it numbers `pid`. */
export function kernelPidKey(guestIndex: number, pid: number): number {
  return guestIndex * 2 ** 32 + pid;
}

/** Where a host numbers a guest's processes (a container's, a VM's process): after its own, a thousand pids per guest. */
export function guestPidBase(hostOs: OsId, guestIndex: number): number {
  return BASE_PROCESSES[hostOs].length + 1000 + guestIndex * 1000;
}
