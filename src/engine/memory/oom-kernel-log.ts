/**
 * What a Linux kernel writes to its ring buffer when its OOM killer (or a memory cgroup's)
 * kills a process, as 2.6.36–3.x kernels word it (mm/oom_kill.c, oom_kill_process and
 * mem_cgroup_out_of_memory), e.g. as quoted in https://iopenv.com/V9TQFRR7Q :
 *   Out of memory: Kill process 957 (app.out) score 524 or sacrifice child
 *   Killed process 957 (app.out) total-vm:67472kB, anon-rss:14496kB, file-rss:516kB
 * A memory cgroup's kill starts "Memory cgroup out of memory:" instead (as in the kernel log
 * quoted in https://github.com/linux-test-project/ltp/issues/1080). The kernel that
 * killed keeps the lines: a VM's own kernel, or the one host kernel every container shares.
 */
import { kernelStamp } from '../os/boot-log.ts';
import type { OomLogEntry } from '../run/core/guest-pressure.ts';

/** The kernel's name for a program run as `command` (TASK_COMM_LEN is 16 with its NUL). */
export function commOf(command: string): string {
  const program = (command.trim().split(/\s+/)[0] ?? '').replace(/:$/, '');
  return (program.split('/').pop() ?? '').slice(0, 15);
}

/** oom_badness's points in 2.6.36–3.x: RSS × 1000 / the pages the domain may use (RAM and swap, or the cgroup's limit). */
export function oomScore(rssMiB: number, domainMiB: number): number {
  return domainMiB > 0 ? Math.max(1, Math.min(1000, Math.round((rssMiB * 1000) / domainMiB))) : 1000;
}

/** The entry's two lines, stamped with time since the kernel booted at `bootedAtNs`. */
export function oomLogLines(e: OomLogEntry, bootedAtNs: number): string[] {
  const stamp = kernelStamp(Math.max(0, e.atNs - bootedAtNs) / 1e9);
  const rss = Math.round(e.rssKiB);
  const pid = e.pid ?? 0;
  return [
    `${stamp} ${e.cgroup ? 'Memory cgroup out of memory' : 'Out of memory'}: Kill process ${pid} (${e.comm}) score ${e.score} or sacrifice child`,
    // The worker's whole mapping is the anonymous memory it touched: no file-backed pages resident.
    `${stamp} Killed process ${pid} (${e.comm}) total-vm:${rss}kB, anon-rss:${rss}kB, file-rss:0kB`,
  ];
}
