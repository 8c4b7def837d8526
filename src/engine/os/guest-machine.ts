/**
 * A guest as its shell sees it, read from the simulation: a VM sees its vCPUs, its
 * reserved memory and the steal the hypervisor imposes; a container sees the host's
 * kernel, CPUs and memory (as a container without lxcfs does); a native guest sees its
 * dedicated server: the host's hardware, running it alone.
 */
import { calendarEpochUnixS } from './calendar-epoch.ts';
import { CPU_GENERATIONS } from '../calibration/cpu-generations.ts';
import type { Task } from '../run/core/task.ts';
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import type { PlatformSimulation } from '../run/platform-simulation.ts';
import { SAMPLE_NS } from '../run/core/simulation-core.ts';
import { addressOf, answeringOs, dedicatedServerMemory, dedicatedServerTimes, hostTimes, lookupHost, pingRtt, platformMemory, swapSpaceOf, vmTimes } from './machine-support.ts';
import { GUEST_OS } from './guest-os.ts';
import { dedicatedServerCounters, kernelCounters, vmCounters } from './kernel-counters.ts';
import type { CpuInfo, CpuTimes, DiskInfo, HostAddress, KernelCounters, Machine, RunQueue, SwapSpace, MemoryInfo, NetInterface, ProcessInfo, TaskHandle, TaskSpec } from './machine.ts';
import type { FileSystem } from './filesystem.ts';
import { containerSubnet, interfacesFor, macAddress, onVenet, zoneInterfaces } from './addresses.ts';
import { containerVenetInterfaces } from './venet.ts';
import { cpuFlags } from './cpu-flags.ts';
import { pciDevices } from './pci-bus.ts';
import { bootLog, kernelLines, printkStamped } from './boot-log.ts';
import { osIdentity, type OsIdentity } from './os-identity.ts';
import type { LinuxKernel } from './linux-kernels.ts';
import { hostEra } from '../consoles/products.ts';
import { guestPidBase, kernelPidKey, PidTable } from './pid-table.ts';
import { asShown, baseProcesses, firstBasePid, busiestState, ignoresSignals, inKernelWork, internalPid, kernelWorkload, taskProgram, type TaskProgram, ownBaseProcesses, shownPid, type BaseProcess, type GuestKind } from './process-names.ts';
import { failedHandle, taskHandle } from './task-handle.ts';
import { virtualHardware, type VirtualHardware } from './virtual-hardware.ts';
import { guestDisks } from './guest-disks.ts';
import { machineFaults, type MachineFaults } from '../faults/machine-faults.ts';
import { TouchingWorkers } from '../run/core/touching-workers.ts';
import { oomLogLines } from '../memory/oom-kernel-log.ts';

/** Where a guest's tasks' processes appear in its process list. */
const MAX_PROCESSES_PER_TASK = 16;
/** The shared kernel's key for an application container's shim: a container's own pids start at 1. */
const SHIM_KEY = 0;

/** The pid table's key for an application container's console shell (tasks' ids are 0 and up). */
const CONSOLE_SHELL_TASK = -1;
/** stress-ng's vm worker tries a refused mmap again every 100 ms, NO_MEM_RETRIES_MAX (100) times (stress-vm.c). */
const STRESS_NG_MAP_RETRIES = 100;
/** What the OS's installation takes of its root file system, MiB. */
const INSTALLED_MIB = 1800;

export class GuestMachine implements Machine {
  readonly hostname: string;
  readonly family;
  readonly osName: string;
  readonly kernelRelease: string;
  readonly kernelVersion: string;
  readonly distribution: string;
  readonly arch: string;
  readonly linuxKernel?: LinuxKernel;
  readonly role = 'guest' as const;
  readonly hw: VirtualHardware;
  /** The kernel it runs (a container: its host's). */
  private readonly kernel: OsIdentity;
  private readonly pids: PidTable;
  private readonly killed = new Set<number>();
  /** The workers of tasks that allocate memory (stress-ng --vm-bytes), by task id. */
  private readonly touching = new Map<number, TouchingWorkers>();
  private readonly container: boolean;
  private readonly vm: boolean;
  /** Native: the guest alone on a dedicated server of the host's hardware. */
  private readonly native: boolean;
  private readonly guestKind: GuestKind;
  /** What runs beside the tasks, from `firstPid` (a Solaris zone's in the global zone's pid space, which it shares). */
  private readonly base: readonly BaseProcess[];
  private readonly firstPid: number;
  readonly faults: MachineFaults;
  /** Its kernel's swap reservations, where it keeps them (a Solaris zones host). */
  readonly swapSpace?: () => SwapSpace;
  /** A Solaris zone's id (its boot's, as zoneadm lists it) and name. */
  readonly zone?: () => { readonly id: number; readonly name: string };
  readonly epochUnixS: number;

