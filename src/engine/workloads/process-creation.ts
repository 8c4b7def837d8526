/**
 * Process creation without and with a shell: `forkwait` (Adams & Agesen 2006's
 * nanobenchmark loop, and lmbench's `lat_proc fork`: fork, the child exits at once, the
 * parent waits — no exec) and lmbench's `lat_proc shell` (fork, exec /bin/sh -c, which
 * starts the hello program). Counts measured with strace -f -c and getrusage (docs/workloads.md §16).
 */
import { CPU_GENERATIONS } from '../calibration/cpu-generations.ts';
import { NATIVE_COSTS } from '../calibration/mechanism-costs.ts';
import { NATIVE_LMBENCH_2002 as LM } from '../calibration/native-lmbench-2002.ts';
import type { WorkloadDef } from './workload-def.ts';
import { mix, type OpMix } from './op-mix.ts';

type CountedParts = Pick<OpMix, 'userCycles' | 'syscalls' | 'pageFaults' | 'ptUpdates' | 'contextSwitches'>;

/**
 * The kernel's own work in a process-creation loop (duplicating the task, its mm and VMAs,
 * loading a program, reaping it): what lmbench measured natively on a 2.4 GHz NetBurst under
 * Linux 2.4.18 (calibration/native-lmbench-2002.ts), less what the model prices apart on that
 * core — the user code, system calls, faults with their handler, PTE writes and switches.
 * Derived, so the native loop costs what was measured; under binary translation these cycles
 * are translated like any guest-kernel code.
 */
function kernelWorkBeyond(measuredUs: number, p: CountedParts): number {
  const netburst = CPU_GENERATIONS['netburst-2003'];
  const priced =
    p.userCycles +
    p.syscalls * netburst.syscallCycles +
    p.pageFaults * (NATIVE_COSTS.pageFaultCycles + NATIVE_COSTS.faultHandlerCycles) +
    p.ptUpdates * NATIVE_COSTS.pteWriteCycles +
    p.contextSwitches * LM.contextSwitchUs * LM.mhz;
  return measuredUs * LM.mhz - priced;
}

/**
 * lmbench lat_proc exec (§9): fork + exec + exit + wait, ~34 syscalls and ~69 faults; a
 * 2.6-era fork copies ~300 PTEs (copy + write-protect) and exit clears them.
 */
const FORK_EXEC_PARTS: CountedParts = { userCycles: 1e5, syscalls: 34, pageFaults: 69, ptUpdates: 740, contextSwitches: 2 };
export const FORK_EXEC_MIX: OpMix = mix({ ...FORK_EXEC_PARTS, kernelCycles: kernelWorkBeyond(LM.execProcUs, FORK_EXEC_PARTS) });

/** PTEs a 2.6-era fork copies for a small parent (every present private PTE, ≈ its RSS): as catalog.ts's fork-exec. */
const PTES_COPIED = 300;

/**
 * fork + _exit + waitpid. [M] 4 syscalls (clone, the child's set_robust_list and exit_group,
 * wait4), 2 faults in the parent and 17 in the child (copy-on-write of the pages each
 * touches), 1 voluntary switch of the parent plus the child's exit. Page-table writes: each
 * copied PTE written in the child and write-protected in the parent, cleared again at the
 * child's exit, and one per fault.
 */
const FORKWAIT_PARTS: CountedParts = { userCycles: 1000, syscalls: 4, pageFaults: 19, ptUpdates: 3 * PTES_COPIED + 19, contextSwitches: 2 };
export const FORKWAIT_MIX: OpMix = mix({ ...FORKWAIT_PARTS, kernelCycles: kernelWorkBeyond(LM.forkProcUs, FORKWAIT_PARTS) });

/**
 * fork + execlp("/bin/sh", "-c", "/tmp/hello") + wait, with dash as /bin/sh. [M] per
 * iteration: 89 syscalls; 138 faults (2 in the parent, 136 in the shell and hello); one
 * fork, a vfork (dash runs hello by vfork, so no page-table copy) and 2 execs; ≈ 4.5
 * voluntary switches.
 */
export const PROC_SHELL_MIX: OpMix = mix({
  userCycles: 3e5,
  // Two program loads and a shell start: twice fork-exec's kernel work. [E]
  kernelCycles: 2 * FORK_EXEC_MIX.kernelCycles,
  syscalls: 89,
  pageFaults: 138,
  ptUpdates: 2 * PTES_COPIED + 2 * 138,
  contextSwitches: 4.5,
});

export const FORKWAIT: WorkloadDef = {
  kind: 'forkwait',
  label: 'Process creation without exec (forkwait)',
  transaction: 'one fork, exit and wait',
  unit: 'forks/s',
  perTx: FORKWAIT_MIX,
  concurrency: { fixed: 1 },
  residentMiB: 4,
  pageCacheMiB: 0,
  variability: 32,
};
