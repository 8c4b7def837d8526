/**
 * What the CPU scheduler (cpu-scheduler.ts) is given: the platform's policy for sharing its
 * cores, and the few things it asks of the simulation core around it.
 */
import type { GuestSchedulerId } from '../../calibration/guest-switch.ts';
import type { GuestSwitch } from '../../platforms/guest-switch-path.ts';
import type { GuestRuntime } from './guest-runtime.ts';
import type { Task } from './task.ts';
import type { WorkerTable } from './worker-table.ts';

/** How a platform shares its cores between guests. */
export interface SchedulingPolicy {
  /** The scheduler of the product, or `dedicated`: each guest on a server of its own (native). */
  readonly scheduler: GuestSchedulerId | 'dedicated';
  /** What a switch between guests costs on this platform. */
  readonly guestSwitch: GuestSwitch;
  /** The scenario's own slice instead of the scheduler's, ns. */
  readonly sliceOverrideNs?: number;
  /**
   * The guests have kernels of their own (VMs): the slice is the hypervisor's or the host's
   * between guests, and a guest's kernel switches its own processes after a quantum of their
   * own CPU. On one kernel (containers, a dedicated server) a cut is that kernel's switch.
   */
  readonly guestKernels: boolean;
}

/** What the scheduler needs from the core around it. */
export interface SchedulerHost {
  readonly guests: readonly GuestRuntime[];
  readonly tasks: readonly Task[];
  readonly workers: WorkerTable;
  /** A burst of worker `w` runs until `endNs`. */
  burstStarted(w: number, endNs: number): void;
  /** Virtual time now, ns. */
  now(): number;
  /** Runs `fn` at `atNs`. */
  at(atNs: number, fn: () => void): void;
  /** Worker `w` of task `t` leaves (its task ended while it waited). */
  retire(w: number, t: Task): void;
}
