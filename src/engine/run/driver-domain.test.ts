/**
 * Xen's dom0 as a scheduled domain of its own (run/core/driver-domain.ts, docs/model.md
 * "The driver domain"): its back-end work runs on its own vCPU while the guest's request
 * waits for it, its CPU stays in the driver-domain layer, and a guest's request queues
 * behind the other guests' work in dom0.
 */
import { describe, expect, test } from 'vitest';
import type { GuestResult } from '../metrics/results.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { GuestSpec, PlatformKind, Scenario } from '../scenario/schema.ts';
import { collectResults } from './collect-results.ts';
import type { PlatformSimulation } from './platform-simulation.ts';
import { createPlatformSimulation } from './run-scenario.ts';

function scenario(guests: GuestSpec[], cores: number, o: { esx?: boolean; dom0Vcpus?: number; ssd?: boolean } = {}): Scenario {
  const r = parseScenario({
    version: 2,
    name: 'dom0',
    seed: 7,
    host: { cpu: 'netburst-2003', cores, memoryMiB: 8192, disk: o.ssd ? 'ssd' : 'hdd', nic: '1g' },
    platforms: {
      hosted: { hostOs: 'linux', technique: 'binary-translation', devices: 'emulated' },
      'bare-metal': o.esx
        ? { style: 'esx', guestMode: 'binary-translation', paging: 'shadow' }
        : { style: 'xen', guestMode: 'paravirtual', paging: 'shadow', devices: 'paravirtual', ...(o.dom0Vcpus === undefined ? {} : { dom0Vcpus: o.dom0Vcpus }) },
      container: { hostOs: 'linux', network: 'bridge', storage: 'bind' },
    },
    guests,
  });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

const guest = (name: string, kind: GuestSpec['workload']['kind']): GuestSpec => ({ name, os: 'linux', vcpus: 1, memoryMiB: 256, workload: { kind } });
const web = [guest('web', 'web-server')];

/** Runs until every guest runs, then `windowS` more; returns the simulation and the first guest's time on its vCPU (its bursts) per transaction in the window, ns. */
function run(s: Scenario, kind: PlatformKind, windowS = 20): { sim: PlatformSimulation; vcpuNsPerTx: number } {
  const sim = createPlatformSimulation(s, kind);
  while (sim.guests.some((g) => g.state === 'booting') && sim.now < 900e9) sim.advanceTo(sim.now + 1e9);
  const g = sim.guests[0];
  if (!g) throw new Error('no guest');
  const burstNs = (): number => sim.tasks.filter((t) => t.guestIndex === 0 && t.kind === 'scenario').reduce((a, t) => a + t.cpuTotalNs, 0);
  const [ns0, tx0] = [burstNs(), g.transactions];
  sim.advanceTo(sim.now + windowS * 1e9);
  return { sim, vcpuNsPerTx: (burstNs() - ns0) / (g.transactions - tx0) };
}

function first(sim: PlatformSimulation): GuestResult {
  return collectResults(sim).guests[0] as GuestResult;
}

describe('dom0 scheduled on its own vCPU', () => {
  test('with a core for dom0, a NIC-bound paravirtual web server keeps up with the NIC: dom0 works off its vCPU', () => {
    const s = scenario(web, 2);
    const native = first(run(s, 'native').sim);
    const xen = run(s, 'bare-metal');
    const g = first(xen.sim);
    const t = g.timePerTransaction;
    if (!t) throw new Error('no time per transaction');
    const cpuNsPerTx = 1e3 * Object.values(t.cpuUs).reduce((a, v) => a + v, 0);
    const dom0NsPerTx = 1e3 * ((t.cpuUs['driver-domain'] ?? 0) + (t.cpuUs['grant-ops'] ?? 0) + (t.cpuUs['bridge-nat'] ?? 0));
    // Natively the one-vCPU web server waits for the NIC.
    expect(native.timePerTransaction?.waitUs.nic).toBeGreaterThan(0);
    // Guest and dom0 together need more than one vCPU at native's rate: charged to the guest's burst, it could not keep up.
    expect((cpuNsPerTx * native.throughput.perSecond) / 1e9).toBeGreaterThan(1);
    // dom0's part runs on dom0's vCPU: the guest's vCPU spends only the rest, and the NIC is the limit again.
    expect(xen.vcpuNsPerTx).toBeLessThan(cpuNsPerTx - 0.99 * dom0NsPerTx);
    expect(t.waitUs.nic).toBeGreaterThan(0);
    expect(g.throughput.perSecond / native.throughput.perSecond).toBeGreaterThan(0.95);
  });

  test("dom0's CPU stays in the driver-domain layer and in its mechanisms; the parts still add up", () => {
    const g = first(run(scenario(web, 2), 'bare-metal').sim);
    expect(g.cpuMsByLayer['driver-domain']).toBeGreaterThan(0);
    const t = g.timePerTransaction;
    if (!t) throw new Error('no time per transaction');
    expect(t.cpuUs['driver-domain']).toBeGreaterThan(0);
    expect(t.cpuUs['grant-ops']).toBeGreaterThan(0);
    expect(t.cpuUs['bridge-nat']).toBeGreaterThan(0);
    const sum = [...Object.values(t.cpuUs), ...Object.values(t.waitUs)].reduce((a, v) => a + v, 0);
    expect(sum).toBeCloseTo(t.us, 6);
  });

  test("a guest's request waits while dom0 works for another guest's I/O", () => {
    // dom0 with one vCPU (dom0_max_vcpus=1) on four cores: its vCPU, not the cores, is what the guests share;
    // databases on an SSD keep it busy with their disk requests.
    const o = { dom0Vcpus: 1, ssd: true };
    const alone = first(run(scenario(web, 4, o), 'bare-metal').sim);
    const busy = first(run(scenario([...web, guest('db1', 'oltp'), guest('db2', 'oltp')], 4, o), 'bare-metal').sim);
    const waitAlone = alone.timePerTransaction?.waitUs['driver-domain'] ?? 0;
    const waitBusy = busy.timePerTransaction?.waitUs['driver-domain'] ?? 0;
    expect(waitBusy).toBeGreaterThan(0);
    expect(waitBusy).toBeGreaterThan(2 * waitAlone);
  });

  test('with one core, dom0 and the guest take turns on it: dom0 goes first, the guest waits for the core', () => {
    const g = first(run(scenario(web, 1), 'bare-metal').sim);
    // dom0 takes the core its guest's burst frees, so it never waits for dom0 here; the guest's next burst waits for the core.
    expect(g.timePerTransaction?.waitUs['driver-domain']).toBeUndefined();
    expect(g.timePerTransaction?.waitUs.core).toBeGreaterThan(0);
  });

  test('only a platform with a driver domain of its own makes a guest wait for one', () => {
    const s = scenario(web, 2, { esx: true });
    for (const kind of ['native', 'hosted', 'bare-metal', 'container'] as const) {
      const g = first(run(s, kind).sim);
      expect(g.timePerTransaction?.waitUs['driver-domain']).toBeUndefined();
    }
  });

  test('runs with dom0 repeat exactly', () => {
    const s = scenario([...web, guest('files', 'file-server'), guest('db', 'oltp')], 1);
    const once = JSON.stringify(collectResults(run(s, 'bare-metal', 5).sim));
    const twice = JSON.stringify(collectResults(run(s, 'bare-metal', 5).sim));
    expect(twice).toBe(once);
  });
});
