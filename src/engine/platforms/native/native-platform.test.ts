import { describe, expect, test } from 'vitest';
import { guest, testScenario } from '../../memory/test-host.ts';
import { GUEST_OS } from '../../os/guest-os.ts';
import { collectResults } from '../../run/collect-results.ts';
import { createPlatformSimulation } from '../../run/run-scenario.ts';

describe('native is a dedicated server per guest', () => {
  const s = testScenario([guest('a', 'web-server'), guest('b', 'web-server'), guest('c', 'oltp', { os: 'windows', memoryMiB: 1024 })]);
  const sim = createPlatformSimulation(s, 'native');
  sim.advanceTo(30e9);
  const r = collectResults(sim);

  test('N servers need N operating-system licences, whatever their OS', () => {
    expect(r.licenses).toBe(3);
  });

  test('each server holds its own kernel, in its guest’s memory; nothing is shared between them', () => {
    for (const g of r.guests) expect(g.memoryMiB['guest-kernel']).toBe(GUEST_OS[g.os as 'linux' | 'windows'].footprintMiB);
    const kernels = r.guests.reduce((sum, g) => sum + (g.memoryMiB['guest-kernel'] ?? 0), 0);
    expect(kernels).toBe(2 * GUEST_OS.linux.footprintMiB + GUEST_OS.windows.footprintMiB);
    expect(Object.keys(r.memoryMiB.byLayer).filter((k) => k.startsWith('kernel ('))).toEqual([]);
  });
});
