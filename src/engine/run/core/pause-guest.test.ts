import { describe, expect, test } from 'vitest';
import { loadPreset } from '../../scenario/presets.ts';
import { createPlatformSimulation } from '../run-scenario.ts';

function xenAt150() {
  const sim = createPlatformSimulation(loadPreset('xen')!, 'bare-metal');
  sim.advanceTo(150e9);
  const web = sim.guests.find((g) => g.spec.name === 'web')!;
  const cpuNs = (): number => web.totals(sim.now).ns.reduce((a, b) => a + b, 0);
  return { sim, web, cpuNs };
}

describe('a pause without an end (xm pause, virsh suspend)', () => {
  test('charges the guest no CPU, its idle ticks included, until it is resumed; then its finished batches complete and it runs', () => {
    const { sim, web, cpuNs } = xenAt150();
    sim.pauseGuest(web, sim.now, Infinity);
    // The bursts on a core when it paused end their slices.
    sim.advanceTo(sim.now + 1e9);
    const [cpu, tx] = [cpuNs(), web.transactions];
    sim.advanceTo(sim.now + 100e9);
    expect(cpuNs()).toBe(cpu);
    expect(web.transactions).toBe(tx);
    expect(web.pausedAt(sim.now)).toBe(true);
    sim.resumeGuest(web);
    sim.advanceTo(sim.now + 1e9);
    expect(web.pausedAt(sim.now)).toBe(false);
    expect(web.transactions).toBeGreaterThan(tx);
    expect(cpuNs()).toBeGreaterThan(cpu);
  });

  test('once resumed, dispatches read the index of many ready guests again (it was given up for the rest of the run)', () => {
    const { sim, web } = xenAt150();
    sim.pauseGuest(web, sim.now, Infinity);
    expect(sim.scheduler.pausesUntilNs).toBe(Infinity);
    sim.advanceTo(sim.now + 5e9);
    sim.resumeGuest(web);
    expect(sim.scheduler.pausesUntilNs).toBe(0);
    sim.pauseGuest(web, sim.now, Infinity);
    sim.stopGuest(web);
    expect(sim.scheduler.pausesUntilNs).toBe(0);
  });

  test('ends when the guest goes down: started again, it runs', () => {
    const { sim, web } = xenAt150();
    sim.pauseGuest(web, sim.now, Infinity);
    sim.advanceTo(sim.now + 5e9);
    sim.stopGuest(web);
    const tx = web.transactions;
    expect(web.pausedAt(sim.now)).toBe(false);
    expect(sim.startGuest(web)).toBeNull();
    sim.advanceTo(sim.now + 200e9);
    expect(web.state).toBe('running');
    expect(web.transactions).toBeGreaterThan(tx);
  });
});
