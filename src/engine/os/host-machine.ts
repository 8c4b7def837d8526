/**
 * A platform's management host as its console sees it: the host OS under a hosted VMM
 * (where each VM is just a process), Xen's dom0, ESX's service console, the container
 * host (which sees every container's processes, under host pids), or the native machine.
 */
import { calendarEpochUnixS } from './calendar-epoch.ts';
import { CPU_GENERATIONS } from '../calibration/cpu-generations.ts';
import { XEN_DOM0_MIB, ESX_SERVICE_CONSOLE_MIB } from '../calibration/footprints.ts';
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import type { PlatformSimulation } from '../run/platform-simulation.ts';
import { productFor } from '../consoles/products.ts';
import { zonePath } from '../consoles/commands/zones/zones.ts';
import { unkillable, proc, DAEMON_KIB, dockerShim, endsByDefault, backedKiB, guestCpuNs, guestCpuPercent, type HostProcess } from './host-processes.ts';
import type { FileSystem } from './filesystem.ts';
import { DISK_FS_TYPE, osImage } from './os-images.ts';
import { virtualHardware } from './virtual-hardware.ts';
import { kernelLines, printkStamped } from './boot-log.ts';
import type { LinuxKernel } from './linux-kernels.ts';
import type { OsIdentity } from './os-identity.ts';
import { GUEST_OS } from './guest-os.ts';
import { kernelCounters } from './kernel-counters.ts';
import { Dom0Work } from './dom0-work.ts';
import { managementTools } from './installed-programs.ts';
import type { CpuInfo, CpuTimes, DiskInfo, HostAddress, KernelCounters, Machine, SwapSpace, MemoryInfo, NetInterface, ProcessInfo, RunQueue, TaskHandle } from './machine.ts';
import { GATEWAY_IPV4, HOST_IPV4, REMOTE_IPV4 } from './addresses.ts';
import { hostInterfaces, type ManagerKind } from './host-network.ts';
import { cpuFlags } from './cpu-flags.ts';
import { pciDevices } from './pci-bus.ts';
import { NICS } from '../calibration/devices.ts';
import { addressOf, HOST_DISK_KIB, hostRootDevice, hostTimes, lookupHost, pingRtt, platformMemory, swapSpaceOf } from './machine-support.ts';
import type { OsId } from './os-families.ts';
import { asShown, BASE_PROCESSES, baseProcesses, firstBasePid, ignoresSignals, internalPid, shownPid } from './process-names.ts';
import { guestPidBase } from './pid-table.ts';
import { machineFaults, type MachineFaults } from '../faults/machine-faults.ts';
import { failedHandle } from './task-handle.ts';
import { oomLogLines } from '../memory/oom-kernel-log.ts';
import type { GuestMachine } from './guest-machine.ts';
import { managerOf } from './manager-identity.ts';
import { vmHostRunQueue, vmHostTimes } from './vm-host-threads.ts';

export class HostMachine implements Machine {
  readonly hostname: string;
  readonly family: OsId;
  readonly osName: string;
  readonly kernelRelease: string;
  readonly kernelVersion: string;
  readonly distribution: string;
  readonly arch: string;
  readonly linuxKernel?: LinuxKernel;
  readonly role = 'manager' as const;
  private readonly kind: ManagerKind;
  private readonly identity: OsIdentity;
  readonly faults: MachineFaults;
  /** Its kernel's swap reservations, where it keeps them (a Solaris zones host). */
  readonly swapSpace?: () => SwapSpace;
  /** dom0's work for the domains (null on any other management host). */
  private readonly dom0: Dom0Work | null;
  /** A Solaris zones host: the zones' roots are directories of its file system. */
  private readonly zonesHost: boolean;

  readonly epochUnixS: number;

  /** The management host's own system drive: its OS's tree (a Windows host's C:\, Solaris's global zone), with its name. */
  readonly fs: FileSystem;

