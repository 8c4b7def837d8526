/**
 * The operating systems a guest (or a host) can run: what the model needs of each —
 * its kernel family (which decides what a container host can run), its timer rate,
 * its resident footprint and what its boot does. Sources: docs/calibration.md §6, §10, §11.
 */
import { OS_FOOTPRINT_MIB } from '../calibration/footprints.ts';
import type { CpuGenerationId } from '../hardware/cpu-generation-ids.ts';
import { mix, type OpMix } from '../workloads/op-mix.ts';
import type { OsId } from './os-families.ts';
import { osIdentity } from './os-identity.ts';

export interface GuestOs {
  readonly id: OsId;
  readonly label: string;
  /** The kernel a binary is built for; a container can only run on a host kernel of its family. */
  readonly kernel: 'Linux' | 'Windows NT' | 'SunOS';
  /** Periodic timer interrupts per second per CPU with work to run. */
  readonly timerHz: number;
  /** Timer interrupts per second per idle CPU: `timerHz` for a periodic kernel, a tickless one's few timers otherwise. */
  readonly idleTimerHz: number;
  readonly footprintMiB: number;
  /** Kernel initialisation and service start-up, as operations (firmware comes from the platform). */
  readonly boot: OpMix;
  /**
   * The share of its memory that may be dirty page cache before a writer waits for
   * writeback (Linux's vm_dirty_ratio: run/core/dirty-throttle.ts); null where the kernel
   * throttles its writers by rules the model does not have (Windows' cache manager,
   * Solaris' UFS write throttle).
   */
  readonly dirtyRatio: number | null;
}

/**
 * vm_dirty_ratio, "the generator of dirty data starts writeback at this percentage"
 * (mm/page-writeback.c): 40 in the 2.6 kernels before 2.6.22, 20 from 2.6.30 (both read in
 * the kernel source; 2.6.22–2.6.29 had 10, and no modelled kernel is of those).
 */
const DIRTY_RATIO_BEFORE_2_6_22 = 0.4;
const DIRTY_RATIO_SINCE_2_6_30 = 0.2;
const DIRTY_RATIO_LOWERED_IN: readonly number[] = [2, 6, 22];

/**
 * Boot as work (assumption; docs/workloads.md "boot"): kernel initialisation and device
 * probing (port accesses), then services reading their files from disk. Its duration on
 * each platform follows from the same paths as any other work.
 */
export const GUEST_OS: Readonly<Record<OsId, GuestOs>> = {
  linux: {
    id: 'linux',
    label: 'Linux 2.6',
    kernel: 'Linux',
    // Linux 2.6.0: "#define HZ 1000" (verified); 2.6-era distribution kernels kept 1000.
    timerHz: 1000,
    idleTimerHz: 1000,
    footprintMiB: OS_FOOTPRINT_MIB.linux,
    dirtyRatio: DIRTY_RATIO_SINCE_2_6_30,
    boot: mix({
      kernelCycles: 1.5e9,
      userCycles: 1.5e9,
      syscalls: 200_000,
      pageFaults: 80_000,
      ptUpdates: 120_000,
      contextSwitches: 20_000,
      interrupts: 2_500,
      portAccesses: 20_000,
      diskOps: 2_500,
      diskBytesPerOp: 32_768,
    }),
  },
  windows: {
    id: 'windows',
    label: 'Windows Server 2003',
    kernel: 'Windows NT',
    // "The default platform timer resolution is 15.6ms" (partly verified): 64 Hz.
    timerHz: 64,
    idleTimerHz: 64,
    footprintMiB: OS_FOOTPRINT_MIB.windows,
    dirtyRatio: null,
    boot: mix({
      kernelCycles: 2.5e9,
      userCycles: 2e9,
      syscalls: 300_000,
      pageFaults: 120_000,
      ptUpdates: 160_000,
      contextSwitches: 30_000,
      interrupts: 3_500,
      portAccesses: 30_000,
      diskOps: 3_500,
      diskBytesPerOp: 32_768,
    }),
  },
  solaris: {
    id: 'solaris',
    label: 'Solaris 10',
    kernel: 'SunOS',
    // Solaris 10 default clock rate 100 (1000 with hires_tick; verified).
    timerHz: 100,
    idleTimerHz: 100,
    footprintMiB: OS_FOOTPRINT_MIB.solaris,
    dirtyRatio: null,
    boot: mix({
      kernelCycles: 2e9,
      userCycles: 2e9,
      syscalls: 250_000,
      pageFaults: 100_000,
      ptUpdates: 140_000,
      contextSwitches: 25_000,
      interrupts: 3_000,
      portAccesses: 25_000,
      diskOps: 3_000,
      diskBytesPerOp: 32_768,
    }),
  },
};

/**
 * A container starts no kernel: namespace set-up ("8–10 ms", verified) and the
 * container's init starting its services from its image (assumption).
 */
export const CONTAINER_START: { readonly setupNs: number; readonly init: OpMix } = {
  setupNs: 9e6,
  init: mix({
    kernelCycles: 3e7,
    userCycles: 5e7,
    syscalls: 8_000,
    pageFaults: 4_000,
    ptUpdates: 6_000,
    contextSwitches: 400,
    interrupts: 150,
    diskOps: 150,
    diskBytesPerOp: 32_768,
  }),
};

/**
 * Linux 2.6.21 merged the tickless kernel, "the timer changes to support a tickless system"
 * (L. Torvalds' release note, 25 Apr 2007, quoted by kerneltrap.org; verified): an idle CPU
 * takes no scheduling-clock tick, which "is critically important both to battery-powered
 * devices and to highly virtualized mainframes" (Documentation/timers/NO_HZ.txt, verified).
 */
const TICKLESS_SINCE: readonly number[] = [2, 6, 21];

/**
 * An idle tickless CPU's remaining timer interrupts: "we have measured the effective IRQ rate
 * to go from HZ to 1-2 timer interrupts per second" (T. Gleixner and I. Molnar, the
 * high-res timers and dyntick announcement for 2.6.17, verified): the upper end.
 */
const TICKLESS_IDLE_HZ = 2;

/**
 * The OS as it runs on an era's hardware. Linux is the kernel that era's servers ran
 * (os-identity.ts): its label names the release, and from 2.6.21 on an idle vCPU does not
 * tick, so an idle VM of that era costs its neighbours almost nothing.
 */
export function guestOsOn(os: OsId, era: CpuGenerationId): GuestOs {
  const base = GUEST_OS[os];
  if (os !== 'linux') return base;
  const version = osIdentity('linux', era).kernelRelease.split(/[.-]/).slice(0, 3).map(Number);
  const tickless = compareVersions(version, TICKLESS_SINCE) >= 0;
  const dirtyRatio = compareVersions(version, DIRTY_RATIO_LOWERED_IN) < 0 ? DIRTY_RATIO_BEFORE_2_6_22 : DIRTY_RATIO_SINCE_2_6_30;
  return { ...base, label: `Linux ${version.slice(0, 2).join('.')}`, idleTimerHz: tickless ? TICKLESS_IDLE_HZ : base.timerHz, dirtyRatio };
}

/** The dirty page cache `os` allows in `memoryMiB` of memory before a writer waits for writeback, bytes (Infinity: not modelled). */
export function dirtyLimitBytes(os: GuestOs, memoryMiB: number): number {
  return os.dirtyRatio === null ? Infinity : os.dirtyRatio * memoryMiB * 1024 * 1024;
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
