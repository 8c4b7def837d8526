/**
 * The /proc/cpuinfo flags a machine's kernel lists for its CPU generation: the base x86 set,
 * SSSE3 and long mode from the Core 2 on, and VT-x (vmx) and EPT only on the bare hardware —
 * a VM (or a control domain or console VM under a hypervisor) gets no nested virtualization
 * here and sees the hypervisor flag instead.
 */
import type { CpuGeneration } from '../calibration/cpu-generations.ts';

export function cpuFlags(gen: CpuGeneration, underHypervisor: boolean): string[] {
  const flags = ['fpu', 'vme', 'de', 'pse', 'tsc', 'msr', 'pae', 'mce', 'cx8', 'apic', 'sep', 'mtrr', 'pge', 'mca', 'cmov', 'pat', 'clflush', 'mmx', 'fxsr', 'sse', 'sse2'];
  if (gen.year >= 2006) flags.push('ssse3', 'lm');
  if (underHypervisor) flags.push('hypervisor');
  else {
    if (gen.vtx) flags.push('vmx');
    if (gen.ept) flags.push('ept');
  }
  return flags;
}
