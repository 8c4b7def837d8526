/**
 * A domain's virtual CPUs one by one, as xm vcpu-list and virsh vcpuinfo print them, from
 * what the engine computes for the domain: its CPU time since it was powered on, its share
 * of the CPUs over the last second, whether it is paused.
 *
 * Simplified: the engine schedules a domain's workers onto any of its vCPUs and counts the
 * domain's CPU, not each vCPU's, so each vCPU shows an equal part of that time; of its
 * vCPUs, as many are "running" as its share of the last second keeps busy (the rest are
 * blocked); it pins no vCPU to a core and does not record which core each last ran on, so
 * that column has no number (null).
 */

export interface VcpuInfo {
  readonly number: number;
  readonly cpuNs: number;
  readonly state: 'running' | 'blocked' | 'paused';
  /** The physical CPU it last ran on; null: the model does not say. */
  readonly cpu: null;
}

/**
 * A vCPU at least half busy over the last second counts as on a physical CPU at the instant
 * of the sample (xm list's "r" for a domain is the same reading).
 */
export const RUNNING_SHARE = 50;

/** `running`: one of its vCPUs is on a CPU now whatever its share (Domain-0 runs the command that asks). */
export function vcpusOf(d: { readonly vcpus: number; readonly cpuNs: number; readonly cpuPercent: number; readonly paused?: boolean; readonly running?: boolean }): VcpuInfo[] {
  const n = Math.max(1, d.vcpus);
  return Array.from({ length: n }, (_, i) => ({
    number: i,
    cpuNs: d.cpuNs / n,
    state: d.paused === true ? 'paused' : (i === 0 && d.running === true) || d.cpuPercent >= 100 * i + RUNNING_SHARE ? 'running' : 'blocked',
    cpu: null,
  }));
}