  constructor(
    private readonly sim: PlatformSimulation,
    /** The guests' own machines, for the container host's view of their processes. */
    private readonly guestMachines: () => readonly GuestMachine[],
  ) {
    const m = managerOf(sim);
    this.hostname = m.hostname;
    this.epochUnixS = calendarEpochUnixS(sim.scenario);
    this.family = m.os;
    this.osName = m.id.osName;
    this.kernelRelease = m.id.kernelRelease;
    this.kernelVersion = m.id.kernelVersion;
    this.distribution = m.id.distribution;
    this.arch = m.id.arch;
    this.identity = m.id;
    if (m.id.linux) this.linuxKernel = m.id.linux;
    this.kind = m.kind;
    this.fs = osImage(m.os, { hostname: m.hostname, distribution: m.id.distribution, tools: managementTools(productFor(sim.model.kind, sim.scenario)?.console) });
    this.zonesHost = sim.model.kind === 'container' && m.os === 'solaris';
    // Each zone's zonepath, as zoneadm list -cv shows it: its root and its /dev beneath.
    if (this.zonesHost) for (const g of sim.scenario.guests) for (const dir of ['/zones', zonePath(g.name), `${zonePath(g.name)}/root`, `${zonePath(g.name)}/dev`]) this.fs.mkdir(dir, 0);
    if (sim.memory.policy.reservesSwap) this.swapSpace = () => swapSpaceOf(sim);
    this.faults = machineFaults(sim, null);
    this.dom0 = this.kind === 'dom0' ? new Dom0Work(sim) : null;
  }

  now(): number {
    return this.sim.now;
  }

  /** 0, or when it came back from its last crash (a kernel panic, the hypervisor's fault). */
  bootedAtNs(): number {
    return this.sim.faults.hostBootedAtNs();
  }

  cpu(): CpuInfo {
    const gen = CPU_GENERATIONS[this.sim.scenario.host.cpu];
    const underHypervisor = this.kind !== 'host';
    return {
      model: gen.cpuid.brand,
      signature: gen.cpuid,
      mhz: gen.cpuid.mhz,
      // dom0 has its own vCPUs (one per core by default); the service console is a VM of one vCPU.
      count: this.kind === 'dom0' ? (this.sim.model.driverDomain?.vcpus ?? 1) : underHypervisor ? 1 : this.sim.scenario.host.cores,
      hypervisorVendor: underHypervisor ? (this.kind === 'dom0' ? 'Xen' : 'VMware') : null,
      virtualizationType: this.kind === 'dom0' ? 'para' : underHypervisor ? 'full' : null,
      flags: cpuFlags(gen, underHypervisor, this.kernelRelease),
    };
  }

  virtualization(): string {
    return this.kind === 'dom0' ? 'xen' : this.kind === 'console' ? 'vmware' : 'none';
  }

  memory(): MemoryInfo {
    if (this.kind === 'host') return platformMemory(this.sim);
    const totalKiB = (this.kind === 'dom0' ? XEN_DOM0_MIB : ESX_SERVICE_CONSOLE_MIB) * 1024;
    const usedKiB = Math.round(totalKiB * 0.45);
    return { totalKiB, cachedKiB: Math.round(totalKiB * 0.2), buffersKiB: 0, freeKiB: totalKiB - usedKiB - Math.round(totalKiB * 0.2), swapTotalKiB: 1048576, swapFreeKiB: 1048576 };
  }

  cpuTimes(): CpuTimes {
    if (this.kind === 'host') return this.runsVms() ? vmHostTimes(this.sim, hostTimes(this.sim)) : hostTimes(this.sim);
    // dom0's own vCPUs: the back-end drivers' work; the service console: nearly idle.
    const system = this.dom0?.totalNs() ?? 0;
    return { user: 0, system, iowait: 0, steal: 0, idle: Math.max(0, this.cpu().count * this.sim.now - system) };
  }

  /** Whether this is an OS that runs the VMs as its processes (a hosted VMM's host, a KVM host), not one kernel for all. */
  private runsVms(): boolean {
    return this.kind === 'host' && (this.sim.model.kind === 'hosted' || this.sim.model.kind === 'bare-metal');
  }

  /** A VM host counts its VMs' threads (vm-host-threads.ts); elsewhere its processes are what its kernel counts. */
  kernelRunQueue(): RunQueue | null {
    return this.runsVms() ? vmHostRunQueue(this.sim) : null;
  }

  kernelCounters(): KernelCounters {
    const { sim } = this;
    const hz = GUEST_OS[this.family].timerHz;
    const vms = sim.model.kind === 'hosted' || sim.model.kind === 'bare-metal';
    if (this.kind === 'host') return kernelCounters(sim, sim.guests, sim.scenario.host.cores, hz, sim.now, vms);
    // dom0's back-ends carry the domains' I/O where it has split drivers; the service console ticks alone.
    const carried = this.kind === 'dom0' && sim.model.driverDomain ? sim.guests : [];
    return kernelCounters(sim, carried, this.cpu().count, hz, sim.now, true);
  }

