/**
 * The host's memory on one platform during a run: refuses a guest that a platform without
 * overcommit cannot fit, rebalances the guests' memory whenever their demand changes (a
 * guest starts or stops, a process allocates), and carries out the OOM kills that
 * balancing calls for — a process inside a VM, a container's process, a container's main
 * process (the container goes down), or a whole VM's process on a hosted or KVM host.
 * An extension of the simulation core: it decides admissions, adds swap-ins' disk time to
 * bursts, and rebalances on the core's guest-state and memory-demand events.
 */
import { productFor } from '../consoles/products.ts';
import type { GuestState } from '../metrics/results.ts';
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import type { Job } from '../run/core/job.ts';
import type { Task } from '../run/core/task.ts';
import type { SimulationCore } from '../run/core/simulation-core.ts';
import { balanceMemory, type OomKill, type PressureGuest } from './memory-pressure.ts';
import { swapInNs, swapInsPerTransaction } from './host-swap.ts';
import { memoryPolicy, type MemoryPolicy } from './memory-policy.ts';
import type { OomLogEntry } from '../run/core/guest-pressure.ts';
import { commOf, oomScore } from './oom-kernel-log.ts';
import { workloadProcess } from '../os/process-names.ts';

export class HostMemory {
  readonly policy: MemoryPolicy;
  /** The host's memory beside the platform's own layers (host OS, hypervisor, dom0 …), MiB. */
  readonly freeMiB: number;
  private balancing = false;
  /** One swap-in's time on the host's disk, ns. */
  private readonly swapInNs: number;
  /** OOM kills the host's own kernel logged (the one kernel containers share; the host OS under VMs). */
  readonly oomLog: OomLogEntry[] = [];
  /** The pid a guest's task's process has in its machine's ps, set by whoever numbers processes (the machines). */
  pidOf: ((guest: number, taskId: number) => number) | null = null;

  constructor(private readonly sim: SimulationCore) {
    this.policy = memoryPolicy(sim.scenario, sim.model.kind);
    const base = Object.values(sim.model.baseMemoryMiB()).reduce((a, b) => a + b, 0);
    this.freeMiB = Math.max(0, sim.scenario.host.memoryMiB - base);
    this.swapInNs = swapInNs(sim.scenario.host);
    sim.hooks.admission = (planMiB) => this.refusal(planMiB);
    if (this.policy.reservesSwap) sim.hooks.reserve = (g, mib) => this.reserveSwap(g, mib);
    sim.hooks.extraDiskNs = (g, t, job, scale) => this.swapInDiskNs(g, t, job, scale);
    // Demand changes when a guest comes or goes (not when a booted one starts its workload) or allocates.
    sim.on('guestStateChanged', (g, from) => {
      if (from === null || isLive(from) !== g.live) this.rebalance(g);
    });
    sim.on('memoryDemandChanged', (g) => this.rebalance(g));
  }

  /** Touches of pages the host swapped out fault, each a disk read the batch waits for: that disk time, ns. */
  private swapInDiskNs(g: GuestRuntime, t: Task, job: Job, scale: number): number {
    const out = g.pressure.outFraction;
    if (!(out > 0) || !t.workload) return 0;
    const swapIns = swapInsPerTransaction(out, t.workload.perTx) * job.transactions * scale;
    g.pressure.swapIns += swapIns;
    return swapIns * this.swapInNs;
  }

  /**
   * Solaris' swapfs: swap devices and physical memory together back anonymous memory, and a
   * reservation that would leave less than swapfs_minfree of memory (the larger of 2 MB and
   * 1/8 of physical memory) is refused (Solaris Tunable Parameters Reference Manual,
   * "Swapping-Related Parameters" and swapfs_minfree). Reserved: every running zone's
   * processes and kernel state, and what its processes mapped beyond them.
   */
  private reserveSwap(g: GuestRuntime, mib: number): boolean {
    const s = this.swapSpaceMiB();
    if (mib > s.available) return false;
    g.pressure.reservedMiB += mib;
    return true;
  }

