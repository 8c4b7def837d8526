import type { OsId } from './os-families.ts';
import { BASE_PROCESSES } from './process-names.ts';

/**
 * Process ids of a machine's tasks: after its base processes (process-names.ts), each
 * task's workers in the order the tasks started, so the same commands always give the same pids.
 */
export class PidTable {
  private next: number;
  private readonly byTask = new Map<number, number>();

  constructor(firstFree: number) {
    this.next = firstFree;
  }

  /** The first pid of a task's `count` processes (allocated on first sight). */
  taskPids(taskId: number, count: number): number {
    let first = this.byTask.get(taskId);
    if (first === undefined) {
      first = this.next;
      this.byTask.set(taskId, first);
      this.next += Math.max(1, count);
    }
    return first;
  }
}

/** Where a host numbers a guest's processes (a container's, a VM's process): after its own, a thousand pids per guest. */
export function guestPidBase(hostOs: OsId, guestIndex: number): number {
  return BASE_PROCESSES[hostOs].length + 1000 + guestIndex * 1000;
}
