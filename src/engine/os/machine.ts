/**
 * What a shell sees of the machine it runs on — a guest, or a platform's management host
 * (the hosted host OS, Xen's dom0, ESX's service console, the container host). The engine
 * implements it from simulation state, so every figure a command prints is the engine's:
 * a guest sees what the architecture lets it see (a container's `uname -r` is the host's).
 */
import type { OsId } from './os-families.ts';
import type { FileSystem } from './filesystem.ts';
import type { LinuxKernel } from './linux-kernels.ts';
import type { MachineFaults } from '../faults/machine-faults.ts';
import type { TaskRequest } from '../run/core/core-interface.ts';

export interface CpuInfo {
  /** As /proc/cpuinfo's "model name": the CPUID brand string. */
  readonly model: string;
  /** CPUID's family, model and stepping (/proc/cpuinfo, systeminfo); absent where a test double leaves them out. */
  readonly signature?: { readonly family: number; readonly model: number; readonly stepping: number };
  /** The clock as the kernel measures it, MHz. */
  readonly mhz: number;
  /** CPUs this machine sees (a VM's vCPUs, a container's host CPUs). */
  readonly count: number;
  /** lscpu's "Hypervisor vendor" (Xen, VMware, Microsoft, KVM), or null on bare hardware and in containers. */
  readonly hypervisorVendor: string | null;
  /** lscpu's "Virtualization type": "full", "para", "container", or null. */
  readonly virtualizationType: string | null;
  /** /proc/cpuinfo flags: vmx present only where the CPU has VT-x and the machine sees it. */
  readonly flags: readonly string[];
}

/** Memory as the kernel reports it: total, free, buffers and page cache (what programs hold is the rest). */
export interface MemoryInfo {
  readonly totalKiB: number;
  readonly freeKiB: number;
  readonly buffersKiB: number;
  readonly cachedKiB: number;
  readonly swapTotalKiB: number;
  readonly swapFreeKiB: number;
}

/** What a kernel counts since it booted, as vmstat reads them (/proc/stat's intr and ctxt, /proc/vmstat's pgpgin and pgpgout). */
export interface KernelCounters {
  /** Interrupts, the timer's ticks (`ticks`) among them. */
  readonly interrupts: number;
  readonly ticks: number;
  readonly contextSwitches: number;
  readonly syscalls: number;
  /** Minor page faults. */
  readonly pageFaults: number;
  /** Block device requests (`readOps` of them reads), and the KiB they read and wrote. */
  readonly diskOps: number;
  readonly readOps: number;
  readonly readKiB: number;
  readonly writtenKiB: number;
  /** Time its disk had requests in flight, and the requests' summed issue-to-completion times, ns (iostat's %util and await). */
  readonly diskBusyNs: number;
  readonly diskAwaitNs: number;
  /** KiB of its processes' memory read back from swap and written out to it. */
  readonly swappedInKiB: number;
  readonly swappedOutKiB: number;
}

/** Solaris' virtual swap (swap devices and memory together), as `swap -s` reports it, KiB. */
export interface SwapSpace {
  /** Reserved and touched, and reserved but not yet touched. */
  readonly allocatedKiB: number;
  readonly reservedKiB: number;
  /** What is left to reserve. */
  readonly availableKiB: number;
}

/** Cumulative CPU time of the machine's CPUs, ns, split as top splits it. */
export interface CpuTimes {
  readonly user: number;
  readonly system: number;
  readonly idle: number;
  readonly iowait: number;
  /** Time a vCPU was ready but the hypervisor/host ran something else. 0 outside VMs. */
  readonly steal: number;
}

export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly user: string;
  /** R running, S sleeping, D waiting on a device, Z zombie. */
  readonly state: 'R' | 'S' | 'D' | 'Z';
  /** Share of one CPU over the last second, 0–100 × CPUs. */
  readonly cpuPercent: number;
  /** Total CPU time used, ns. */
  readonly cpuTimeNs: number;
  readonly memKiB: number;
  /** The command line. */
  readonly command: string;
  readonly startedNs: number;
  /** On a container host: which container (or zone) the process belongs to; "global" for the host's own. */
  readonly container?: string;
}

/** Where a host name leads: its IPv4 address, and the TTL its echo replies arrive with (its IP stack's initial TTL). */
export interface HostAddress {
  readonly address: string;
  readonly ttl: number;
}

export interface DiskInfo {
  readonly filesystem: string;
  /** The file system type mount and df -T name: ext3, NTFS, ufs on a disk; overlay, simfs or lofs in a container. */
  readonly type: string;
  readonly sizeKiB: number;
  readonly usedKiB: number;
  readonly mount: string;
}

export interface NetInterface {
  readonly name: string;
  /** '' for an interface without an address (a bridge and its ports). */
  readonly ipv4: string;
  readonly prefix: number;
  readonly mac: string;
  /** The Linux driver of the device behind it (pcnet32, virtio_net, tulip …, as ethtool -i names it); none for loopback. */
  readonly driver?: string;
  /** The bridge this interface is a port of (dom0's peth0 and vifs on xenbr0). */
  readonly bridge?: string;
  /** A Linux bridge (xenbr0, docker0). */
  readonly isBridge?: boolean;
  /** The router the machine's default route goes through, on this interface's network. */
  readonly gateway?: string;
  /** The zone a logical interface (`eth0:1`) is given to: a shared-IP zone's address on the global zone's NIC. */
  readonly zone?: string;
  /** A point-to-point device without ARP or a MAC (OpenVZ's venet): its default route needs no gateway. */
  readonly pointToPoint?: boolean;
}