  /**
   * The swap reservations now, MiB: allocated (every running zone's processes and kernel
   * state, and what its processes touched of what they mapped), reserved (mapped, not yet
   * touched) and what is left.
   */
  swapSpaceMiB(): { allocated: number; reserved: number; available: number } {
    const ram = this.sim.scenario.host.memoryMiB;
    const pool = this.freeMiB - Math.max(2, ram / 8) + (this.sim.scenario.host.swapMiB ?? 0);
    let allocated = 0;
    let reserved = 0;
    for (const x of this.sim.guests) {
      if (!x.live) continue;
      const plan = x.plan?.memoryMiB ?? {};
      const touched = Math.min(x.pressure.allocatedMiB, x.pressure.reservedMiB);
      allocated += (plan['workload'] ?? 0) + (plan['container-state'] ?? 0) + touched;
      reserved += x.pressure.reservedMiB - touched;
    }
    return { allocated, reserved, available: Math.max(0, pool - allocated - reserved) };
  }

  /** Why a platform that does not overcommit cannot start a guest needing `planMiB` now, or null. */
  refusal(planMiB: Readonly<Record<string, number>>): string | null {
    if (this.policy.overflow !== 'refuse') return null;
    // What the running guests hold now: a domain ballooned down (xm mem-set) leaves room for another.
    const held = this.sim.guests.reduce((s, g) => s + total(g.heldMiB()), 0);
    const need = total(planMiB);
    if (held + need <= this.freeMiB) return null;
    return (
      `Not enough free memory: this guest needs ${Math.round(need)} MiB and ${Math.round(this.freeMiB - held)} MiB is free. ` +
      `${productFor(this.sim.model.kind, this.sim.scenario)?.label ?? this.sim.model.label} does not overcommit memory: ` +
      `a guest's memory must be free when it starts.`
    );
  }

  /**
   * Asks a VM's balloon driver to leave it `targetMiB` (null: all its memory), as `xm
   * mem-set` and `virsh setmem` do; the driver gives back what the guest can spare (its
   * free memory, then page cache). Returns what the balloon now holds, MiB.
   */
  setBalloonTarget(g: GuestRuntime, targetMiB: number | null): number {
    g.pressure.balloonTargetMiB = targetMiB;
    this.rebalance();
    return g.pressure.balloonedMiB;
  }

  /**
   * Balances memory again and carries out the OOM kills that takes, one at a time. Natively,
   * where each guest has a server of its own, only `changed`'s server when it is named: the
   * others' demand did not change.
   */
  rebalance(changed?: GuestRuntime): void {
    if (this.balancing) return;
    this.balancing = true;
    try {
      if (this.sim.dedicatedServers) for (const g of changed ? [changed] : this.sim.guests) this.balanceServer(g);
      else this.balanceAll();
    } finally {
      this.balancing = false;
    }
  }

  private balanceAll(): void {
    const swapMiB = this.sim.scenario.host.swapMiB ?? 0;
    for (let round = 0; round <= 2 * this.sim.guests.length + 1; round++) {
      const live = this.sim.guests.filter((g) => g.live);
      const b = balanceMemory(live.map(pressureGuest), this.policy, this.freeMiB, swapMiB);
      if (b.kill === null) {
        for (const g of this.sim.guests) {
          g.residentMiB = null;
          if (!g.live) g.pressure.resetReclaim();
        }
        live.forEach((g, i) => (g.residentMiB = b.residentMiB[i] ?? null));
        return;
      }
      this.kill(b.kill);
    }
  }

  /**
   * One dedicated server's memory, balanced alone, so what its guest allocates fills only its own
   * server's; its guest's kills are at most its workload and an allocation.
   */
  private balanceServer(g: GuestRuntime): void {
    for (let round = 0; round <= 2; round++) {
      g.residentMiB = null;
      if (!g.live) {
        g.pressure.resetReclaim();
        return;
      }
      const b = balanceMemory([pressureGuest(g)], this.policy, this.freeMiB, this.sim.scenario.host.swapMiB ?? 0);
      if (b.kill === null) {
        g.residentMiB = b.residentMiB[0] ?? null;
        return;
      }
      this.kill(b.kill);
    }
  }

