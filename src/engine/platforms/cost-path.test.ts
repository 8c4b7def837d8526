import { describe, expect, test } from 'vitest';
import { L } from '../metrics/layers.ts';
import { mechanismIndex } from '../metrics/mechanisms.ts';
import { CostPath } from './cost-path.ts';

describe('a cost path attributes every nanosecond to one mechanism', () => {
  test('a named charge goes to its mechanism; what none named goes to the class it is added as', () => {
    const ws = new CostPath().charge(L.vmm, 300, 'world-switches').count('world-switch', 2, 'world-switches');
    const disk = new CostPath().charge(L.guestKernel, 1000).add(ws).count('exit:io-port');
    const tx = new CostPath().add(disk, 3, 'disk-requests');
    expect(tx.mechanismNs[mechanismIndex('world-switches')]).toBe(900);
    expect(tx.mechanismNs[mechanismIndex('disk-requests')]).toBe(3000);
    expect(tx.mechanismExits[mechanismIndex('world-switches')]).toBe(6);
    expect(tx.mechanismExits[mechanismIndex('disk-requests')]).toBe(3);
    expect(tx.unattributedNs()).toBe(0);
    expect(disk.unattributedNs()).toBe(1000);
  });
});
