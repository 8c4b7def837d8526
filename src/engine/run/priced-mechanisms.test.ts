import { describe, expect, test } from 'vitest';
import { MECHANISMS, mechanismIndex } from '../metrics/mechanisms.ts';
import { priceMix } from '../platforms/op-paths.ts';
import { loadPreset } from '../scenario/presets.ts';
import { PLATFORM_KINDS } from '../scenario/schema.ts';
import { WORKLOADS } from '../workloads/catalog.ts';
import { PLATFORM_MODELS } from '../platforms/platform-models.ts';

/** Presets that between them take every path: BT, shadow and nested paging, Xen and ESX, emulated and paravirtual devices, bridge, NAT and overlay. */
const PRESETS = ['io-comparison', 'bt-vs-hardware-assist', 'esx-server', 'xen', 'virtualbox', 'docker', 'classroom-default'];

describe('every priced transaction is attributed to mechanisms whole', () => {
  const cases = PRESETS.flatMap((preset) => PLATFORM_KINDS.map((kind) => [preset, kind] as const));

  test.each(cases)('%s on %s: each workload\'s mechanisms add up to its layers', (preset, kind) => {
    const scenario = loadPreset(preset);
    if (!scenario) throw new Error(`no preset ${preset}`);
    const model = PLATFORM_MODELS[kind](scenario);
    if (model.refusal) return;
    for (const w of Object.values(WORKLOADS)) {
      const plan = model.plan({ name: 'g', os: 'linux', vcpus: 1, memoryMiB: 1024, workload: { kind: w.kind } });
      const tx = priceMix(plan.paths, w.perTx);
      const byMechanism = MECHANISMS.reduce((s, m) => s + (tx.mechanismNs[mechanismIndex(m)] as number), 0);
      expect(Math.abs(byMechanism - tx.total()), w.kind).toBeLessThanOrEqual(1e-9 * tx.total());
    }
  });
});
