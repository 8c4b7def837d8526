/**
 * A host that runs each VM as a process of threads (a hosted VMM's host, a KVM host) as its
 * own kernel counts them: a vCPU thread runs while its vCPU has work, and the VM's I/O thread
 * sleeps in D while the VM's requests are at the host's disk. qemu-kvm's default aio=threads
 * hands each request to a pool thread that blocks in preadv/pwritev (posix-aio-compat.c);
 * a hosted VMM's I/O thread reads and writes the VM's disk file the same way.
 *
 * What the VM's own kernel counts as I/O wait is not the host's: its vCPU idles in HLT, which
 * to the host is a thread asleep, not a task waiting for a block device.
 */
import type { PlatformSimulation } from '../run/platform-simulation.ts';
import type { CpuTimes, RunQueue } from './machine.ts';
import { withIoWait } from './machine-support.ts';

/**
 * The host's CPU times with its I/O wait counted as Linux does: an idle CPU's time is I/O
 * wait while a task that slept on it waits for a block device (account_idle_time: nr_iowait
 * of its run queue, kernel/sched.c). Each VM's I/O thread blocks on the host's disk for as long
 * as its virtual disk has requests there (its disk's time in flight), holding one CPU's idle
 * as I/O wait; `times` is the host's, whatever I/O wait it was given set back to idle.
 */
export function vmHostTimes(sim: PlatformSimulation, times: CpuTimes): CpuTimes {
  let blockedNs = 0;
  for (const g of sim.guests) blockedNs += g.disk.busyAt(sim.now);
  return withIoWait({ ...times, idle: times.idle + times.iowait, iowait: 0 }, blockedNs);
}

/**
 * /proc/stat's procs_running and procs_blocked on the host (vmstat's r and b): each running
 * vCPU thread, and each VM whose I/O thread waits at the disk now (its requests were in
 * flight over the last nanosecond).
 */
export function vmHostRunQueue(sim: PlatformSimulation): RunQueue {
  let runnable = 0;
  let blocked = 0;
  for (const g of sim.guests) {
    if (!g.live) continue;
    runnable += Math.min(g.runnable(), g.vcpus);
    if (g.disk.busyAt(sim.now) > g.disk.busyAt(sim.now - 1)) blocked++;
  }
  return { runnable, blocked };
}
