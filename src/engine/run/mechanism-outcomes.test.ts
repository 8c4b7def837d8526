import { describe, expect, test } from 'vitest';
import presetJson from '../../../public/presets/classroom-default.json' with { type: 'json' };
import type { GuestResult, ScenarioResult } from '../metrics/results.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { GuestSpec, HostSpec, PlatformKind, Scenario } from '../scenario/schema.ts';
import { runScenario } from './run-scenario.ts';

function preset(): Scenario {
  const r = parseScenario(presetJson);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

function scenario(guest: GuestSpec, over: { cpu?: HostSpec['cpu']; hosted?: Partial<Scenario['platforms']['hosted']> } = {}): Scenario {
  const base = preset();
  return {
    ...base,
    host: { ...base.host, disk: 'ssd', ...(over.cpu ? { cpu: over.cpu } : {}) },
    platforms: { ...base.platforms, hosted: { ...base.platforms.hosted, ...over.hosted } },
    guests: [guest],
  };
}

const syscallGuest: GuestSpec = { name: 'sc1', os: 'linux', vcpus: 1, memoryMiB: 512, workload: { kind: 'syscall' } };
const buildGuest: GuestSpec = { name: 'kb1', os: 'linux', vcpus: 2, memoryMiB: 2048, workload: { kind: 'kernel-build' } };

function only(r: ScenarioResult, kind: PlatformKind): GuestResult {
  const g = r.platforms[kind].guests[0] as GuestResult;
  expect(g.state, kind).toBe('running');
  return g;
}

describe('null system calls', () => {
  const bt = runScenario(scenario(syscallGuest, { hosted: { technique: 'binary-translation' } }), 20);

  test('in a container a system call is a native one: throughput within 1 % of native', () => {
    expect(only(bt, 'container').relativeToNative).toBeGreaterThan(0.99);
    expect(only(bt, 'container').relativeToNative).toBeLessThan(1.01);
  });

  test('under binary translation every system call traps into the monitor, at well under half native speed', () => {
    const g = only(bt, 'hosted');
    expect(g.relativeToNative).toBeLessThan(0.5);
    // One trap per call: the workload's calls (throughput × running time) plus the boot's.
    const runningS = bt.durationS - (g.bootMs ?? 0) / 1e3;
    const calls = g.throughput.perSecond * runningS;
    const trapped = g.exitsByReason['trap:syscall'] ?? 0;
    expect(trapped).toBeGreaterThan(calls);
    expect(trapped / calls).toBeLessThan(1.05);
  });

  test('with hardware assist a system call does not exit, and runs near native speed', () => {
    const hw = runScenario(scenario(syscallGuest), 20);
    const g = only(hw, 'hosted');
    expect(g.exitsByReason['trap:syscall']).toBeUndefined();
    expect(g.relativeToNative).toBeGreaterThan(0.9);
  });
});

describe('kernel build (many page-table updates)', () => {
  const shadow = runScenario(scenario(buildGuest, { cpu: 'core2-2006' }), 60);
  const nested = runScenario(scenario(buildGuest, { cpu: 'nehalem-2009' }), 60);

  test('hardware assist with shadow paging (core2-2006) exits on every page-table write', () => {
    const g = only(shadow, 'hosted');
    expect(shadow.platforms.hosted.label).toContain('shadow');
    const files = g.throughput.perSecond * (shadow.durationS - (g.bootMs ?? 0) / 1e3);
    // 8 500 page-table writes per file compiled outside its faults (and 120 000 for the boot), each an exit.
    const expected = 8_500 * files + 120_000;
    expect(g.exitsByReason['exit:pt-write']).toBeGreaterThan(0.99 * expected);
    expect(g.exitsByReason['exit:pt-write']).toBeLessThan(1.05 * expected);
    expect(g.exitsByReason['exit:pt-write']).toBeGreaterThan(1e6);
  });

  test('nested paging (nehalem-2009) takes no page-table exits and keeps more of native speed', () => {
    const s = only(shadow, 'hosted');
    const n = only(nested, 'hosted');
    expect(nested.platforms.hosted.label).toContain('nested');
    expect(n.exitsByReason['exit:pt-write']).toBeUndefined();
    expect(n.exitsByReason['exit:hidden-page-fault']).toBeUndefined();
    expect(s.relativeToNative).not.toBeNull();
    expect(n.relativeToNative).toBeGreaterThan(s.relativeToNative ?? Infinity);
  });
});
