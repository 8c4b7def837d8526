import { describe, expect, test } from 'vitest';
import { CPU_GENERATIONS } from '../calibration/cpu-generations.ts';
import { L } from '../metrics/layers.ts';
import { priceMix } from '../platforms/op-paths.ts';
import { PLATFORM_MODELS } from '../platforms/platform-models.ts';
import { loadPreset } from '../scenario/presets.ts';
import { fioWorkload } from './fio.ts';

const MIB = 1024 * 1024;

describe('a buffered write copies its data into page-cache pages through memory', () => {
  test('a 1 MiB buffered write takes the kernel at least 1 MiB at the memory bandwidth; O_DIRECT copies nothing', () => {
    const scenario = loadPreset('virtuozzo');
    if (!scenario) throw new Error('no preset');
    const gen = CPU_GENERATIONS[scenario.host.cpu];
    const plan = PLATFORM_MODELS.native(scenario).plan({ name: 'g', os: 'linux', vcpus: 1, memoryMiB: 1024, workload: { kind: 'idle' } });
    const kernelNs = (direct: boolean): number => priceMix(plan.paths, fioWorkload({ rw: 'write', bs: MIB, direct }).perTx).ns[L.guestKernel] as number;
    // Bytes per ns = GB/s: the copy alone is MIB / bandwidth ns of kernel time.
    expect(kernelNs(false)).toBeGreaterThanOrEqual(MIB / gen.memBandwidthGBs);
    expect(kernelNs(true)).toBeLessThan(0.05 * (MIB / gen.memBandwidthGBs));
  });
});