  constructor(
    private readonly sim: PlatformSimulation,
    readonly guest: GuestRuntime,
    readonly fs: FileSystem,
    private readonly kernelPids: PidTable,
    /** A zone's global zone's root file system (its df reports it); absent for every other guest. */
    private readonly globalRoot?: () => DiskInfo,
  ) {
    const s = sim.scenario;
    const kind = sim.model.kind;
    this.container = kind === 'container';
    this.vm = kind === 'hosted' || kind === 'bare-metal';
    this.native = kind === 'native';
    this.hw = virtualHardware(s, kind);
    this.hostname = guest.spec.name;
    this.epochUnixS = calendarEpochUnixS(s);
    this.family = guest.spec.os;
    const own = osIdentity(guest.spec.os, s.host.cpu, this.hw.kernelFlavour);
    // A container runs its image's userland on the host's kernel.
    const kernel: OsIdentity = this.container ? osIdentity(s.platforms.container.hostOs, hostEra('container', s), this.hw.kernelFlavour) : own;
    this.osName = kernel.osName;
    this.kernelRelease = kernel.kernelRelease;
    this.kernelVersion = kernel.kernelVersion;
    this.distribution = own.distribution;
    this.arch = kernel.arch;
    this.kernel = kernel;
    if (kernel.linux) this.linuxKernel = kernel.linux;
    const c = s.platforms.container;
    this.guestKind = !this.container ? 'machine' : c.hostOs === 'solaris' ? 'zone' : c.storage === 'overlay' ? 'app-container' : 'system-container';
    this.base = ownBaseProcesses(this.family, this.guestKind);
    this.firstPid = this.guestKind === 'zone' ? guestPidBase('solaris', guest.index) + 1 : firstBasePid(this.family);
    // Tasks' processes follow the base ones after a gap; an application container's program is its pid 1.
    this.pids = new PidTable(this.guestKind === 'app-container' ? 1 : (this.guestKind === 'zone' ? this.firstPid : 0) + this.base.length + 100);
    if (sim.memory.policy.reservesSwap) this.swapSpace = () => swapSpaceOf(sim);
    if (this.guestKind === 'zone') this.zone = () => ({ id: guest.domainId, name: guest.spec.name });
    this.faults = machineFaults(sim, guest);
  }

  now(): number {
    return this.sim.now;
  }

  bootedAtNs(): number {
    return this.guest.kernelStartNs >= 0 ? this.guest.kernelStartNs : this.sim.now;
  }

  cpu(): CpuInfo {
    const gen = CPU_GENERATIONS[this.sim.scenario.host.cpu];
    return {
      model: gen.cpuid.brand,
      signature: gen.cpuid,
      mhz: gen.cpuid.mhz,
      count: this.vm ? this.guest.vcpus : this.sim.scenario.host.cores,
      hypervisorVendor: this.hw.hypervisorVendor,
      virtualizationType: this.hw.virtualizationType,
      flags: cpuFlags(gen, this.vm, this.kernelRelease),
    };
  }

  virtualization(): string {
    return this.hw.detectVirt;
  }

  memory(): MemoryInfo {
    if (this.native) return dedicatedServerMemory(this.sim, this.guest);
    if (!this.vm) return platformMemory(this.sim);
    const parts = this.guest.plan?.memoryMiB ?? {};
    // Linux's Xen and virtio balloon drivers take the pages they give back out of the kernel's count of its memory
    // (xen balloon.c: totalram_pages = bs.current_pages; virtio_balloon.c: adjust_managed_page_count(page, -1)):
    // MemTotal shrinks. VMware's, VirtualBox's and Windows' drivers hold them as allocated memory: used.
    const ballooned = this.guest.pressure.balloonedMiB;
    const outOfTotal = this.family === 'linux' && (this.hw.detectVirt === 'xen' || this.hw.detectVirt === 'kvm');
    const totalKiB = (this.guest.spec.memoryMiB - 8 - (outOfTotal ? ballooned : 0)) * 1024;
    const usedKiB = ((parts['guest-kernel'] ?? 0) + (parts['workload'] ?? 0) + this.guest.pressure.allocatedMiB + (outOfTotal ? 0 : ballooned)) * 1024;
    // The guest kernel gives up page cache to what processes allocate.
    const cachedKiB = Math.max(0, Math.min((parts['page-cache'] ?? 0) * 1024, totalKiB - usedKiB));
    const buffersKiB = Math.round(totalKiB * 0.02);
    // A VM's own kernel swaps nothing in the model (its OOM killer acts at the VM's memory): no swap to show.
    return { totalKiB, cachedKiB, buffersKiB, freeKiB: Math.max(0, totalKiB - usedKiB - cachedKiB - buffersKiB), swapTotalKiB: 0, swapFreeKiB: 0 };
  }

