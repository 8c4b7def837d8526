import { describe, expect, test } from 'vitest';
import { aboveNativeReason } from './above-native.ts';
import type { GuestResult, GuestState, PlatformResult } from './results.ts';

function guest(name: string, state: GuestState, rel: number | null): GuestResult {
  return {
    name,
    os: 'linux',
    workload: 'oltp',
    state,
    throughput: { unit: 'tx/s', perSecond: 1 },
    relativeToNative: rel,
    latencyMs: { p50: null, p99: null },
    cpuMsByLayer: {},
    exitsByReason: {},
    memoryMiB: {},
    bootMs: null,
    fitsOnHost: 1,
  };
}

function platform(guests: GuestResult[]): PlatformResult {
  return { label: '', stack: [], guests, cpuMsByLayer: {}, exitsByReason: {}, memoryMiB: { total: 0, byLayer: {} }, bootMs: null, licenses: 0, events: 0 };
}

const native = platform([guest('db', 'running', 1), guest('web', 'running', 1), guest('win', 'running', 1)]);

describe('a guest faster than native is explained by what its neighbours leave it', () => {
  test('names the neighbours that do less here than natively', () => {
    const here = platform([guest('db', 'running', 2.3), guest('web', 'running', 0.35), guest('win', 'refused', null)]);
    const why = aboveNativeReason(here.guests[0] as GuestResult, here, native);
    expect(why).toContain('230.0 % of native');
    expect(why).toContain('web runs at 35 % of native');
    expect(why).toContain('win is refused');
  });

  test('with neighbours as busy as natively it is the run’s granularity', () => {
    const here = platform([guest('db', 'running', 1.004), guest('web', 'running', 1), guest('win', 'running', 0.995)]);
    expect(aboveNativeReason(here.guests[0] as GuestResult, here, native)).toContain('granularity');
  });

  test('a guest at or below native needs no explanation', () => {
    const here = platform([guest('db', 'running', 0.97), guest('web', 'refused', null)]);
    expect(aboveNativeReason(here.guests[0] as GuestResult, here, native)).toBeNull();
  });
});
