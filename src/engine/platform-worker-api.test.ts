import { describe, expect, test } from 'vitest';
import { PlatformWorkerApi } from './platform-worker-api.ts';
import { defaultScenario } from './scenario/default-scenario.ts';
import { loadPreset } from './scenario/presets.ts';
import { PLATFORM_KINDS } from './scenario/schema.ts';

describe("a snapshot's CPU shares by layer", () => {
  // Native is one dedicated server per guest: its idle is theirs too, so shares of the host's cores alone would pass 100 %.
  test.each(PLATFORM_KINDS)('on %s sum to the whole, idle included, each between none and all', (kind) => {
    const api = new PlatformWorkerApi();
    expect(api.load(defaultScenario(), kind)).toEqual({ ok: true });
    api.advanceTo(10e9);
    const { cpuShareByLayer } = api.advanceTo(12e9).rates;
    const shares = Object.values(cpuShareByLayer);
    expect(shares.every((s) => s >= 0 && s <= 1)).toBe(true);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  // CPU is charged as each burst ends: a step whose bursts began in the step before is charged a little more than its length.
  test('stay within the cores’ time on a saturated host, step after step (no negative idle)', () => {
    const gsx = loadPreset('gsx-server');
    if (!gsx) throw new Error('gsx-server preset missing');
    for (const kind of ['hosted', 'bare-metal'] as const) {
      const api = new PlatformWorkerApi();
      expect(api.load(gsx, kind)).toEqual({ ok: true });
      api.advanceTo(90e9);
      for (let s = 91; s <= 120; s++) {
        const shares = Object.values(api.advanceTo(s * 1e9).rates.cpuShareByLayer);
        expect(Math.min(...shares), `${kind} at ${s} s`).toBeGreaterThanOrEqual(0);
        expect(shares.reduce((a, b) => a + b, 0), `${kind} at ${s} s`).toBeCloseTo(1, 4);
      }
    }
  });
});

describe("a snapshot's rates", () => {
  test('are over the last whole virtual second: the same at the same virtual time however the run got there (a shared link, a lab check)', () => {
    const at = (steps: readonly number[]) => {
      const api = new PlatformWorkerApi();
      expect(api.load(defaultScenario(), 'container')).toEqual({ ok: true });
      return steps.map((s) => api.advanceTo(s * 1e9).rates).at(-1);
    };
    // At 1× the page steps a tenth of a second at a time; at 100× ten seconds.
    const slow = at(Array.from({ length: 620 }, (_, i) => (i + 1) / 10));
    const fast = at([10, 20, 30, 40, 50, 60, 62]);
    expect(fast).toEqual(slow);
    expect(Object.values(slow?.throughputByGuest ?? {}).some((v) => v > 0)).toBe(true);
  });
});

describe('a snapshot at the instant of the last one', () => {
  test("(a fault or restart while paused) keeps the last second's rates, where it once read every layer 0 % and the hardware 0 % idle", () => {
    const api = new PlatformWorkerApi();
    expect(api.load(defaultScenario(), 'hosted')).toEqual({ ok: true });
    api.advanceTo(59e9);
    const before = api.advanceTo(60e9).rates;
    expect(Object.values(before.cpuShareByLayer).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect('error' in api.injectFault('kernel-panic', null)).toBe(false);
    const same = api.advanceTo(60e9).rates;
    expect(same).toEqual(before);
    // The next second has the fault's effect in it.
    const after = api.advanceTo(61e9).rates;
    expect(Object.values(after.cpuShareByLayer).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});
