/**
 * How a management host's ps shows what runs on it: its daemons, and each guest as the process
 * (or the containerd shim) that carries it, with what a signal to each one does.
 */
import { longId } from '../consoles/commands/docker/containers.ts';
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import { SAMPLE_NS } from '../run/core/simulation-core.ts';
import type { ProcessInfo } from './machine.ts';

/** A process on the management host, and what a signal sent to it does (null: delivered; else the kernel's refusal). */
export interface HostProcess {
  readonly info: ProcessInfo;
  readonly signal: (n: number) => string | null;
}

/** Signals whose default action does not end a process (0 only checks it exists; CHLD, URG and WINCH are ignored; CONT, STOP, TSTP, TTIN and TTOU stop or resume it, which a VM's process is not modelled to do). */
const NOT_ENDING = new Set([0, 17, 18, 19, 20, 21, 22, 23, 28]);

export function endsByDefault(signal: number): boolean {
  return !NOT_ENDING.has(signal);
}

/** Docker 1.12's containerd shim for a container, as ps shows it: the container's id, its state directory, the runtime. */
export function dockerShim(name: string): string {
  const id = longId(name);
  return `docker-containerd-shim ${id} /var/run/docker/libcontainerd/${id} docker-runc`;
}

/** A management daemon's resident memory as ps shows it: nominal (see daemons()). */
export const DAEMON_KIB = 4_096;

export function unkillable(info: ProcessInfo): HostProcess {
  return { info, signal: () => 'Operation not permitted' };
}

export function proc(pid: number, user: string, command: string, memKiB: number, cpuPercent: number, cpuTimeNs: number): ProcessInfo {
  return { pid, ppid: 1, user, state: cpuPercent > 1 ? 'R' : 'S', cpuPercent, cpuTimeNs, memKiB, command, startedNs: 0 };
}

/** A guest's CPU over the last second, as a share of one CPU (%). */
export function guestCpuPercent(g: GuestRuntime): number {
  return (g.tasks.reduce((a, t) => a + t.cpuLastSecond, 0) / SAMPLE_NS) * 100;
}

/**
 * A VM process's resident memory, KiB: the guest memory the host has backed for it and the
 * monitor's own (GuestRuntime.heldMiB, what the host's free counts), not its configured size.
 * Pages its balloon gave back (madvise(MADV_DONTNEED) in qemu's balloon) or the host swapped
 * out are not resident; a page KSM merged is still mapped, and counted, in each process that
 * shares it. The memory model reserves a VM's whole memory at boot (platforms/guest-memory.ts):
 * its unused part is resident too until the balloon or swapping takes it.
 */
export function backedKiB(g: GuestRuntime): number {
  let mib = g.pressure.sharingSavedMiB;
  for (const v of Object.values(g.heldMiB())) mib += v;
  return mib * 1024;
}

/** A guest's CPU so far, every layer, ns. */
export function guestCpuNs(g: GuestRuntime, now: number): number {
  let sum = 0;
  for (const v of g.totals(now).ns) sum += v;
  return sum;
}
