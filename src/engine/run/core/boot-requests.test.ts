import { describe, expect, it } from 'vitest';
import { bootRequests } from './boot-requests.ts';
import { GUEST_OS } from '../../os/guest-os.ts';

describe('a boot as requests', () => {
  it('is one disk read per request, the CPU work divided among them', () => {
    const boot = GUEST_OS.windows.boot;
    const { unit, count } = bootRequests(boot);
    expect(count).toBe(boot.diskOps);
    expect(unit.diskOps).toBe(1);
    expect(unit.kernelCycles * count).toBeCloseTo(boot.kernelCycles, 0);
    expect(unit.portAccesses * count).toBeCloseTo(boot.portAccesses, 6);
    // Sizes per request stay what they are.
    expect(unit.diskBytesPerOp).toBe(boot.diskBytesPerOp);
    expect(unit.diskSeeksPerOp).toBe(boot.diskSeeksPerOp);
  });
});
