/** The built-in workloads a scenario can name (their operation mixes live in catalog.ts). */
export const WORKLOAD_KINDS = [
  'cpu-int',
  'kernel-build',
  'oltp',
  'file-server',
  'web-server',
  'stream',
  'net-rr',
  'syscall',
  'fork-exec',
  'ctx-switch',
  'idle',
  'fio',
  'ttcp',
  'netperf',
  'forkwait',
  'specweb',
  'osdb-oltp',
] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];
