/** The CPU generations a scenario can name (their figures live in calibration/). */
export const CPU_GENERATION_IDS = ['netburst-2003', 'core2-2006', 'nehalem-2009', 'skylake-2015'] as const;
export type CpuGenerationId = (typeof CPU_GENERATION_IDS)[number];
