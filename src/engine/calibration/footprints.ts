/**
 * Memory footprints of every layer, MiB. Sources and verification in docs/calibration.md §10.
 */
import type { OsId } from '../os/os-families.ts';

/** An operating system's own resident memory: kernel plus its base services. */
export const OS_FOOTPRINT_MIB: Readonly<Record<OsId, number>> = {
  /** Linux 2.6 server idle: 64–128 MB (assumption, midpoint). */
  linux: 96,
  /** Windows Server 2003: 128 MB minimum (partly verified); the minimum is taken as its base footprint. */
  windows: 128,
  /** Solaris 10 x86: "256 MB minimum physical memory for all installation types" (verified). */
  solaris: 256,
};

export const HYPERVISOR_FOOTPRINT_MIB = {
  /** Xen 3.x hypervisor: tens of MB (assumption). */
  xen: 32,
  /** ESX Server: "approximately 24MB of system memory for its own virtualization layer" (ESX 2.0 Admin Guide, verified). */
  esx: 24,
} as const;

/** Xen dom0: commonly `dom0_mem=512M` (partly verified: common practice). */
export const XEN_DOM0_MIB = 512;

/** ESX service console: "typically uses 272MB" (vSphere 4 Resource Management Guide, verified). */
export const ESX_SERVICE_CONSOLE_MIB = 272;

/**
 * ESX per-VM overhead memory (ESX 2.x guide, verified): 54 MB for one vCPU below 512 MB,
 * 64 MB for two, and 32 MB more per additional GB of guest memory.
 */
export function esxVmOverheadMiB(vcpus: number, memoryMiB: number): number {
  const perVcpu = 10; // 64 − 54: the second vCPU's share
  return 54 + perVcpu * (vcpus - 1) + 32 * Math.max(0, memoryMiB / 1024 - 0.5);
}

/**
 * Hosted monitor process per VM (GSX / Virtual Server): 32 MB plus 1 % of guest memory.
 * Assumption: the guides name the overhead but give no figure.
 */
export function hostedVmOverheadMiB(memoryMiB: number): number {
  return 32 + 0.01 * memoryMiB;
}

/**
 * Shadow page tables per VM: shadows of the guest's page tables for its live address
 * spaces, about 1 % of guest memory (assumption: 8 bytes of PTE per 4 KiB page is 0.2 %,
 * for roughly five cached address spaces).
 */
export const SHADOW_PT_FRACTION = 0.01;

/** Per-container kernel state on Linux (VServer/OpenVZ-class): assumption, 4 MiB. */
export const CONTAINER_KERNEL_STATE_MIB = 4;
/** A Solaris zone: "an additional 40 megabytes of RAM per zone are suggested" (verified). */
export const SOLARIS_ZONE_MIB = 40;
