/**
 * The operating systems a guest (or a host) can run: what the model needs of each —
 * its kernel family (which decides what a container host can run), its timer rate,
 * its resident footprint and what its boot does. Sources: docs/calibration.md §6, §10, §11.
 */
import { OS_FOOTPRINT_MIB } from '../calibration/footprints.ts';
import { mix, type OpMix } from '../workloads/op-mix.ts';
import type { OsId } from './os-families.ts';

export interface GuestOs {
  readonly id: OsId;
  readonly label: string;
  /** The kernel a binary is built for; a container can only run on a host kernel of its family. */
  readonly kernel: 'Linux' | 'Windows NT' | 'SunOS';
  /** Periodic timer interrupts per second per CPU. */
  readonly timerHz: number;
  readonly footprintMiB: number;
  /** Kernel initialisation and service start-up, as operations (firmware comes from the platform). */
  readonly boot: OpMix;
}

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
    footprintMiB: OS_FOOTPRINT_MIB.linux,
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
    footprintMiB: OS_FOOTPRINT_MIB.windows,
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
    footprintMiB: OS_FOOTPRINT_MIB.solaris,
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
