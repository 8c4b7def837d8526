/**
 * The context switches a management kernel counts (vmstat's cs): a host that schedules the
 * VMs as its threads switches between them as often as the run's scheduler did, and its
 * vCPU threads and I/O threads sleep and wake; dom0's
 * back-end threads wake and block for each notification between a front-end and its
 * back-end; a shared kernel adds its switches between containers to its workloads' own.
 */
import { describe, expect, test } from 'vitest';
import type { PlatformEngine } from '../platform-engine.ts';
import type { PlatformKind } from '../scenario/schema.ts';
import { exitIndex } from '../metrics/exit-reasons.ts';
import { hostAt } from './management-host.fixture.ts';

const switchesBetweenGuests = (e: PlatformEngine): number => e.sim.guests.reduce((a, g) => a + g.switchesAt(e.now), 0);

describe("a management kernel's context switches", () => {
  test.each<[string, PlatformKind]>([
    ['gsx-server', 'hosted'],
    ['virtualbox', 'hosted'],
    ['kvm', 'bare-metal'],
  ])('%s on %s: the host switches between the VMs’ threads, and each vCPU thread that halts and each I/O completion’s thread wakes and sleeps', (preset, kind) => {
    const { e, host } = hostAt(preset, kind, 120e9);
    const between = switchesBetweenGuests(e);
    const halts = e.sim.guests.reduce((a, g) => a + (g.totals(e.now).exits[exitIndex('exit:hlt')] as number) + (g.totals(e.now).exits[exitIndex('trap:hlt')] as number), 0);
    const k = host.kernelCounters();
    const completions = k.interrupts - k.ticks;
    expect(completions).toBeGreaterThan(100_000);
    expect(k.contextSwitches).toBeCloseTo(between + 2 * halts + 2 * completions, -1);
    // Many more than the switches between guests alone (the VirtualBox host read cs 0).
    expect(k.contextSwitches).toBeGreaterThan(2 * e.now / 1e9 * 1000);
  });

  test("xen's dom0: its back-ends wake and block for each event-channel notification", () => {
    const { e, host } = hostAt('xen', 'bare-metal', 120e9);
    const notifications = e.sim.guests.reduce((a, g) => a + (g.totals(e.now).exits[exitIndex('hypercall:event-channel')] as number), 0);
    expect(notifications).toBeGreaterThan(1000);
    expect(host.kernelCounters().contextSwitches).toBe(Math.round(notifications));
  });

  test("a container host: its workloads' switches and its switches between containers", () => {
    const { e, host } = hostAt('virtuozzo', 'container', 120e9);
    const between = switchesBetweenGuests(e);
    expect(between).toBeGreaterThan(1000);
    // What the workloads' transactions switched (their boots' switches aside).
    const own = e.sim.tasks.reduce((a, t) => a + (t.workload ? t.workload.perTx.contextSwitches * t.transactions : 0), 0);
    expect(host.kernelCounters().contextSwitches).toBeGreaterThanOrEqual(Math.round(own + between));
  });
});
