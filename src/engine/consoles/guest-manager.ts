/**
 * What a platform's management console can do to the guests: the engine implements it
 * over the simulation; product consoles (xm, vmware-cmd, zoneadm, vzctl …) are thin
 * command sets over it.
 */
import type { GuestState } from '../metrics/results.ts';
import type { PlatformKind } from '../scenario/schema.ts';
import type { Machine } from '../os/machine.ts';
import type { FaultKind } from '../faults/fault-kinds.ts';
import type { FaultResult } from '../metrics/results.ts';
import type { MigrateOptions } from '../migration/migrate-guest.ts';
import type { MigrationReport } from '../migration/migration-report.ts';

export interface ManagedGuest {
  readonly name: string;
  /** A small stable number per guest, kept across restarts (an OpenVZ CTID's, an address's); 0 is the manager itself. */
  readonly id: number;
  /**
   * The number it got when it was last powered on (Xen domain id, libvirt Id, zone id, ESX
   * world id): counted over the host's power-ons, so a guest started again has a new one.
   */
  readonly domainId: number;
  readonly os: string;
  readonly state: GuestState;
  /** Up but paused (xm pause, virsh suspend, a migration's stop-and-copy): its vCPUs get no core; it keeps its memory. */
  readonly paused?: boolean;
  /** Why it is refused, or why it crashed. */
  readonly reason?: string;
  readonly vcpus: number;
  readonly memoryMiB: number;
  /** A VM's memory as its balloon driver leaves it (memoryMiB less the balloon), MiB. */
  readonly currentMemoryMiB?: number;
  /** CPU used since it was last powered on, ns, and its share of one CPU over the last second (0–100 × vCPUs). */
  readonly cpuNs: number;
  readonly cpuPercent: number;
  /** Time its vCPUs were ready to run while every core was busy, so far, ns: ESX's ready time, a guest's steal. */
  readonly readyNs?: number;
  /** Memory this guest holds on the host now, MiB: as memory pressure left it (shared, ballooned and swapped pages out, allocations in). */
  readonly hostMemoryMiB: number;
  /** Of that, a container's state in the one kernel (namespaces, tasks' structures), MiB: not in its memory cgroup's count. */
  readonly kernelStateMiB?: number;
  /** Its workload, e.g. "web-server". */
  readonly workload: string;
  /** Its CPU weight and cap now, as the scenario set them or a console since (absent: the default weight, no cap). */
  readonly cpuShares?: number;
  readonly cpuCapPercent?: number;
  /** A container's memory cgroup limit (the scenario's `limits.memoryMiB`, `docker run -m`); absent: none. */
  readonly memoryLimitMiB?: number;
  /** Its processes' memory as a pager sees it (rcapstat): resident and paged out to swap, MiB; pages read back so far. */
  readonly paging?: { readonly residentMiB: number; readonly swappedMiB: number; readonly swapIns: number };
  readonly uptimeNs: number;
  /** When it went down (shut down, crashed, OOM-killed), virtual ns; absent while it runs or if it never ran. */
  readonly stoppedNs?: number;
}

export interface NewGuest {
  readonly name: string;
  readonly os: string;
  readonly vcpus: number;
  readonly memoryMiB: number;
  readonly workload: string;
  /** A container's memory cgroup limit (`docker run -m`): its `limits.memoryMiB`. */
  readonly memoryLimitMiB?: number;
  /** False: only installed (zonecfg create, vzctl create), not powered on; default true. */
  readonly powerOn?: boolean;
}

/**
 * The guests of this host: a guest migrated to the second host is not among them until it
 * goes down there (its configuration stays here, as Xen's /etc/xen file does).
 */
export interface GuestManager {
  readonly platform: PlatformKind;
  /** The product family the console speaks for: decides its commands' flavour. */
  readonly product: string;
  list(): readonly ManagedGuest[];
  /** Each returns null on success or an error message in the product's words' spirit. */
  start(name: string): string | null;
  stop(name: string): string | null;
  create(spec: NewGuest): string | null;
  /** The guest's own machine, for zlogin / vzctl enter / vzctl exec; null if not running. */
  machineOf(name: string): Machine | null;
  /**
   * Sets a running guest's CPU weight (cgroup shares) and cap (% of one core; null: none),
   * either or both, as the scheduler's tools do (xm sched-credit -w/-c): null on success,
   * else why not.
   */
  setCpuLimits?(name: string, limits: { readonly cpuShares?: number; readonly cpuCapPercent?: number | null }): string | null;
  /** Sets a running container's memory limit, MiB (docker update -m; null: none): null on success, else why not. Absent for VMs. */
  setMemoryLimit?(name: string, mib: number | null): string | null;
  /**
   * Sets a running VM's balloon target, MiB (xm mem-set, virsh setmem): null on success, else
   * why not. Absent where the console has no balloon to drive.
   */
  setMemory?(name: string, targetMiB: number): string | null;
  /**
   * Pauses a running guest until `resume` (xm pause, virsh suspend): its work stops, its
   * memory stays. Pausing a paused guest, or resuming a running one, changes nothing, as
   * Xen's and libvirt's do. Null on success, else why not.
   */
  pause?(name: string): string | null;
  resume?(name: string): string | null;
  /** Fires a fault now (xm dump-core -C crashes a domain); absent where the console cannot. */
  readonly injectFault?: (kind: FaultKind, target: string | null) => FaultResult;
  /**
   * Moves the guest to an identical second host now (xm migrate --live, virsh migrate,
   * vzmigrate): the report of its rounds, data and downtime, or of why it cannot be moved.
   * `live: false` asks for a plain suspend-copy-resume. Absent where the console cannot move guests.
   */
  migrate?(name: string, options?: MigrateOptions): MigrationReport;
}