  cpuPercentLastSecond(): number {
    return this.dom0?.percentLastSecond() ?? 0;
  }

  processes(): readonly ProcessInfo[] {
    return [...baseProcesses(BASE_PROCESSES[this.family], firstBasePid(this.family), 0), ...this.platformProcesses().map((p) => p.info)].map((p) => asShown(this.family, p));
  }

  /** What the platform adds to the host's processes: its product's daemons, then the guests' processes. */
  private platformProcesses(): HostProcess[] {
    return [...this.daemons(), ...this.guestProcesses(this.firstGuestPid())];
  }

  /**
   * The product's management daemons on its host OS (vmware-serverd, VBoxSVC, libvirtd, dockerd), after the
   * OS's own processes. Their memory is a nominal figure: the model counts it in the host OS's layer.
   */
  private daemons(): HostProcess[] {
    if (this.kind !== 'host') return [];
    const first = firstBasePid(this.family) + BASE_PROCESSES[this.family].length;
    return (productFor(this.sim.model.kind, this.sim.scenario)?.hostDaemons ?? []).map((command, i) => unkillable(proc(first + i, 'root', command, DAEMON_KIB, 0, 0)));
  }

  /** How each guest shows up on the management host, and what a signal to each process does. */
  private guestProcesses(firstPid: number): HostProcess[] {
    const s = this.sim.scenario;
    const running = this.sim.guests.filter((g) => g.state === 'running' || g.state === 'booting');
    switch (this.sim.model.kind) {
      case 'native':
      case 'container':
        if (this.sim.model.kind === 'container' && this.family === 'solaris') return this.zoneProcesses();
        return this.sharedKernelProcesses();
      case 'hosted':
        return this.vmProcesses(productFor('hosted', s)?.guestProcess ?? { name: 'vmware-vmx', perGuest: true }, running, firstPid);
      case 'bare-metal':
        if (this.kind === 'dom0') {
          const hvm = s.platforms['bare-metal'].guestMode !== 'paravirtual';
          return [
            unkillable(proc(firstPid, 'root', 'python /usr/sbin/xend start', 24_000, 0, 0)),
            ...running.flatMap((g, i) => {
              // The domain's back-end work runs here: a PV domain's in its back-end thread (standing for blkback and
              // netback), an HVM domain's in its device model.
              const work = this.dom0?.forGuest(g) ?? ([0, 0] as const);
              return [
                unkillable(proc(firstPid + 1 + 2 * i, 'root', `[blkback.${i + 1}.xvda]`, 0, ...(hvm ? ([0, 0] as const) : work))),
                // An HVM domain's device model: without it the domain has no devices, and Xen destroys it.
                ...(hvm ? [this.vmProcess(proc(firstPid + 2 + 2 * i, 'root', `/usr/lib/xen/bin/qemu-dm -d ${i + 1} -domain-name ${g.spec.name}`, 9_000, ...work), [g])] : []),
              ];
            }),
          ];
        }
        if (this.kind === 'host') return this.vmProcesses(productFor('bare-metal', s)?.guestProcess ?? { name: 'qemu-kvm', perGuest: true }, running, firstPid);
        return [
          unkillable(proc(firstPid, 'root', 'vmware-hostd -u', 38_000, 0, 0)),
          ...running.map((g, i) => this.vmProcess(proc(firstPid + 1 + i, 'root', `/usr/lib/vmware/bin/vmware-vmx -@ pipe=/tmp/vmhsdaemon-0/vmx${i} ${g.spec.name}.vmx`, 12_000, 0, 0), [g])),
        ];
    }
  }

