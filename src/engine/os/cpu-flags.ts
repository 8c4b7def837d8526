/**
 * The /proc/cpuinfo flags a machine's kernel lists for its CPU generation: the part's CPUID
 * features, VT-x (vmx) and EPT only on the bare hardware — a VM (or a control domain or console
 * VM under a hypervisor) gets no nested virtualization here — and, under a hypervisor, the
 * "hypervisor" flag, but only from the kernels that name it: X86_FEATURE_HYPERVISOR came with
 * Linux 2.6.29 (Ubuntu's 2.6.28-7.18 changelog carries it as "SAUCE: (drop after 2.6.29) x86:
 * add X86_FEATURE_HYPERVISOR feature bit"), so RHEL 4 and 5.0 guests cannot show it.
 */
import type { CpuGeneration } from '../calibration/cpu-generations.ts';
import type { CpuGenerationId } from '../hardware/cpu-generation-ids.ts';

const X86_BASE = 'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush dts acpi mmx fxsr sse sse2 ss ht tm pbe';

/**
 * Each part's CPUID features, in the kernel's order: the Xeon 3.06 GHz's from an lshw of it
 * ("… pat pse36 clflush dts acpi mmx fxsr sse sse2 ss ht tm pbe … cid xtpr"), the 5160's from an
 * lshw of one ("… nx constant_tsc … pni … monitor ds_cpl vmx est tm2 ssse3 cx16 xtpr … dca
 * lahf_lm"), less the flags later kernels made up; Nehalem adds SSE4.1/4.2, POPCNT and RDTSCP,
 * Skylake AES, AVX, AVX2, FMA and the rest of its ISA (Intel's ARK feature lists).
 */
const FEATURES: Readonly<Record<CpuGenerationId, string>> = {
  'netburst-2003': `${X86_BASE} cid xtpr`,
  'core2-2006': `${X86_BASE} nx lm constant_tsc pni monitor ds_cpl est tm2 ssse3 cx16 xtpr dca lahf_lm`,
  'nehalem-2009': `${X86_BASE} nx rdtscp lm constant_tsc pni monitor ds_cpl est tm2 ssse3 cx16 xtpr dca sse4_1 sse4_2 popcnt lahf_lm`,
  'skylake-2015': `${X86_BASE} nx pdpe1gb rdtscp lm constant_tsc pni pclmulqdq monitor ds_cpl est tm2 ssse3 fma cx16 xtpr pcid sse4_1 sse4_2 x2apic movbe popcnt aes xsave avx f16c rdrand lahf_lm abm fsgsbase bmi1 avx2 smep bmi2 erms invpcid`,
};

const HYPERVISOR_FLAG_SINCE: readonly number[] = [2, 6, 29];

/** The kernel release's leading version numbers ("2.6.18-8.el5" → 2, 6, 18) are at least `since`. */
function releaseAtLeast(release: string, since: readonly number[]): boolean {
  const v = release.split(/[.-]/).slice(0, since.length).map(Number);
  for (let i = 0; i < since.length; i++) {
    const d = (v[i] ?? 0) - (since[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** The flags of `gen` as a kernel `kernelRelease` lists them, bare or under a hypervisor. */
export function cpuFlags(gen: CpuGeneration, underHypervisor: boolean, kernelRelease: string): string[] {
  const flags = FEATURES[gen.id].split(' ');
  if (underHypervisor) {
    if (releaseAtLeast(kernelRelease, HYPERVISOR_FLAG_SINCE)) flags.push('hypervisor');
  } else {
    if (gen.vtx) flags.push('vmx');
    if (gen.ept) flags.push('ept');
  }
  return flags;
}
