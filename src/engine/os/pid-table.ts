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

/**
 * The pids one kernel gives the processes of the containers on it, as its ps and its log show
 * them: handed out in turn as each process is first seen, as Linux hands out the next free pid.
 * Dense, so a hosting server's few hundred containers stay under a 2.6 kernel's default
 * pid_max (32768), and stable: a process keeps its pid while others come and go.
 */
export class SharedKernelPids {
  private next: number;
  private readonly byProcess = new Map<number, number>();

  constructor(firstFree: number) {
    this.next = firstFree;
  }

  /** Whether the process a container numbers `pid` has its kernel's pid yet. */
  has(guestIndex: number, pid: number): boolean {
    return this.byProcess.has(keyOf(guestIndex, pid));
  }

  /** The kernel's pid for the process a container numbers `pid` (allocated on first sight). */
  of(guestIndex: number, pid: number): number {
    const key = keyOf(guestIndex, pid);
    let global = this.byProcess.get(key);
    if (global === undefined) {
      global = this.next++;
      this.byProcess.set(key, global);
    }
    return global;
  }
}

function keyOf(guestIndex: number, pid: number): number {
  return guestIndex * 2 ** 32 + pid;
}
