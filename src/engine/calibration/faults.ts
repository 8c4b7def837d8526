/** Figures behind faults and their recovery. Sources: docs/calibration.md §15. */
import type { OsId } from '../os/os-families.ts';

/**
 * A physical server's power-on self test before its boot loader: memory test, RAID and
 * NIC option ROMs. 30 s — an assumption at the low end of the half-minute to minutes
 * that 2005–2007 rack servers take (docs/calibration.md §15).
 */
export const SERVER_POST_NS = 30e9;

/**
 * The process table a kernel fills before fork fails: Linux's default pid_max, 32768
 * (PID_MAX_DEFAULT, include/linux/threads.h); Solaris's default pidmax, 30000 (Solaris
 * Tunable Parameters Reference Manual). Windows has no fixed table (handles and memory
 * bound it): the Linux figure stands in (assumption).
 */
export const PROCESS_TABLE: Readonly<Record<OsId, number>> = { linux: 32_768, solaris: 30_000, windows: 32_768 };

/**
 * Bomb processes the simulation runs on the CPU at once. A real bomb has thousands, all
 * runnable; past the guest's vCPUs more only split the same CPUs finer, so a bounded number
 * stands for them (modelling assumption: it keeps the event rate bounded).
 */
export const BOMB_RUNNABLE = 64;

/** A disk flood is one `dd` writing without end: one writer. */
export const FLOOD_WRITERS = 1;
