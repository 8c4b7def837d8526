import { afterEach, describe, expect, test } from 'vitest';
import { PLATFORM_KINDS, loadPreset, type DensityProgress, type PlatformKind } from '../../engine/index.ts';
import { until } from '../engine-client/testing/fake-clock.ts';
import { disposePlaygrounds, startPlayground } from './testing/test-playground.ts';

afterEach(disposePlaygrounds);

/** A small scenario whose curve is quick: one request/response guest on a 2-core host. */
function smallHost(): unknown {
  const s = loadPreset('noisy-neighbour');
  if (!s) throw new Error('no noisy-neighbour preset');
  return { ...s, host: { ...s.host, cores: 2, memoryMiB: 2048 }, guests: s.guests.filter((g) => g.name === 'rr') };
}

describe('density curves in the page', () => {
  test('are computed a step per call, each platform reporting its progress, and every worker stays healthy', async () => {
    const p = await startPlayground();
    expect(await p.state().loadScenario(smallHost())).toBe(true);
    await until(() => PLATFORM_KINDS.every((k) => p.state().platforms[k].health === 'ok'), 'the scenario to load');
    const heard = new Map<PlatformKind, DensityProgress[]>();
    const curves = await p.state().densityCurves('linux:net-rr', (k, pr) => heard.set(k, [...(heard.get(k) ?? []), pr]));
    expect(curves).not.toBeNull();
    for (const k of PLATFORM_KINDS) {
      expect(curves?.[k], k).toHaveProperty('knee');
      expect(heard.get(k)?.length ?? 0, k).toBeGreaterThan(3);
      expect(p.state().platforms[k].health).toBe('ok');
    }
    // Four curves up to 64 guests each, on a machine that may be busy.
  }, 60_000);

  test('a cancel stops them at the next step: no curve, the workers healthy and the run untouched', async () => {
    const p = await startPlayground();
    const now = p.state().nowNs;
    let steps = 0;
    const pending = p.state().densityCurves('linux:web-server', () => {
      if (++steps === 4) p.state().cancelDensity();
    });
    expect(await pending).toBeNull();
    expect(steps).toBeLessThan(4 + PLATFORM_KINDS.length);
    for (const k of PLATFORM_KINDS) expect(p.state().platforms[k].health).toBe('ok');
    expect(p.state().nowNs).toBe(now);
  });
});