  /**
   * One kernel: the host sees every running container's processes (its init and daemons too) under the pids its
   * kernel gives them, and a signal reaches the process. Native's guests are servers of their own: their work only.
   */
  private sharedKernelProcesses(): HostProcess[] {
    const docker = this.sim.model.kind === 'container' && virtualHardware(this.sim.scenario, 'container').detectVirt === 'docker';
    return this.guestMachines().flatMap((m) => {
      if (m.guest.state !== 'running' && m.guest.state !== 'booting') return [];
      // Pids as the guest's OS shows them (Windows's in fours), which hostPid and kill take.
      const listed = this.sim.model.kind === 'container' ? m.processes() : m.taskProcesses().map((p) => asShown(m.family, p));
      // A Docker container's first process is the child of its containerd shim, the host's.
      const parent = docker ? m.shimPid() : 1;
      const own = listed.map((p) => ({
        info: { ...p, pid: m.hostPid(p.pid), ppid: p.ppid === 0 ? parent : m.hostPid(p.ppid), container: m.hostname },
        signal: (n: number) => m.kill(p.pid, n),
      }));
      return docker ? [unkillable(proc(m.shimPid(), 'root', dockerShim(m.hostname), DAEMON_KIB, 0, 0)), ...own] : own;
    });
  }

  /**
   * Solaris zones share the global zone's pid space: each running zone's processes under the
   * numbers the zone sees too, zsched a child of init, beside the global zone's zoneadmd for it.
   */
  private zoneProcesses(): HostProcess[] {
    return this.guestMachines().flatMap((m, gi) => {
      if (m.guest.state !== 'running' && m.guest.state !== 'booting') return [];
      const zoneadmd = unkillable({ ...proc(guestPidBase(this.family, gi), 'root', `zoneadmd -z ${m.hostname}`, 2_400, 0, 0), container: 'global' });
      const own = m.processes().map((p) => ({ info: { ...p, ppid: p.ppid === p.pid ? 1 : p.ppid, container: m.hostname }, signal: (n: number) => m.kill(p.pid, n) }));
      return [zoneadmd, ...own];
    });
  }

  /** VMs as host processes: one per VM (vmware-vmx, VBoxHeadless, qemu-kvm) or one service for all (Virtual Server). */
  private vmProcesses(host: { readonly name: string; readonly perGuest: boolean }, running: readonly GuestRuntime[], firstPid: number): HostProcess[] {
    if (!host.perGuest) {
      const cpu = running.reduce((a, g) => a + guestCpuPercent(g), 0);
      return [this.vmProcess(proc(firstPid, 'SYSTEM', host.name, running.reduce((a, g) => a + backedKiB(g), 0), cpu, 0), running)];
    }
    const commandOf = (name: string): string =>
      host.name === 'vmware-vmx'
        ? `vmware-vmx -C /var/lib/vmware/Virtual Machines/${name}/${name}.vmx`
        : host.name === 'VBoxHeadless'
          ? `VBoxHeadless --comment ${name} --startvm ${name}`
          : `${host.name} -name ${name} -m ${running.find((g) => g.spec.name === name)?.spec.memoryMiB ?? 0}`;
    // A VM's process keeps its pid while others stop and start (numbered by the VM, not by the running list).
    return running.map((g) => this.vmProcess(proc(firstPid + g.index, 'root', commandOf(g.spec.name), backedKiB(g), guestCpuPercent(g), guestCpuNs(g, this.sim.now)), [g]));
  }

  /**
   * A process that is `vms` (a VMM process, a device model): a signal that ends it takes them
   * down at once, with no shutdown of their own — the guest kernel never learns why.
   */
  private vmProcess(info: ProcessInfo, vms: readonly GuestRuntime[]): HostProcess {
    return {
      info,
      signal: (n) => {
        if (endsByDefault(n)) for (const g of vms) this.sim.crashGuest(g, `its process on the host, ${info.command.split(' ')[0] ?? ''} (pid ${shownPid(this.family, info.pid)}), was killed with signal ${n}`);
        return null;
      },
    };
  }

  loadAverage(): readonly [number, number, number] {
    if (this.dom0) return this.dom0.loads.workers;
    const sum: [number, number, number] = [0, 0, 0];
    if (this.kind !== 'host') return sum;
    // One kernel (native, containers) runs every guest's processes; a hosted VMM's or KVM's host runs each VM as a process of vCPU threads.
    const vms = this.sim.model.kind === 'hosted' || this.sim.model.kind === 'bare-metal';
    for (const g of this.sim.guests) {
      const load = vms ? g.loads.vcpus : g.loads.workers;
      for (let i = 0; i < 3; i++) sum[i] = (sum[i] as number) + (load[i] as number);
    }
    return sum;
  }

  disks(): readonly DiskInfo[] {
    const usedKiB = 6 * 1024 * 1024 + Math.ceil(this.fs.usedBytes() / 1024) + this.zonesKiB();
    return [{ filesystem: hostRootDevice(this.family), type: DISK_FS_TYPE[this.family], sizeKiB: HOST_DISK_KIB, usedKiB, mount: '/' }];
  }

