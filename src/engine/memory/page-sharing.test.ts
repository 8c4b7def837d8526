import { describe, expect, test } from 'vitest';
import { GUEST_OS } from '../os/guest-os.ts';
import { OS_IMAGE_SHARABLE_FRACTION } from '../calibration/memory-pressure.ts';
import { ESX, XEN, guest, runPlatform, testScenario } from './test-host.ts';

const four = ['a', 'b', 'c', 'd'].map((n) => guest(n, 'cpu-int'));
const kernel = GUEST_OS.linux.footprintMiB;

describe('page sharing between identical guest OS images', () => {
  test('ESX keeps the shared pages of identical VMs once: their memory falls by what sharing saves', () => {
    const shared = runPlatform(testScenario(four, { bareMetal: ESX }), 'bare-metal', 5).result;
    const unshared = runPlatform(testScenario(four, { bareMetal: { ...ESX, memory: { pageSharing: false } } }), 'bare-metal', 5).result;
    const copy = kernel * OS_IMAGE_SHARABLE_FRACTION;
    // One copy of the sharable pages is held, as its own part; the other three are saved.
    expect(shared.memoryMiB.byLayer['shared-pages']).toBeCloseTo(copy, 1);
    expect(shared.memoryMiB.reclaimedMiB?.['shared-pages']).toBeCloseTo(3 * copy, 1);
    expect(unshared.memoryMiB.total - shared.memoryMiB.total).toBeCloseTo(3 * copy, 0);
    for (const g of shared.guests) expect(g.memoryPressure?.sharingSavedMiB).toBeCloseTo((3 * copy) / 4, 1);
  });

  test('Xen 3 shares nothing: identical VMs each hold their whole OS', () => {
    const r = runPlatform(testScenario(four, { bareMetal: XEN }), 'bare-metal', 5).result;
    expect(r.memoryMiB.byLayer['shared-pages']).toBeUndefined();
    expect(r.memoryMiB.reclaimedMiB).toBeUndefined();
    for (const g of r.guests) expect(g.memoryMiB['guest-kernel']).toBe(kernel);
  });

  test('VMs of different OSes share nothing with each other', () => {
    const mixed = [guest('l', 'cpu-int'), guest('w', 'cpu-int', { os: 'windows' })];
    const r = runPlatform(testScenario(mixed, { bareMetal: ESX }), 'bare-metal', 5).result;
    expect(r.memoryMiB.byLayer['shared-pages']).toBeUndefined();
  });
});
