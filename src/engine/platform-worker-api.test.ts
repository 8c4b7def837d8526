import { describe, expect, test } from 'vitest';
import { PlatformWorkerApi } from './platform-worker-api.ts';
import { defaultScenario } from './scenario/default-scenario.ts';
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
});
