import { describe, expect, test, vi } from 'vitest';
import type { GuestResult } from '../../../engine/index.ts';
import type { Playground } from '../../store/playground-state.ts';
import { largestOnPage } from './card-scales.ts';
import * as figures from './guest-figures.ts';

vi.mock('./guest-figures.ts', async (original) => {
  const real = await original<typeof figures>();
  return { ...real, guestCpu: vi.fn(real.guestCpu) };
});

const guest = (i: number): GuestResult => ({ name: `vps${i}`, cpuMsByLayer: { 'guest-user': i }, memoryMiB: { workload: 64 + (i % 3) } }) as unknown as GuestResult;

function pageWith(guests: number): Playground {
  const snapshot = (n: number) => ({ result: { guests: Array.from({ length: n }, (_, i) => guest(i)) } });
  return { platforms: { native: { snapshot: snapshot(guests) }, hosted: { snapshot: snapshot(guests) }, 'bare-metal': { snapshot: null }, container: { snapshot: snapshot(guests) } } } as unknown as Playground;
}

describe('the units the guest cards share, with a thousand guests (issue 11)', () => {
  test('the largest figures come from every card on the page', () => {
    const page = pageWith(10);
    expect(largestOnPage(page, 'cpuMs')).toBe(9);
    expect(largestOnPage(page, 'memoryMiB')).toBe(66);
  });

  test("each snapshot's guests are scanned once, however many columns and store changes ask again", () => {
    const page = pageWith(1000);
    vi.mocked(figures.guestCpu).mockClear();
    for (let i = 0; i < 8; i++) {
      largestOnPage(page, 'cpuMs');
      largestOnPage(page, 'memoryMiB');
    }
    expect(figures.guestCpu).toHaveBeenCalledTimes(3000);
  });
});
