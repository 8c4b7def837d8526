/**
 * How a server's cores sit in CPU packages: the scenario gives a core count and a CPU
 * generation, and each generation's part has so many cores (Intel's product specifications):
 * the NetBurst Xeon 3.06 GHz one, the Xeon 5160 two, the Xeon X5570 four, the Xeon E3-1280 v5
 * four. A server of 8 X5570 cores is two sockets of four. A core count the part does not divide
 * is read as one package with that many enabled. Hyperthreads are not modelled (one thread a core).
 *
 * Memory: a part with its memory controller on the die (Nehalem's QuickPath, Skylake) makes each
 * socket a NUMA node; the FSB generations share one controller. Descriptive only: the model
 * prices no cross-node memory access.
 */
import type { CpuGenerationId } from '../hardware/cpu-generation-ids.ts';

const CORES_PER_PART: Readonly<Record<CpuGenerationId, number>> = {
  'netburst-2003': 1,
  'core2-2006': 2,
  'nehalem-2009': 4,
  'skylake-2015': 4,
};

const ON_DIE_MEMORY_CONTROLLER: Readonly<Record<CpuGenerationId, boolean>> = {
  'netburst-2003': false,
  'core2-2006': false,
  'nehalem-2009': true,
  'skylake-2015': true,
};

export interface CpuPackages {
  readonly sockets: number;
  readonly coresPerSocket: number;
  readonly numaNodes: number;
}

export function cpuPackages(cpu: CpuGenerationId, cores: number): CpuPackages {
  const perPart = CORES_PER_PART[cpu];
  const sockets = cores > perPart && cores % perPart === 0 ? cores / perPart : 1;
  return { sockets, coresPerSocket: cores / sockets, numaNodes: ON_DIE_MEMORY_CONTROLLER[cpu] ? sockets : 1 };
}
