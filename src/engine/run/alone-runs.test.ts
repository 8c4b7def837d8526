import { describe, expect, test } from 'vitest';
import { loadPreset } from '../scenario/presets.ts';
import type { Scenario } from '../scenario/schema.ts';
import { runScenario } from './run-scenario.ts';

describe('a guest run alone stands for its identical neighbours by its ratio to its own dedicated server', () => {
  // 150 small web sites, each two visitors thinking two seconds between pages: about one request a second, whose count
  // over a window varies with each site's random visitors by more than anything the platform does to a response of 0.5 ms.
  const hosting = loadPreset('hosting-server') as Scenario;
  const sites = { ...hosting, guests: hosting.guests.filter((g) => g.workload.kind === 'web-server').slice(0, 8) };
  const r = runScenario(sites, 60);

  test('every site shares the first site’s overhead alone, run against its own dedicated server (same visitors on both sides)', () => {
    const containers = r.platforms.container.guests;
    const [first, ...others] = containers;
    expect(first?.aloneFrom).toBeUndefined();
    for (const g of others) {
      expect(g.aloneFrom?.guest, g.name).toBe(first?.name);
      expect(g.aloneVsNative, g.name).toBeCloseTo(g.aloneFrom?.aloneVsNative ?? Number.NaN, 3);
    }
    // Containers add nothing to a request this small: alone is native, within a request or two of sixty.
    for (const g of containers) expect(Math.abs((g.aloneVsNative ?? 0) - 1), g.name).toBeLessThan(0.04);
  });

  test('so the cost of sharing is each site’s own comparison, not another site’s visitors: close to 1 where nothing is contended', () => {
    for (const g of r.platforms.container.guests) {
      expect(Math.abs((g.sharedVsAlone ?? 0) - 1), g.name).toBeLessThan(0.06);
      expect((g.aloneVsNative ?? 0) * (g.sharedVsAlone ?? 0)).toBeCloseTo(g.relativeToNative ?? Number.NaN, 3);
    }
  });
});