/** A workload a command starts, run by the engine like any other (the core's TaskRequest: command line, workload, workers, limits, peer). */
export interface TaskSpec extends TaskRequest {
  /** Memory each worker allocates and touches, MiB (stress-ng --vm-bytes); a worker an OOM killer kills starts again. */
  readonly touchMiBPerWorker?: number;
}

export interface TaskProgress {
  readonly done: boolean;
  /** Why the task could not start (the machine is not running, an unknown workload); it is then done. */
  readonly error?: string;
  readonly transactions: number;
  /** The workload's throughput unit, e.g. "files/s". */
  readonly unit: string;
  readonly elapsedNs: number;
  /** CPU the task used, ns, by layer. */
  readonly cpuNsByLayer: Readonly<Record<string, number>>;
  readonly latencyMs: { readonly p50: number | null; readonly p99: number | null };
  /** Workers an OOM killer killed (SIGKILL), by instance (0-based), in the order they died; absent when none touch memory. */
  readonly oomKilled?: readonly number[];
  /** Workers that gave up because their kernel refused to reserve their memory, by instance; absent when none touch memory. */
  readonly noMemory?: readonly number[];
}

export interface TaskHandle {
  progress(): TaskProgress;
  /** Ends the task now (Ctrl-C, kill). */
  cancel(): void;
}

/** Processes that can run now and processes waiting for a device, as vmstat's r and b count them. */
export interface RunQueue {
  readonly runnable: number;
  readonly blocked: number;
}

export interface Machine {
  readonly hostname: string;
  /** Decides the shell's flavour. */
  readonly family: OsId;
  /** `uname -s` / Windows "Microsoft Windows [Version 5.2.3790]" / "SunOS". */
  readonly osName: string;
  /** `uname -r`: a container shows its host's. */
  readonly kernelRelease: string;
  /** `uname -v`. */
  readonly kernelVersion: string;
  /** A human name of the distribution or edition, e.g. "CentOS release 5.2 (Final)". */
  readonly distribution: string;
  readonly arch: string;
  /** A Linux machine's kernel build (its banner in /proc/version); absent on Windows, Solaris and test doubles. */
  readonly linuxKernel?: LinuxKernel;
  readonly role: 'guest' | 'manager';
  readonly fs: FileSystem;

  /** Virtual time now, ns. */
  now(): number;
  /** The calendar's start, Unix seconds: wall dates are this plus virtual time (os/calendar-epoch.ts). */
  readonly epochUnixS: number;
  /** When this machine's kernel started (a container: when it started), ns. */
  bootedAtNs(): number;
  cpu(): CpuInfo;
  /** What systemd-detect-virt prints: none, xen, vmware, microsoft, kvm, oracle, lxc, openvz, zone, docker. */
  virtualization(): string;
  memory(): MemoryInfo;
  cpuTimes(): CpuTimes;
  /** What its kernel has counted since it booted (interrupts, context switches, disk KiB), as vmstat reads them (os/kernel-counters.ts). */
  kernelCounters(): KernelCounters;
  /** The kernel's swap reservations, where it keeps them (Solaris' swapfs on a zones host); absent elsewhere. */
  swapSpace?(): SwapSpace;
  /**
   * This machine's own CPU over the last second (the 1 Hz sample), as a share of one CPU (%):
   * a control domain's, which xentop lists beside the guests' shares. Absent where no
   * console lists it.
   */
  cpuPercentLastSecond?(): number;
  /** A Solaris non-global zone's id and name (zoneadm's ID, zonename), which prstat -Z sums its processes under; absent elsewhere. */
  zone?(): { readonly id: number; readonly name: string };
  processes(): readonly ProcessInfo[];
  /**
   * The processes its kernel counts running (R) and blocked on a device (D) — /proc/stat's
   * procs_running and procs_blocked, Solaris' kthr r and b — where they are more than its
   * own: null (or absent) when they are exactly those of `processes()`.
   */
  kernelRunQueue?(): RunQueue | null;
  loadAverage(): readonly [number, number, number];
  disks(): readonly DiskInfo[];
  interfaces(): readonly NetInterface[];
  /** The DMI system manufacturer and product (systeminfo, the boot log): a VM's virtual BIOS; a container's or the host's the physical server's. */
  board(): { readonly vendor: string; readonly product: string };
  /** lspci's lines: the devices on its PCI bus (os/pci-bus.ts). */
  pciDevices(): readonly string[];
  /** The kernel's messages since boot (for a container: the host kernel's, as dmesg shows). */
  kernelLog(): readonly string[];

  /** Signals a process; returns an error message (e.g. "No such process") or null. */
  kill(pid: number, signal: number): string | null;
  /** Round-trip time to another machine by name or address, ns; null when unreachable. */
  pingRttNs(target: string): number | null;
  /** A machine by name or address as this one's hosts file resolves it; null when no machine has that name. */
  lookupHost(name: string): HostAddress | null;
  /** Starts a workload as a process of this machine. */
  startTask(spec: TaskSpec): TaskHandle;
  /** Faults its shell can cause (a kernel panic through sysrq, a fork bomb); absent on test machines. */
  readonly faults?: MachineFaults;
}
