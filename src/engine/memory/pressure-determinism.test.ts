import { expect, test } from 'vitest';
import { runScenario } from '../run/run-scenario.ts';
import { guest, testScenario } from './test-host.ts';

test('under memory pressure, shares and caps, the same scenario and seed give byte-identical results', () => {
  const guests = [
    ...Array.from({ length: 6 }, (_, i) => guest(`s${i}`, 'stream', { memoryMiB: 1024 })),
    guest('capped', 'cpu-int', { limits: { cpuCapPercent: 30, cpuShares: 512 } }),
    guest('limited', 'oltp', { limits: { memoryMiB: 700, blkioWeight: 900 } }),
  ];
  const s = testScenario(guests, { memoryMiB: 4096, swapMiB: 1024 });
  const a = runScenario(s, 20);
  const b = runScenario(s, 20);
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  // The run did go through the mechanisms it repeats.
  expect(a.platforms['bare-metal'].memoryMiB.reclaimedMiB?.['swapped']).toBeGreaterThan(0);
  expect(a.platforms.hosted.memoryMiB.reclaimedMiB?.['swapped']).toBeGreaterThan(0);
});
