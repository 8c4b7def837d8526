/**
 * Live migration and container checkpointing (docs/calibration.md §16): the pre-copy
 * stop rules of each product, the state sent beside memory, and the work on each side.
 */
import { PAGE_BYTES } from '../sim/units.ts';

/** Xen 3.0's xc_linux_save (tools/libxc; Clark et al., NSDI 2005). Verified in the source. */
export const XEN_PRECOPY = {
  /** DEF_MAX_ITERS 29: "limit us to 30 times round loop". */
  maxRounds: 30,
  /** DEF_MAX_FACTOR 3: "never send more than 3x nr_pfns". */
  maxFactor: 3,
  /** The last round starts when fewer than 50 pages were sent (sent_this_iter + skip_this_iter < 50). */
  fewPages: 50,
} as const;

/**
 * qemu's (KVM's, libvirt's `virsh migrate --live`) stop rule: the remaining dirty pages
 * can be sent within max_downtime, 30 ms by default (migration.c, verified; 300 ms in
 * later releases). qemu has no round limit; the same 30-round cap as Xen is assumed so
 * a workload that never converges ends (libvirt users raise the downtime instead).
 */
export const QEMU_MAX_DOWNTIME_NS = 30e6;

/**
 * VMotion (Nelson, Lim & Hutchins, USENIX ATC 2005): iterative pre-copy, then the VM is
 * quiesced and the rest sent. Assumption: the switch-over is taken once the remaining set
 * fits in 100 ms at the link's rate (the paper reports sub-second downtimes; the exact
 * threshold was not verified). The same threshold stands for VirtualBox's teleporter.
 */
export const VMOTION_SWITCHOVER_NS = 100e6;

/** Rounds cap for the threshold-based pre-copies (assumption: as Xen's). */
export const PRECOPY_MAX_ROUNDS = XEN_PRECOPY.maxRounds;

/**
 * Device and vCPU state sent during the stop-and-copy beside memory: registers, the
 * virtual devices' state, the shared-info page. Assumption: 256 KiB.
 */
export const DEVICE_STATE_BYTES = 256 * 1024;

/**
 * Resuming on the destination: re-attaching the devices, an unsolicited ARP reply so the
 * switch learns the new port (Clark et al. §4.1), restarting the vCPUs. Assumption: 20 ms.
 */
export const RESUME_NS = 20e6;

/** Share of the bytes a workload streams through memory that are stores (the rest loads). Assumption. */
export const STORE_SHARE = 0.5;

/**
 * Checkpoint and restore of a container (OpenVZ's CPT, CRIU): freezing its processes and
 * collecting their kernel objects, then recreating them. Assumption: 10 ms each way on
 * top of copying the memory; page-level work is priced with the native costs.
 */
export const CHECKPOINT_FREEZE_NS = 10e6;
export const RESTORE_OBJECTS_NS = 10e6;

/** Ethernet's MTU (definitional). */
export const ETHERNET_MTU_BYTES = 1500;

/** Payload of one full-size TCP segment: the MTU less 20 IP, 20 TCP and 12 timestamp-option bytes (definitional). */
export const SEGMENT_PAYLOAD_BYTES = ETHERNET_MTU_BYTES - 52;

/** Segments a 4 KiB page is sent in. */
export const SEGMENTS_PER_PAGE = PAGE_BYTES / SEGMENT_PAYLOAD_BYTES;
