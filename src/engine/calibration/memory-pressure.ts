/**
 * Unit costs and limits of the memory-pressure mechanisms (docs/calibration.md §17).
 */

/**
 * Share of a guest OS's resident footprint (kernel text, read-only data, shared libraries
 * of its base services) that is byte-identical between VMs booted from the same image and
 * so merged by content-based page sharing. Assumption: Waldspurger (OSDI 2002) names
 * identical OS images as the main source of sharing but its per-figure numbers were not
 * reachable; the kernel's own data, stacks and per-boot state stay private.
 */
export const OS_IMAGE_SHARABLE_FRACTION = 0.5;

/**
 * The most a balloon takes from one VM, as a share of its configured memory: ESX's
 * Mem.CtlMaxPercent default of 65 % (verified, vSphere docs as quoted). Applied to every
 * ballooning hypervisor (Xen's and KVM's balloons have no such default: assumption).
 */
export const BALLOON_MAX_FRACTION = 0.65;

/** A page, the unit a swap-in reads: 4 KiB on x86 (definitional). */
export const PAGE_BYTES = 4096;
