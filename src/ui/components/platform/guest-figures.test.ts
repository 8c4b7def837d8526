import { describe, expect, it } from 'vitest';
import type { GuestResult } from '../../../engine/index.ts';
import { guestCpu, memoryParts } from './guest-figures.ts';

const guest = (over: Partial<GuestResult>): GuestResult =>
  ({ name: 'web1', cpuMsByLayer: {}, memoryMiB: {}, ...over }) as GuestResult;

describe('guest card figures', () => {
  it('splits a guest\'s CPU time into its own and the layers under it', () => {
    const c = guestCpu(guest({ cpuMsByLayer: { 'guest-user': 600, 'guest-kernel': 200, vmm: 150, 'host-kernel': 50 } }));
    expect(c.totalMs).toBe(1000);
    expect(c.belowShare).toBeCloseTo(0.2);
    expect(c.belowByLayer.map((l) => l.layer)).toEqual(['vmm', 'host-kernel']);
    expect(c.belowByLayer[0]?.share).toBeCloseTo(0.15);
    expect(guestCpu(guest({})).belowShare).toBeNull();
  });

  it('lists memory parts largest first, without empty ones', () => {
    const m = memoryParts(guest({ memoryMiB: { 'guest-kernel': 96, workload: 128, 'guest-unused': 544, 'monitor-overhead': 0 } }));
    expect(m.total).toBe(768);
    expect(m.parts.map((p) => p.part)).toEqual(['guest-unused', 'workload', 'guest-kernel']);
  });
});