  cpuTimes(): CpuTimes {
    if (this.native) return dedicatedServerTimes(this.sim, this.guest);
    if (!this.vm) return hostTimes(this.sim);
    return vmTimes(this.sim, this.guest, this.hw);
  }

  kernelCounters(): KernelCounters {
    const { sim, guest } = this;
    if (this.vm) return vmCounters(sim, guest);
    if (this.native) return dedicatedServerCounters(sim, guest, GUEST_OS[this.family].timerHz);
    // A container's /proc/stat is the host kernel's: every container's work and the host's ticks.
    return kernelCounters(sim, sim.guests, sim.scenario.host.cores, GUEST_OS[sim.scenario.platforms.container.hostOs].timerHz, sim.now);
  }

  processes(): readonly ProcessInfo[] {
    const base = baseProcesses(this.base, this.firstPid, this.bootedAtNs(), this.guestKind === 'zone');
    const tasks = this.taskProcesses();
    return [...inKernelWork(base, tasks, kernelWorkload(this.guest.spec.workload.kind, this.family)), ...this.consoleShell()].filter((p) => !this.killed.has(p.pid)).map((p) => asShown(this.family, p));
  }

  /**
   * A Docker container's /proc/stat is the host kernel's ("the contents of /proc/stat is shared across the
   * system", lxcfs, which exists to hide it) and a zone's kstats the system's: vmstat's r and b count every
   * container's processes. OpenVZ keeps each container's count, as its load average.
   */
  kernelRunQueue(): RunQueue | null {
    if (this.vm || this.native || this.guestKind === 'system-container') return null;
    const { sim } = this;
    return sim.workers.countStates(sim.now, (t) => sim.tasks[t]?.kind !== 'boot');
  }

  /** An application container's console is a shell started in it (docker exec -it … bash), numbered after what ran when it was first listed. */
  private consoleShell(): ProcessInfo[] {
    if (this.guestKind !== 'app-container') return [];
    const pid = this.pids.firstPid(CONSOLE_SHELL_TASK, 1);
    return [{ pid, ppid: 0, user: 'root', state: 'S', cpuPercent: 0, cpuTimeNs: 0, memKiB: 2_800, command: 'bash', startedNs: this.bootedAtNs() }];
  }

  /**
   * How much more CPU a VM without a steal clock charges its processes than they had in the
   * last second: the ticks it missed while its vCPUs waited land on what was running.
   */
  private missedTickFactor(): number {
    if (!this.vm || this.hw.stealClock) return 1;
    let busy = 0;
    for (const t of this.guest.tasks) busy += t.cpuLastSecond;
    return busy > 0 ? 1 + this.guest.stealLastSecond / busy : 1;
  }

  /** The processes of this guest's running tasks, pid by pid. */
  taskProcesses(): ProcessInfo[] {
    const out: ProcessInfo[] = [];
    const resident = this.residentShare();
    const missed = this.missedTickFactor();
    for (const t of this.guest.tasks) {
      if (t.kind === 'boot' || t.workerCount === 0) continue;
      const program = this.programOf(t);
      const n = this.processCount(t);
      const first = this.pids.firstPid(t.id, n);
      const cpuPercent = ((t.cpuLastSecond * missed) / SAMPLE_NS / n) * 100;
      const memKiB = ((t.workload?.residentMiB ?? 4) * 1024 * resident) / n;
      const held = this.touching.get(t.id)?.heldMiB;
      const workers = this.sim.workers.of(t.id);
      for (let i = 0; i < n; i++) {
        const w = workers[i];
        out.push({
          pid: first + i,
          ppid: this.guestKind === 'zone' ? this.firstPid : first + i === 1 ? 0 : 1,
          user: program.user,
          state: program.threaded ? busiestState(workers.map((x) => this.sim.workers.state(x, this.sim.now))) : w === undefined ? 'S' : this.sim.workers.state(w, this.sim.now),
          cpuPercent,
          cpuTimeNs: t.cpuTotalNs / n,
          // A worker that touches memory holds what it touched (stress-ng's --vm-bytes buffer replaces the workload's own).
          memKiB: held ? (held[i] ?? 0) * 1024 * resident : memKiB,
          command: program.command,
          startedNs: t.startNs,
        });
      }
    }
    return out;
  }

