/** The timer rates of the layers under the guests. Sources: docs/calibration.md §6. */

/** Xen's credit scheduler accounts every 10 ms: a 100 Hz hypervisor tick per CPU (assumption from its 10 ms accounting period). */
export const XEN_HYPERVISOR_HZ = 100;
/** ESX vmkernel scheduler tick per CPU (assumption: 100 Hz, like Xen's). */
export const ESX_VMKERNEL_HZ = 100;
/** Xen dom0 runs a Linux 2.6 kernel with one vCPU: 1000 Hz. */
export const XEN_DOM0_HZ = 1000;
/** ESX 3's service console is a Red Hat Enterprise Linux 3 (2.4 kernel) VM: HZ 100 (2.4's default). */
export const ESX_CONSOLE_HZ = 100;
