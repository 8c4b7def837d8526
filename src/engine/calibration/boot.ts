/** Firmware times of a boot, before the kernel runs. Sources: docs/calibration.md §11. */

/** A 2005-era virtual BIOS POST: "a fraction of a second" of work plus a POST delay; 1.5 s (assumption within 1–2 s). */
export const VIRTUAL_BIOS_NS = 1.5e9;

/** Xen's domain builder loads a paravirtual kernel directly: no firmware runs. */
export const XEN_PV_FIRMWARE_NS = 0;