  /** The program task `t` runs as, and how many processes it shows as (process-names.ts). */
  private programOf(t: Task): TaskProgram {
    return taskProgram(t.kind === 'scenario' ? null : t.command, this.guest.spec.workload.kind, this.family);
  }

  private processCount(t: Task): number {
    return this.programOf(t).threaded ? 1 : Math.min(t.workerCount, MAX_PROCESSES_PER_TASK);
  }

  /**
   * The share of its processes' memory that is resident: on one kernel, what the host swapped out or rcapd paged
   * out is not (a VM's own kernel cannot see its host's swap, so its processes stay whole).
   */
  private residentShare(): number {
    if (!this.container) return 1;
    const held = this.guest.heldMiB();
    const wanted = (this.guest.plan?.memoryMiB['workload'] ?? 0) + this.guest.pressure.allocatedMiB;
    const have = (held['workload'] ?? 0) + (held['allocated'] ?? 0);
    return wanted > 0 ? Math.min(1, have / wanted) : 1;
  }

  loadAverage(): readonly [number, number, number] {
    // A VM's kernel and a native guest's dedicated server count its own; OpenVZ's kernel keeps each container's
    // load average apart (its /proc/loadavg, vzlist's laverage: wiki.openvz.org/Loadavg).
    if (this.vm || this.native || this.guestKind === 'system-container') return this.guest.loads.workers;
    // A Docker container or a Solaris zone sees the one kernel's load: every guest's.
    const sum: [number, number, number] = [0, 0, 0];
    for (const g of this.sim.guests) for (let i = 0; i < 3; i++) sum[i] = (sum[i] as number) + (g.loads.workers[i] as number);
    return sum;
  }

  disks(): readonly DiskInfo[] {
    return guestDisks(this.guestKind, this.family, this.hw, INSTALLED_MIB * 1024 + Math.ceil(this.fs.usedBytes() / 1024), this.globalRoot?.());
  }

  interfaces(): readonly NetInterface[] {
    const ipv4 = addressOf(this.sim, this.guest.index);
    const subnet = this.container ? containerSubnet(this.sim.scenario) : null;
    const own = interfacesFor(ipv4, macAddress(this.hw.detectVirt, ipv4, this.guest.index), this.hw.nicDriver, subnet);
    if (this.guestKind === 'zone') return zoneInterfaces(own, this.guest.index, this.hostname);
    return this.container && onVenet(this.sim.scenario) ? containerVenetInterfaces(own, ipv4) : own;
  }

  board(): { vendor: string; product: string } {
    return { vendor: this.hw.systemVendor, product: this.hw.systemProduct };
  }

  pciDevices(): readonly string[] {
    return pciDevices(this.hw, virtualHardware(this.sim.scenario, 'native'));
  }

  kernelLog(): readonly string[] {
    // A VM's kernel logs only its own OOM kills; a container reads the one host kernel's buffer, every container's kills.
    const oom = this.vm ? this.guest.pressure.oomLog : this.sim.memory.oomLog;
    const bootedAt = this.vm ? this.bootedAtNs() : 0;
    // A VM's kernel buffer starts empty at each boot: kills logged by an earlier boot are gone.
    const kills = oom.filter((e) => e.atNs >= bootedAt).flatMap((e) => oomLogLines(e, bootedAt));
    return [...kernelLines(this.bootFacts()), ...printkStamped(kills, this.kernel)];
  }

  /** The first pid of one of this guest's tasks as the kernel that logs its OOM kill numbers it: a VM's own, else the host's. */
  kernelPidOfTask(taskId: number): number {
    const t = this.guest.tasks.find((x) => x.id === taskId);
    const pid = shownPid(this.family, this.pids.firstPid(taskId, Math.min(t?.workerCount ?? 1, MAX_PROCESSES_PER_TASK)));
    return this.vm ? pid : this.hostPid(pid);
  }

