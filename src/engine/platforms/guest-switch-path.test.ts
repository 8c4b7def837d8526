import { describe, expect, it } from 'vitest';
import { CPU_GENERATIONS } from '../calibration/cpu-generations.ts';
import { CACHE_FACTS, sliceNs } from '../calibration/guest-switch.ts';
import { L } from '../metrics/layers.ts';
import { exitIndex } from '../metrics/exit-reasons.ts';
import { guestSwitch } from './guest-switch-path.ts';

const netburst = CPU_GENERATIONS['netburst-2003'];
const nehalem = CPU_GENERATIONS['nehalem-2009'];

describe('a switch between guests', () => {
  it('never happens between native guests: each has a server of its own', () => {
    const s = guestSwitch('native', nehalem, false);
    expect(s.path.total()).toBe(0);
    expect(s.refillNs).toBe(0);
  });

  it('costs the hypervisor an address-space switch, and the guest its cache share read back from memory', () => {
    const s = guestSwitch('bare-metal', netburst, false);
    expect(s.path.ns[L.hypervisor]).toBe(netburst.contextSwitchNs);
    const cacheNs = CACHE_FACTS['netburst-2003'].llcBytesPerCore / netburst.memBandwidthGBs;
    expect(s.refillNs).toBeGreaterThan(cacheNs);
    expect(s.refillNs).toBeLessThan(cacheNs * 1.05);
  });

  it('adds a VM exit and entry under hardware assist, and no TLB refill where the TLB is tagged per VM (VPID)', () => {
    const pv = guestSwitch('bare-metal', nehalem, false);
    const hw = guestSwitch('bare-metal', nehalem, true);
    expect(hw.path.total() - pv.path.total()).toBeCloseTo((nehalem.vmExitRoundTripCycles ?? 0) / nehalem.ghz, 6);
    expect(hw.refillNs).toBeLessThan(pv.refillNs);
    expect(hw.refillNs).toBe(CACHE_FACTS['nehalem-2009'].llcBytesPerCore / nehalem.memBandwidthGBs);
  });

  it('on a hosted VMM crosses two world switches and the host kernel', () => {
    const s = guestSwitch('hosted', nehalem, true);
    expect(s.path.exits[exitIndex('world-switch')]).toBe(2);
    expect(s.path.ns[L.hostKernel]).toBe(nehalem.contextSwitchNs);
    expect(s.path.ns[L.vmm]).toBeGreaterThan(0);
  });

  it('between containers is one process switch in the shared kernel, with no exit', () => {
    const s = guestSwitch('container', nehalem, false);
    expect(s.path.ns[L.sharedKernel]).toBe(nehalem.contextSwitchNs);
    expect(s.path.exits.every((e) => e === 0)).toBe(true);
    expect(s.refillNs).toBeGreaterThan(0);
  });
});

describe('time slices', () => {
  it('are fixed for Xen credit (30 ms), ESX (50 ms) and Linux O(1) (100 ms)', () => {
    expect(sliceNs('xen-credit', 128, 1)).toBe(30e6);
    expect(sliceNs('esx', 2, 4)).toBe(50e6);
    expect(sliceNs('linux-o1', 2, 4)).toBe(100e6);
  });

  it('shrink under CFS as tasks per core grow, down to the minimum granularity', () => {
    // One cpu: factor 1. Two tasks share the 6 ms latency; 128 tasks get 0.75 ms each.
    expect(sliceNs('linux-cfs', 2, 1)).toBe(3e6);
    expect(sliceNs('linux-cfs', 128, 1)).toBe(0.75e6);
    // Four cpus: factor 1 + log2 4 = 3; eight tasks are two per core.
    expect(sliceNs('linux-cfs', 8, 4)).toBe(9e6);
  });
});
