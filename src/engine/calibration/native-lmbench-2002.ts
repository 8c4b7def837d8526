/**
 * A native lmbench 2.0 run on a 2.4 GHz Pentium 4 (NetBurst) under Linux 2.4.18, the kernel
 * generation and clock of Barham et al.'s 2003 machine: P. Mau, "LMbench results for
 * 2.5.40", linux-kernel, 1 Oct 2002 (verified in the list's archive). Used to derive what a
 * general-purpose kernel does beyond the mechanisms priced one by one (a fault's handler,
 * the bookkeeping of fork and exec); never compared with the validation's figures.
 */
export const NATIVE_LMBENCH_2002 = {
  mhz: 2400,
  /** "null call 0.67" µs (lat_syscall null: getppid, entering the kernel and leaving it). */
  nullCallUs: 0.67,
  /** "Page Fault 2.00000" µs (lat_pagefault). */
  pageFaultUs: 2.0,
  /** "2p/0K ctxsw 0.750" µs (lat_ctx -s 0 2). */
  contextSwitchUs: 0.75,
  /** "fork proc 93.5" µs (lat_proc fork: fork, the child exits, the parent waits). */
  forkProcUs: 93.5,
  /** "exec proc 445." µs (lat_proc exec: fork, execve of a hello program, exit, wait). */
  execProcUs: 445,
} as const;
