/**
 * What a kernel counts since it booted and vmstat reads (machine.ts' KernelCounters), each
 * a count of the model's own: the operations the transactions completed so far did (their
 * op mixes) and the timer ticks the kernel took. Nothing else runs in the model's guests
 * (no daemons wake), so an idle one counts its ticks and little else.
 */
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import type { PlatformSimulation } from '../run/platform-simulation.ts';
import type { OpMix } from '../workloads/op-mix.ts';
import type { KernelCounters } from './machine.ts';
import { JOURNAL_COMMIT_BYTES } from '../calibration/devices.ts';
import { exitIndex } from '../metrics/exit-reasons.ts';
import { PAGE_BYTES } from '../sim/units.ts';

/** The counters of a machine with nothing done yet. */
export const NO_COUNTS: KernelCounters = {
  interrupts: 0,
  ticks: 0,
  contextSwitches: 0,
  syscalls: 0,
  pageFaults: 0,
  diskOps: 0,
  readOps: 0,
  readKiB: 0,
  writtenKiB: 0,
  diskBusyNs: 0,
  diskAwaitNs: 0,
  swappedInKiB: 0,
  swappedOutKiB: 0,
};

type Sum = { -readonly [K in keyof KernelCounters]: number };

/**
 * Adds `times` repetitions of `m`: its device interrupts, context switches (unless a kernel of
 * the guest's own switched them) and the disk requests that reach the device.
 */
function addMix(sum: Sum, m: OpMix, times: number, switches: boolean, hostWrites = 0): void {
  sum.interrupts += m.interrupts * times;
  if (switches) {
    sum.contextSwitches += m.contextSwitches * times;
    sum.syscalls += m.syscalls * times;
    sum.pageFaults += (m.pageFaults + m.bareFaults) * times;
  }
  sum.diskOps += (m.diskOps + m.writebackOps + m.syncWrites * hostWrites) * times;
  sum.readOps += (m.diskOps - m.syncWrites) * times;
  const kib = m.diskBytesPerOp / 1024;
  sum.readKiB += (m.diskOps - m.syncWrites) * kib * times;
  sum.writtenKiB += ((m.syncWrites + m.writebackOps) * kib + (m.syncWrites * hostWrites * JOURNAL_COMMIT_BYTES) / 1024) * times;
}

/**
 * What the work `guests` completed did: their boots' requests (each a piece of its OS's boot
 * work, core/boot-requests.ts) and their tasks' transactions. One walk of the tasks, however
 * many guests (a container host's vmstat counts hundreds).
 */
function workOf(sim: PlatformSimulation, guests: readonly GuestRuntime[], sum: Sum, switches = true, sinceBoot = false): void {
  const counted = new Uint8Array(sim.guests.length);
  for (const g of guests) counted[g.index] = 1;
  for (const t of sim.tasks) {
    if (counted[t.guestIndex] !== 1 || t.transactions === 0) continue;
    const g = sim.guests[t.guestIndex] as GuestRuntime;
    // A guest's own kernel counts what ran since it booted, not what its earlier boots did.
    if (sinceBoot && t.startNs < g.kernelStartNs) continue;
    if (t.kind === 'boot') {
      if (g.plan && g.bootRequests > 0) addMix(sum, g.plan.boot, t.transactions / g.bootRequests, switches);
    } else if (t.workload) {
      // A host carrying a VM's disk file also writes its own file system's journal for each of the VM's synchronous writes.
      addMix(sum, t.workload.perTx, t.transactions, switches, switches ? 0 : (g.plan?.paths.syncWrite.deviceWrites ?? 0));
    }
  }
}

/**
 * What the host's swapping did to `g`'s memory: the pages read back, and what was written out
 * (what is out now, and every page read back had been written out before).
 */
function swappingOf(g: GuestRuntime, sum: Sum): void {
  const inKiB = (g.pressure.swapIns * PAGE_BYTES) / 1024;
  sum.swappedInKiB += inKiB;
  sum.swappedOutKiB += g.pressure.swappedMiB * 1024 + inKiB;
}

function frozen(s: Sum): KernelCounters {
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Math.round(v)])) as unknown as KernelCounters;
}

