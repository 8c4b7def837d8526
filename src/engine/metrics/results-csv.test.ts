import { describe, expect, test } from 'vitest';
import { PLATFORM_KINDS } from '../scenario/schema.ts';
import { LAYERS } from './layers.ts';
import { resultsCsv } from './results-csv.ts';
import type { GuestResult, PlatformResult, ScenarioResult } from './results.ts';

function guest(name: string, over: Partial<GuestResult> = {}): GuestResult {
  return {
    name,
    os: 'linux-2.6',
    workload: 'web-server',
    state: 'running',
    throughput: { unit: 'req/s', perSecond: 1200.5 },
    relativeToNative: 0.9,
    aloneVsNative: 0.95,
    sharedVsAlone: 0.9474,
    alonePerSecond: 1267,
    guestSwitches: 0,
    latencyMs: { p50: 1.2, p99: null },
    cpuMsByLayer: { 'guest-user': 300, hypervisor: 12 },
    exitsByReason: {},
    memoryMiB: { 'guest-kernel': 64, 'page-cache': 36 },
    bootMs: 4000,
    fitsOnHost: 10,
    ...over,
  };
}

function result(guests: readonly GuestResult[]): ScenarioResult {
  const platform: PlatformResult = {
    label: 'x',
    stack: [],
    guests,
    cpuMsByLayer: {},
    exitsByReason: {},
    memoryMiB: { total: 0, byLayer: {} },
    bootMs: null,
    licenses: 0,
    scheduling: { scheduler: 'dedicated', sliceMs: 0, guestSwitches: 0, switchUs: 0 },
    events: 0,
  };
  return { scenario: 's', seed: 1, durationS: 5, platforms: Object.fromEntries(PLATFORM_KINDS.map((k) => [k, platform])) as ScenarioResult['platforms'] };
}

const parseLine = (line: string): string[] => line.split(',');

describe('results as CSV', () => {
  test('a header, then one row per platform and guest with the guest figures in their columns', () => {
    const lines = resultsCsv(result([guest('web1'), guest('db1')])).split('\n');
    const header = parseLine(lines[0] ?? '');
    expect(header.slice(0, 14)).toEqual(['platform', 'guest', 'os', 'workload', 'state', 'throughput', 'unit', 'relative_to_native', 'alone_vs_native', 'shared_vs_alone', 'p50_ms', 'p99_ms', 'boot_ms', 'memory_mib']);
    expect(header).toHaveLength(14 + LAYERS.length + 1);
    expect(lines).toHaveLength(1 + PLATFORM_KINDS.length * 2);
    expect(lines.slice(1).map((l) => parseLine(l).slice(0, 2).join(' '))).toEqual(PLATFORM_KINDS.flatMap((k) => [`${k} web1`, `${k} db1`]));

    const row: Record<string, string> = Object.fromEntries(parseLine(lines[1] ?? '').map((v, i) => [header[i] ?? '', v]));
    expect(row).toMatchObject({ throughput: '1200.5', relative_to_native: '0.9', alone_vs_native: '0.95', shared_vs_alone: '0.9474', p50_ms: '1.2', p99_ms: '', memory_mib: '100', 'cpu_ms_guest-user': '300', cpu_ms_hypervisor: '12', 'cpu_ms_guest-kernel': '0', reason: '' });
  });

  test('quotes commas, quotes and line breaks, and neutralises cells a spreadsheet would run as a formula', () => {
    const csv = resultsCsv(result([guest('=HYPERLINK("x")', { state: 'refused', reason: 'needs "VT-x", off\nhere' })]));
    const row = csv.split('\n').slice(1, 3).join('\n');
    expect(row.startsWith(`native,"'=HYPERLINK(""x"")",`)).toBe(true);
    expect(row.endsWith(`,"needs ""VT-x"", off\nhere"`)).toBe(true);
    expect(resultsCsv(result([guest('@sum')]))).toContain("native,'@sum,");
    expect(resultsCsv(result([guest('-1+1')]))).toContain("native,'-1+1,");
  });
});