  /** What the zones' roots hold on the global zone's file system (their zonepaths under /zones): none elsewhere. */
  private zonesKiB(): number {
    if (!this.zonesHost) return 0;
    let kib = 0;
    for (const m of this.guestMachines()) kib += SPARSE_ZONE_KIB + Math.ceil(m.fs.usedBytes() / 1024);
    return kib;
  }

  interfaces(): readonly NetInterface[] {
    return hostInterfaces(this.sim, this.kind, this.guestMachines);
  }

  pciDevices(): readonly string[] {
    // The management host runs on the physical server; dom0 and ESX's console see its devices as the hypervisor lends them.
    const server = virtualHardware(this.sim.scenario, 'native');
    return pciDevices(server, server);
  }

  board(): { vendor: string; product: string } {
    const hw = virtualHardware(this.sim.scenario, 'native');
    return { vendor: hw.systemVendor, product: hw.systemProduct };
  }

  kernelLog(): readonly string[] {
    // The host's own kernel (not dom0's or the service console's, which are guests of the hypervisor) logs its OOM kills.
    const oom = this.kind === 'host' ? this.sim.memory.oomLog.flatMap((e) => oomLogLines({ ...e, pid: e.pid ?? this.vmPid(e.guest) }, 0)) : [];
    const server = virtualHardware(this.sim.scenario, 'native');
    const facts = {
      os: this.family,
      hostname: this.hostname,
      id: this.identity,
      hw: server,
      gen: CPU_GENERATIONS[this.sim.scenario.host.cpu],
      cpus: this.cpu().count,
      memoryMiB: Math.round(this.memory().totalKiB / 1024),
      container: false,
      paravirtual: this.kind === 'dom0',
    };
    return [...kernelLines(facts), ...printkStamped(oom, this.identity)];
  }

  /** The host pid of a VM's process (vmware-vmx, qemu-kvm …; Virtual Server's one service for all), as ps numbers it. */
  private vmPid(guest: number): number {
    const s = this.sim.scenario;
    const host = productFor(this.sim.model.kind, s)?.guestProcess;
    return shownPid(this.family, this.firstGuestPid() + (host?.perGuest === false ? 0 : guest));
  }

  /** Where ps numbers the guests' processes on this host: after its own. */
  private firstGuestPid(): number {
    return guestPidBase(this.family, 0);
  }

  /** Signals a guest's process seen from here; the host's own daemons and kernel threads are not modelled as killable. */
  kill(shown: number, signal: number): string | null {
    const pid = internalPid(this.family, shown);
    if (pid === null) return 'No such process';
    const target = this.platformProcesses().find((p) => p.info.pid === pid);
    if (target) return target.signal(signal);
    const index = pid - firstBasePid(this.family);
    if (index < 0 || index >= BASE_PROCESSES[this.family].length) return 'No such process';
    return ignoresSignals(this.family, index) ? null : 'Operation not permitted';
  }

  pingRttNs(target: string): number | null {
    const i = this.sim.guests.findIndex((g, j) => (g.spec.name === target || addressOf(this.sim, j) === target) && g.state === 'running');
    if (i >= 0) return pingRtt(this.sim, i, 'gateway');
    // The gateway and the remote machine: the wire and the peer beyond the host's own NIC.
    const peer = lookupHost(this.sim, target, this.hostAddress());
    return peer !== null && (peer.address === GATEWAY_IPV4 || peer.address === REMOTE_IPV4) ? NICS[this.sim.scenario.host.nic].peerRoundTripNs : null;
  }

  lookupHost(name: string): HostAddress | null {
    return lookupHost(this.sim, name, this.hostAddress());
  }

  private hostAddress(): { hostname: string; address: string; os: OsId } {
    return { hostname: this.hostname, address: HOST_IPV4, os: this.family };
  }

  startTask(): TaskHandle {
    return failedHandle('workloads run in the guests: open a guest console');
  }
}

/**
 * A sparse-root zone's own files on the global zone's disk: "a zone requires about 100 megabytes
 * of free disk space per zone when the global zone has been installed with all of the standard
 * Solaris packages" (Solaris System Administration Guide: Solaris Containers, "Disk Space Requirements").
 */
const SPARSE_ZONE_KIB = 100 * 1024;
