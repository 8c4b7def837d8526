/**
 * What the benchmark commands share about the tasks they start: starting one and finding
 * the process id the guest gave it, reading its CPU time as the guest's own accounting
 * would (user and system time), and when to look at it next.
 *
 * A guest's getrusage()/times() is its kernel's accounting: user time and its own kernel's
 * (for a container, the shared host kernel working on its behalf). A fully virtualized guest
 * accounts in its timer interrupt and cannot tell the time its vCPU spent in the VMM,
 * hypervisor or host kernel from its own, so that time is charged to the process as system
 * time (Chen, Hu and Jin, "XenHVMAcct: Accurate CPU Time Accounting for Hardware-Assisted
 * Virtual Machine", PDCAT 2010, doi:10.1109/PDCAT.2010.63). A paravirtual Xen guest is told
 * only the time its vCPU was runnable or offline as stolen (Linux's xen_steal_clock); Xen's
 * work on its behalf is the vCPU running, so it is charged the same way. A driver domain's
 * work runs on its own vCPU while the guest's process waits: never charged to it.
 */
import type { Layer } from '../../metrics/layers.ts';
import type { Machine, TaskHandle, TaskProgress, TaskSpec } from '../../os/machine.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { done, type CommandOutcome } from '../command.ts';

/** Layers a guest counts as user time. */
const USER_LAYERS: readonly Layer[] = ['guest-user'];
/** Layers a guest counts as system time: its own kernel, or the kernel a container shares. */
const SYSTEM_LAYERS: readonly Layer[] = ['guest-kernel', 'shared-kernel'];
/** What a guest's vCPU spent under it, which its accounting charges to the process running then. */
const UNSEEN_LAYERS: readonly Layer[] = ['vmm', 'hypervisor', 'host-kernel'];

/** A task a command started. */
export interface WatchedTask {
  readonly spec: TaskSpec;
  readonly handle: TaskHandle;
  /** The process id the guest shows for it (its first worker). */
  readonly pid: number;
}

/** Pid reported when the machine lists no process for a new task (an empty process table). */
const FALLBACK_PID = 1000;

/** Starts a task and finds its process id: the lowest new pid running its command line. */
export function startWatched(machine: Machine, spec: TaskSpec): WatchedTask {
  const before = new Set(machine.processes().map((p) => p.pid));
  const handle = machine.startTask(spec);
  const fresh = machine.processes().filter((p) => !before.has(p.pid));
  const own = fresh.filter((p) => p.command === spec.command);
  const pids = (own.length > 0 ? own : fresh).map((p) => p.pid);
  const pid = pids.length > 0 ? Math.min(...pids) : before.size > 0 ? Math.max(...before) + 1 : FALLBACK_PID;
  return { spec, handle, pid };
}

/** A task that could not start (a management console runs no workloads): `name: why`, status 1; null when it runs. */
export function notStarted(name: string, task: WatchedTask): CommandOutcome | null {
  const error = task.handle.progress().error;
  return error === undefined ? null : done(`${name}: ${error}\n`, 1);
}

/** The task's CPU time as the guest's kernel accounts it, ns. */
export function guestCpuNs(p: TaskProgress): { readonly userNs: number; readonly systemNs: number } {
  const sum = (layers: readonly Layer[]): number => layers.reduce((s, l) => s + (p.cpuNsByLayer[l] ?? 0), 0);
  return { userNs: sum(USER_LAYERS), systemNs: sum(SYSTEM_LAYERS) + sum(UNSEEN_LAYERS) };
}

/** Whole transactions completed (the engine counts fractions of a batch). */
export function wholeTransactions(p: TaskProgress): number {
  return Math.max(0, Math.floor(p.transactions));
}

/** Seconds, from ns. */
export function seconds(ns: number): number {
  return ns / NS_PER_S;
}

/** `count / secondsElapsed`, or 0 when no time passed. */
export function perSecond(count: number, elapsedNs: number): number {
  return elapsedNs > 0 ? count / seconds(elapsedNs) : 0;
}

/** Polling interval once a time limit has passed: 10 ms of virtual time, a fraction of any batch's length. */
const POLL_AFTER_DEADLINE_NS = 10_000_000;

/**
 * When to look at a task next: `interval` after the last look, but no later than its
 * time limit (so the result prints as soon as it can), and soon after a limit that has
 * passed (the task ends at the first batch finishing after it).
 */
export function nextLookNs(lastNs: number, intervalNs: number, deadlineNs: number | null): number {
  const soon = Math.min(intervalNs, POLL_AFTER_DEADLINE_NS);
  if (deadlineNs === null) return lastNs + intervalNs;
  if (lastNs >= deadlineNs) return lastNs + soon;
  return Math.min(lastNs + intervalNs, deadlineNs);
}

