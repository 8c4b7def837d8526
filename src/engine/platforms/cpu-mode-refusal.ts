/**
 * Whether the host's CPU can do what a platform's configuration asks of it: hardware
 * assist needs VT-x (Intel, from 2005–06), nested paging needs EPT (Nehalem, 2009).
 */
import type { CpuGeneration } from '../calibration/cpu-generations.ts';
import type { CpuMode } from './cpu-virtualization.ts';

export function cpuModeRefusal(gen: CpuGeneration, mode: CpuMode, where: string): string | null {
  if (mode.kind !== 'hardware-assist') return null;
  if (!gen.vtx)
    return `The ${where} platform asks for hardware assist, but the host's ${gen.part} has no VT-x; use binary translation${where === 'bare-metal' ? ' or paravirtual guests' : ''}, or a core2-2006 or later CPU.`;
  if (mode.paging === 'nested' && !gen.ept)
    return `The ${where} platform asks for nested paging, but the host's ${gen.part} has no EPT; use shadow paging, or a nehalem-2009 or later CPU.`;
  return null;
}
