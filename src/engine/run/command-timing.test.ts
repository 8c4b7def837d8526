/**
 * Work a command starts begins at the virtual instant the command is typed, not at the
 * simulation's next event: a micro-benchmark typed into an idle guest reads what its
 * operations cost on this platform's paths, as on a busy one.
 */
import { describe, expect, test } from 'vitest';
import { PlatformEngine } from '../platform-engine.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';
import { workloadByName } from '../workloads/catalog.ts';
import type { GuestRuntime } from './core/guest-runtime.ts';
import { makeJob } from './core/job.ts';

function scenario(kind: 'idle' | 'cpu-int'): Scenario {
  const r = parseScenario({
    version: 3,
    name: 'command timing',
    seed: 3,
    host: { cpu: 'nehalem-2009', cores: 4, memoryMiB: 8192, disk: 'ssd', nic: '1g' },
    platforms: {
      hosted: { hostOs: 'linux', technique: 'hardware-assist', devices: 'paravirtual' },
      'bare-metal': { style: 'xen', guestMode: 'paravirtual', paging: 'nested' },
      container: { hostOs: 'linux', network: 'host', storage: 'bind' },
    },
    guests: [{ name: 'vm', os: 'linux', vcpus: 2, memoryMiB: 1024, workload: { kind } }],
  });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

/** Boots the guest, then types `line` into its console between two simulation events and runs it to its end. */
function typeAfterBoot(s: Scenario, platform: PlatformKind, line: string): { out: string; guest: GuestRuntime } {
  const engine = new PlatformEngine(s, platform);
  const opened = engine.openConsole('vm');
  if ('error' in opened) throw new Error(opened.error);
  const guest = engine.sim.guests[0] as GuestRuntime;
  while (guest.state === 'booting') engine.advanceTo(engine.now + 1e9);
  // Half-way between the 1 Hz samples: an idle guest has no event before the next one.
  engine.advanceTo(Math.floor(engine.now / 1e9) * 1e9 + 0.5e9);
  engine.read(opened.id);
  engine.write(opened.id, `${line}\r`);
  let out = '';
  while (engine.busy(opened.id) && engine.now < 600e9) {
    engine.advanceTo(engine.nextWakeNs() ?? engine.now + 1e8);
    out += engine.read(opened.id);
  }
  return { out, guest };
}

/** What one null system call costs on the guest's paths, µs (lat_syscall's own loop included). */
function pricedNullCallUs(s: Scenario, g: GuestRuntime): number {
  const syscall = workloadByName('syscall');
  if (!syscall || !g.plan) throw new Error('no syscall workload or plan');
  return makeJob(g.plan, syscall.perTx, 1, 1, s.host).burstNs / 1e3;
}

function nullCallUs(out: string): number {
  const m = /Simple syscall: ([\d.]+) microseconds/.exec(out);
  if (!m) throw new Error(`no lat_syscall figure in: ${out}`);
  return Number(m[1]);
}

describe('commands start when they are typed', () => {
  test.each(['native', 'hosted', 'bare-metal', 'container'] as const)('lat_syscall null on an idle %s guest reads the priced null call', (platform) => {
    const s = scenario('idle');
    const { out, guest } = typeAfterBoot(s, platform, 'lat_syscall null');
    expect(nullCallUs(out) / pricedNullCallUs(s, guest)).toBeCloseTo(1, 1);
  });

  test('an idle guest and a busy one read the same null call, within what their neighbour costs', () => {
    const idle = nullCallUs(typeAfterBoot(scenario('idle'), 'native', 'lat_syscall null').out);
    const busy = nullCallUs(typeAfterBoot(scenario('cpu-int'), 'native', 'lat_syscall null').out);
    expect(idle).toBeLessThanOrEqual(busy * 1.05);
    expect(idle).toBeGreaterThan(busy * 0.5);
  });

  test('a task started between events takes a core at once', () => {
    const engine = new PlatformEngine(scenario('idle'), 'native');
    const g = engine.sim.guests[0] as GuestRuntime;
    while (g.state === 'booting') engine.advanceTo(engine.now + 1e9);
    engine.advanceTo(Math.floor(engine.now / 1e9) * 1e9 + 0.5e9);
    const t = engine.sim.startTask(g, { command: 'lat_syscall null', workload: 'syscall', workers: 1, maxTransactions: 1000 });
    if (typeof t === 'string') throw new Error(t);
    expect(g.vcpusBusy).toBe(1);
    engine.advanceTo(engine.now + 0.1e9);
    expect(t.ended).toBe(true);
    expect(t.endNs - t.startNs).toBeLessThan(0.1e9);
  });
});
