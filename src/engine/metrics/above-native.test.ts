import { describe, expect, test } from 'vitest';
import { aboveNativeReason } from './above-native.ts';
import type { GuestResult } from './results.ts';

function guest(rel: number | null): GuestResult {
  return {
    name: 'db',
    os: 'linux',
    workload: 'oltp',
    state: 'running',
    throughput: { unit: 'tx/s', perSecond: 1 },
    relativeToNative: rel,
    aloneVsNative: null,
    sharedVsAlone: null,
    alonePerSecond: null,
    guestSwitches: 0,
    latencyMs: { p50: null, p99: null },
    cpuMsByLayer: {},
    exitsByReason: {},
    memoryMiB: {},
    bootMs: null,
    fitsOnHost: 1,
  };
}

describe('a guest faster than its dedicated server is explained', () => {
  test('by a peer on the same host or the run’s granularity, never by neighbours', () => {
    const why = aboveNativeReason(guest(1.004));
    expect(why).toContain('100.4 % of native');
    expect(why).toContain('dedicated server');
    expect(why).toContain('granularity');
    expect(why).toContain('same host');
  });

  test('a guest that started later than natively is counted over fewer of its random requests, and says by how much that moves it', () => {
    const late = { ...guest(1.18), bootMs: 77_400, timePerTransaction: { transactions: 53, us: 500, cpuUs: {}, waitUs: {}, exits: {} } };
    const why = aboveNativeReason(late, { ...guest(1), bootMs: 1_700 });
    expect(why).toContain('118.0 % of native');
    expect(why).toMatch(/ Here it started its workload 76 s later than natively, so its rate counts 53 transactions over a shorter stretch, and a count of that many random requests varies by about ±14 % from one stretch to another\.$/);
    expect(aboveNativeReason(late, { ...guest(1), bootMs: 77_000 })).not.toContain('later than natively');
  });

  test('a guest at or below native, or without a ratio, needs no explanation', () => {
    expect(aboveNativeReason(guest(0.97))).toBeNull();
    expect(aboveNativeReason(guest(1))).toBeNull();
    expect(aboveNativeReason(guest(null))).toBeNull();
  });
});