  private kill(k: OomKill): void {
    const g = this.sim.guests[k.guest] as GuestRuntime;
    const p = g.pressure;
    const mib = Math.round(k.process === 'workload' ? (g.plan?.memoryMiB['workload'] ?? 0) : p.allocatedMiB);
    // The process by the name its kernel's log gives it (postgres, httpd), and the workload it runs.
    const what =
      k.process === 'workload'
        ? `${commOf(workloadProcess(g.spec.workload.kind, g.spec.os).command)} (${g.workload.label}, ${mib} MiB resident)`
        : `a process that allocated memory (${mib} MiB resident)`;
    const by = { guest: "the guest kernel's OOM killer", cgroup: "the container's memory cgroup OOM killer", host: "the host's OOM killer" }[k.scope];
    p.oomKills++;
    this.log(k, g, mib);
    if (k.scope === 'host' && this.policy.guests === 'vm') {
      p.lastOomKill = `${by} killed the VM's process (${Math.round(total(g.residentMiB ?? g.plan?.memoryMiB ?? {}))} MiB, the biggest on the host)`;
      this.sim.crashGuest(g, `out of memory: ${p.lastOomKill}`);
      return;
    }
    p.lastOomKill = `${by} killed ${what}`;
    if (k.process === 'allocation') {
      p.allocatedMiB = 0;
      p.allocationKills++;
      return;
    }
    if (this.policy.guests === 'process') {
      // A container's main process is its init: when it dies the container stops.
      this.sim.crashGuest(g, `out of memory: ${p.lastOomKill}`);
      return;
    }
    p.workloadKilled = true;
    for (const t of [...g.tasks]) if (t.kind === 'scenario') this.sim.endTask(t);
  }

  /** The killing kernel's ring buffer gets the kill: the VM's own kernel, or the host's. */
  private log(k: OomKill, g: GuestRuntime, mib: number): void {
    const s = this.sim.scenario;
    const vmProcess = k.scope === 'host' && this.policy.guests === 'vm';
    const rssMiB = vmProcess ? total(g.residentMiB ?? g.plan?.memoryMiB ?? {}) : mib;
    // The process an allocation kill takes is the newest command's (stress-ng's worker); a workload kill, the scenario's.
    const task = vmProcess ? undefined : [...g.tasks].reverse().find((t) => t.kind === (k.process === 'allocation' ? 'command' : 'scenario'));
    const comm = vmProcess
      ? (productFor(this.sim.model.kind, s)?.guestProcess?.name ?? 'qemu-kvm')
      : commOf(task?.kind === 'command' ? task.command : workloadProcess(g.spec.workload.kind, g.spec.os).command);
    const domainMiB = { guest: g.spec.memoryMiB, cgroup: g.memoryLimitMiB ?? 0, host: s.host.memoryMiB + (s.host.swapMiB ?? 0) }[k.scope];
    const entry: OomLogEntry = {
      atNs: this.sim.now,
      guest: g.index,
      pid: task && this.pidOf ? this.pidOf(g.index, task.id) : null,
      comm,
      score: oomScore(rssMiB, domainMiB),
      rssKiB: rssMiB * 1024,
      cgroup: k.scope === 'cgroup',
    };
    (k.scope === 'guest' ? g.pressure.oomLog : this.oomLog).push(entry);
  }
}

function isLive(s: GuestState): boolean {
  return s === 'booting' || s === 'running';
}

function total(parts: Readonly<Record<string, number>>): number {
  return Object.values(parts).reduce((a, b) => a + b, 0);
}

function pressureGuest(g: GuestRuntime): PressureGuest {
  return {
    index: g.index,
    os: g.spec.os,
    planMiB: g.plan?.memoryMiB ?? {},
    memoryMiB: g.spec.memoryMiB,
    limitMiB: g.memoryLimitMiB,
    p: g.pressure,
  };
}
