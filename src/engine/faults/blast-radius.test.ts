import { describe, expect, test } from 'vitest';
import { collectResults } from '../run/collect-results.ts';
import type { PlatformKind } from '../scenario/schema.ts';
import type { FaultKind } from './fault-kinds.ts';
import { faultScenario, runTo, stateOf, transactions, watchFault } from './testing/fault-scenario.ts';

const ALL = ['web1', 'build', 'calc'];

/** Fires `kind` at 10 s, then checks who went down and that the survivors kept working from 11 s to 20 s. */
function blast(kind: FaultKind, platform: PlatformKind, style: 'xen' | 'esx' = 'xen'): { down: string[]; up: string[]; applicable: boolean; effect: string } {
  const s = faultScenario({ faults: [{ atS: 10, kind, target: 'web1' }], style });
  const { sim, before, after, fault } = watchFault(s, platform, 11, 20);
  const down = ALL.filter((n) => stateOf(sim, n) === 'crashed');
  const up = ALL.filter((n) => stateOf(sim, n) === 'running');
  for (const n of up) expect(after[n], `${n} kept working on ${platform}`).toBeGreaterThan(before[n] as number);
  for (const n of down) expect(after[n], `${n} did nothing while down on ${platform}`).toBe(before[n]);
  expect(fault.down).toEqual(down);
  expect(fault.keptRunning).toEqual(up);
  return { down, up, applicable: fault.applicable, effect: fault.effect };
}

describe('a guest kernel panic', () => {
  test.each(['hosted', 'bare-metal'] as const)('takes down only that VM on %s', (p) => {
    const r = blast('guest-panic', p);
    expect(r.down).toEqual(['web1']);
    expect(r.up).toEqual(['build', 'calc']);
  });

  test.each(['container', 'native'] as const)('is reported as not applicable on %s, pointing to kernel-panic', (p) => {
    const r = blast('guest-panic', p);
    expect(r.applicable).toBe(false);
    expect(r.effect).toContain('kernel-panic');
    expect(r.down).toEqual([]);
  });
});

describe("the host's kernel panicking", () => {
  test.each(['container', 'hosted'] as const)('takes every guest down on %s', (p) => {
    expect(blast('kernel-panic', p).down).toEqual(ALL);
  });

  test("natively is one dedicated server's: the named guest's server goes down, the other servers run on", () => {
    const r = blast('kernel-panic', 'native');
    expect(r.down).toEqual(['web1']);
    expect(r.up).toEqual(['build', 'calc']);
  });

  test('natively, with no guest named, is not applicable: no one kernel runs under every guest', () => {
    const { fault } = watchFault(faultScenario({ faults: [{ atS: 10, kind: 'kernel-panic' }] }), 'native', 11, 20);
    expect(fault.applicable).toBe(false);
    expect(fault.effect).toMatch(/dedicated server/);
    expect(fault.down).toEqual([]);
  });

  test.each(['xen', 'esx'] as const)('is not applicable under a %s-style hypervisor, which has no host kernel', (style) => {
    const r = blast('kernel-panic', 'bare-metal', style);
    expect(r.applicable).toBe(false);
    expect(r.effect).toContain('hypervisor-fault');
    expect(r.up).toEqual(ALL);
  });
});

describe('a hypervisor fault', () => {
  test.each(['bare-metal', 'hosted'] as const)('takes every VM down on %s', (p) => {
    expect(blast('hypervisor-fault', p).down).toEqual(ALL);
  });

  test.each(['container', 'native'] as const)('is not applicable on %s', (p) => {
    const r = blast('hypervisor-fault', p);
    expect(r.applicable).toBe(false);
    expect(r.up).toEqual(ALL);
  });
});

describe('a driver domain crash', () => {
  test("stalls the I/O of every Xen guest that does I/O while CPU work goes on, until dom0 is back", () => {
    const s = faultScenario({ faults: [{ atS: 10, kind: 'driver-domain-crash' }] });
    // Requests already on the wire when dom0 died complete; after them nothing does.
    const sim = runTo(s, 'bare-metal', 10.2);
    const at = transactions(sim);
    sim.advanceTo(10.7e9);
    const mid = transactions(sim);
    const fault = collectResults(sim).faults?.[0];
    expect(fault?.stalled).toEqual(['web1', 'build']);
    expect(fault?.keptRunning).toEqual(['calc']);
    expect(fault?.down).toEqual([]);
    // The web server waits on the network with nothing completing; the compute guest goes on.
    expect(mid['web1']).toBe(at['web1']);
    expect(mid['calc']).toBeGreaterThan(at['calc'] as number);
    const recovery = fault?.recoveryMs as number;
    expect(recovery).toBeGreaterThan(500);
    sim.advanceTo(10e9 + recovery * 1e6 + 5e9);
    expect(transactions(sim)['web1']).toBeGreaterThan(mid['web1'] as number);
  });

  test.each([
    ['bare-metal', 'esx'],
    ['hosted', 'xen'],
    ['container', 'xen'],
    ['native', 'xen'],
  ] as const)('is not applicable on %s (%s style)', (p, style) => {
    const r = blast('driver-domain-crash', p, style);
    expect(r.applicable).toBe(false);
    expect(r.effect).toContain('no driver domain');
  });
});
