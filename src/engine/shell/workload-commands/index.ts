/**
 * The commands that start engine workloads — benchmark and load tools a guest's shell
 * offers alongside its ordinary commands. Each starts a task through Machine.startTask
 * and prints only what the task's progress says.
 */
import type { Command } from '../command.ts';
import { DD_COMMAND } from './dd.ts';
import { FIO_COMMAND } from './fio.ts';
import { FORKWAIT_COMMAND } from './forkwait.ts';
import { LAT_CTX_COMMAND, LAT_MMAP_COMMAND, LAT_PAGEFAULT_COMMAND, LAT_PROC_COMMAND, LAT_SYSCALL_COMMAND, LMBENCH_COMMAND } from './lmbench.ts';
import { IPERF_COMMAND, TTCP_COMMAND } from './ttcp.ts';
import { MAKE_COMMAND } from './make.ts';
import { NETPERF_COMMAND } from './netperf.ts';
import { STRESS_NG_COMMAND } from './stress-ng.ts';
import { SYSBENCH_COMMAND } from './sysbench.ts';
import { SYNC_COMMAND } from './sync.ts';

export const WORKLOAD_COMMANDS: readonly Command[] = [
  STRESS_NG_COMMAND,
  SYSBENCH_COMMAND,
  DD_COMMAND,
  SYNC_COMMAND,
  MAKE_COMMAND,
  LMBENCH_COMMAND,
  LAT_SYSCALL_COMMAND,
  LAT_PROC_COMMAND,
  LAT_CTX_COMMAND,
  LAT_PAGEFAULT_COMMAND,
  LAT_MMAP_COMMAND,
  FORKWAIT_COMMAND,
  FIO_COMMAND,
  NETPERF_COMMAND,
  TTCP_COMMAND,
  IPERF_COMMAND,
];
