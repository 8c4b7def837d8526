/** What a workload is to the engine: one transaction's operation mix on native hardware, how many run at once, and the memory it keeps. */
import type { OpMix } from './op-mix.ts';
import type { WorkloadKind } from './workload-kinds.ts';

export interface WorkloadDef {
  readonly kind: WorkloadKind;
  readonly label: string;
  /** What one transaction is, for people. */
  readonly transaction: string;
  /** Throughput unit. */
  readonly unit: string;
  readonly perTx: OpMix;
  /** Concurrent clients/threads: a number, or a multiple of the guest's vCPUs. */
  readonly concurrency: { readonly fixed: number } | { readonly perVcpu: number };
  /** Resident anonymous memory and page cache the workload wants, MiB. */
  readonly residentMiB: number;
  readonly pageCacheMiB: number;
  /** Gamma shape of the per-batch work size (coefficient of variation 1/√shape). */
  readonly variability: number;
}
