/**
 * A platform: one way of putting the scenario's guests on the host. It decides which
 * guests it can run, prices each guest's operations along its own layers, and accounts
 * for the memory its layers occupy.
 */
import type { GuestSpec, PlatformKind } from '../scenario/schema.ts';
import type { Layer } from '../metrics/layers.ts';
import type { OpMix } from '../workloads/op-mix.ts';
import type { CostPath } from './cost-path.ts';
import type { OpPaths } from './op-paths.ts';
import type { VmCountLimit } from './vm-count-limit.ts';

/** Everything the simulation needs to run one admitted guest. */
export interface GuestPlan {
  readonly paths: OpPaths;
  /** Timer ticks per second per busy vCPU that this guest's own kernel takes (0: no kernel of its own). */
  readonly tickHz: number;
  /** Timer ticks per second per idle vCPU: `tickHz` for a periodic kernel, a few for a tickless one. */
  readonly idleTickHz: number;
  /** Dirty page cache its kernel allows before a writer waits for writeback, bytes (Infinity: no such throttle modelled; run/core/dirty-throttle.ts). */
  readonly dirtyLimitBytes: number;
  /** Firmware before the kernel (virtual BIOS POST), or container namespace set-up, ns. */
  readonly firmwareNs: number;
  /** The boot's work: kernel initialisation and service start-up, or a container's init. */
  readonly boot: OpMix;
  /** Memory this guest costs the host, by part, MiB. */
  readonly memoryMiB: Readonly<Record<string, number>>;
}

export interface PlatformModel {
  readonly kind: PlatformKind;
  /** A one-line description of the configuration, e.g. "Xen, paravirtual guests, split drivers". */
  readonly label: string;
  /** The layers of this platform's stack, from the hardware up. */
  readonly stack: readonly Layer[];
  /** Why this platform cannot run on this host at all, or null. */
  readonly refusal: string | null;
  /** Why this guest cannot run on this platform, or null. */
  admit(guest: GuestSpec): string | null;
  /** The product's documented cap on powered-on VMs per host (absent: none). */
  readonly vmLimit?: VmCountLimit;
  plan(guest: GuestSpec): GuestPlan;
  /** Memory of the layers under the guests (host OS, hypervisor, dom0 …), by part, MiB. */
  baseMemoryMiB(): Readonly<Record<string, number>>;
  /** CPU the platform itself spends each second (its own timer ticks), by layer. */
  backgroundPerSecond(): CostPath;
  /**
   * A driver domain that is a domain of its own (Xen's dom0): its vCPUs, on which the work
   * paths charge with `chargeBackend` runs. Absent: all of a guest's work runs on its burst.
   */
  readonly driverDomain?: { readonly vcpus: number };
  /** Operating-system instances that need installing (and, for commercial OSes, licensing). */
  licences(admitted: readonly GuestSpec[]): number;
}