/** A VM's kernel: its work and the timer ticks it took, busy and idle, since it booted (core/kernel-baseline.ts). */
export function vmCounters(sim: PlatformSimulation, g: GuestRuntime): KernelCounters {
  const base = g.atKernelStart;
  const ticks = g.ticksCharged + g.idleTicks(sim.now) - base.ticks;
  const sum: Sum = { ...NO_COUNTS, interrupts: ticks, ticks, diskBusyNs: g.disk.busyAt(sim.now) - base.diskBusyNs, diskAwaitNs: g.disk.awaitNs - base.diskAwaitNs };
  workOf(sim, [g], sum, true, true);
  return frozen(sum);
}

/** A dedicated server's kernel (native): one guest's work on it, its ticks on every core, its own disk, since it booted. */
export function dedicatedServerCounters(sim: PlatformSimulation, g: GuestRuntime, timerHz: number): KernelCounters {
  const base = g.atKernelStart;
  const upNs = g.kernelStartNs >= 0 ? sim.now - g.kernelStartNs : 0;
  const ticks = (sim.scenario.host.cores * timerHz * upNs) / 1e9;
  const sum: Sum = { ...NO_COUNTS, interrupts: ticks, ticks };
  workOf(sim, [g], sum, true, true);
  swappingOf(g, sum);
  sum.diskBusyNs = sim.disk.busyNsOf(g.index) - base.deviceBusyNs;
  sum.diskAwaitNs = g.disk.awaitNs - base.diskAwaitNs;
  return frozen(sum);
}

/**
 * The switches a kernel makes for the guests it carries, beyond their own processes' (addMix):
 * dom0's back-end threads wake for each event-channel notification from a front-end and block
 * again once they have sent theirs back, two switches per round. A host that runs VMs as its
 * threads (a hosted VMM's, KVM's) switches a core from one VM's threads to another's (the
 * run's "switches between guests"), and each of its threads that sleeps and wakes is switched
 * out and in: a vCPU thread that halts (an idle vCPU's HLT: KVM's kvm_vcpu_block schedules it
 * out until an interrupt is due) and wakes, and the VM's I/O thread, which wakes for each
 * of its devices' completions (`deviceInterrupts`, the interrupts it injects) and sleeps again.
 * A VM's exit to its monitor's user space (qemu's handling of a port access) is a return from
 * the KVM_RUN ioctl on the same thread: no switch. A container host switches between
 * containers' processes on top of their own switches.
 */
function carriedSwitches(sim: PlatformSimulation, guests: readonly GuestRuntime[], guestsAreVms: boolean, deviceInterrupts: number): number {
  let sum = 0;
  if (guestsAreVms && sim.model.driverDomain) {
    const notifications = exitIndex('hypercall:event-channel');
    for (const g of guests) sum += g.totals(sim.now).exits[notifications] as number;
    return sum;
  }
  for (const g of guests) sum += g.switchesAt(sim.now);
  if (!guestsAreVms) return sum;
  for (const g of guests) {
    const exits = g.totals(sim.now).exits;
    sum += 2 * ((exits[HLT_EXIT] as number) + (exits[HLT_TRAP] as number));
  }
  return sum + 2 * deviceInterrupts;
}

/** A vCPU halting: a hardware-assisted VM's HLT exit, a deprivileged guest's trapped HLT. */
const HLT_EXIT = exitIndex('exit:hlt');
const HLT_TRAP = exitIndex('trap:hlt');

/**
 * A kernel that ticks `cpus` CPUs at `timerHz` for `upNs` and does the I/O of `guests`: all
 * of their work where they are its own processes (containers on the host's kernel, a
 * dedicated server's one guest); their disk and device interrupts only where they are VMs
 * with kernels of their own, whose I/O it carries (a hosted VMM's host, dom0's back-ends).
 * It swaps out and in the memory of each (the host's swapping of a VM is its process's), and
 * switches between them or for them (carriedSwitches).
 */
export function kernelCounters(sim: PlatformSimulation, guests: readonly GuestRuntime[], cpus: number, timerHz: number, upNs: number, guestsAreVms = false): KernelCounters {
  const ticks = (cpus * timerHz * Math.max(0, upNs)) / 1e9;
  const sum: Sum = { ...NO_COUNTS, interrupts: ticks, ticks };
  workOf(sim, guests, sum, !guestsAreVms);
  sum.contextSwitches += carriedSwitches(sim, guests, guestsAreVms, sum.interrupts - ticks);
  for (const g of guests) {
    swappingOf(g, sum);
    // The physical disk: busy for as long as it served these guests' requests (one at a time, shared fairly).
    sum.diskBusyNs += sim.disk.busyNsOf(g.index);
    sum.diskAwaitNs += g.disk.awaitNs;
  }
  return frozen(sum);
}