  /**
   * The pid the host's kernel gives one of this guest's processes (the host's ps, its kernel log): a container's
   * pid namespace is its own numbering of some of the one kernel's processes; a zone has none (its pids are the
   * global zone's already).
   */
  hostPid(pid: number): number {
    if (this.guestKind === 'zone') return pid;
    // The kernel numbered them as they started, the shim that started the container first, then its init: what the
    // container runs now takes its pids in that order.
    if (!this.kernelPids.has(kernelPidKey(this.guest.index, pid))) {
      if (this.guestKind === 'app-container') this.shimPid();
      for (const p of this.processes()) this.kernelPid(p.pid);
    }
    return this.kernelPid(pid);
  }

  /** The host pid of the shim an application container's processes run under (containerd's, between dockerd and runc). */
  shimPid(): number {
    return this.kernelPid(SHIM_KEY);
  }

  private kernelPid(pid: number): number {
    return this.kernelPids.firstPid(kernelPidKey(this.guest.index, pid), 1);
  }

  /** The boot messages streamed to the console while the guest boots. */
  bootMessages(): ReturnType<typeof bootLog> {
    return bootLog(this.bootFacts());
  }

  kill(shown: number, signal: number): string | null {
    const pid = internalPid(this.family, shown);
    if (pid === null) return 'No such process';
    for (const t of this.guest.tasks) {
      if (t.kind === 'boot' || t.workerCount === 0) continue;
      const n = this.processCount(t);
      const first = this.pids.firstPid(t.id, n);
      if (pid >= first && pid < first + n) {
        if (signal !== 0) this.sim.endTask(t);
        return null;
      }
    }
    const index = pid - this.firstPid;
    if (index < 0 || index >= this.base.length || this.killed.has(pid)) return 'No such process';
    if (signal !== 0 && !ignoresSignals(this.family, index)) this.killed.add(pid);
    return null;
  }

  pingRttNs(target: string): number | null {
    return pingRtt(this.sim, this.guest.index, target);
  }

  lookupHost(name: string): HostAddress | null {
    return lookupHost(this.sim, name, { hostname: this.hostname, address: addressOf(this.sim, this.guest.index), os: answeringOs(this.sim, this.guest.index) });
  }

  startTask(spec: TaskSpec): TaskHandle {
    const t = this.sim.startTask(this.guest, {
      command: spec.command,
      workload: spec.workload,
      workers: Math.max(1, Math.min(64, Math.floor(spec.workers))),
      ...(spec.maxTransactions === undefined ? {} : { maxTransactions: spec.maxTransactions }),
      ...(spec.maxDurationNs === undefined ? {} : { maxDurationNs: spec.maxDurationNs }),
      ...(spec.peer === undefined ? {} : { peer: spec.peer }),
    });
    if (typeof t === 'string') return failedHandle(t);
    const perWorker = spec.touchMiBPerWorker;
    if (perWorker === undefined || !(perWorker > 0)) return taskHandle(this.sim, t);
    for (const [id, w] of this.touching) if (w.done) this.touching.delete(id);
    // stress-ng's vm workers (--vm-bytes): each maps its buffer whole, and gives up after 100 refused mmaps (stress-vm.c).
    const touching = new TouchingWorkers(this.sim, this.guest, {
      targetsMiB: Array.from({ length: t.workerCount }, () => perWorker),
      restart: true,
      until: () => t.ended,
      mapRetries: STRESS_NG_MAP_RETRIES,
      gaveUp: () => this.sim.endTask(t),
      sleeping: (asleep) => this.sim.setTaskAsleep(t, asleep),
    });
    this.touching.set(t.id, touching);
    return taskHandle(this.sim, t, touching.start());
  }

  private bootFacts(): Parameters<typeof bootLog>[0] {
    const s = this.sim.scenario;
    return {
      os: this.family,
      hostname: this.hostname,
      id: { ...this.kernel, distribution: this.distribution },
      hw: this.hw,
      gen: CPU_GENERATIONS[s.host.cpu],
      cpus: this.cpu().count,
      memoryMiB: this.vm ? this.guest.spec.memoryMiB : s.host.memoryMiB,
      container: this.container,
      paravirtual: this.hw.virtualizationType === 'para',
    };
  }
}

