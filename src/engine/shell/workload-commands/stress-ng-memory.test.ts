import { describe, expect, test } from 'vitest';
import { PlatformEngine } from '../../platform-engine.ts';
import { guest, testScenario } from '../../memory/test-host.ts';
import type { PlatformKind, Scenario } from '../../scenario/schema.ts';

/** A booted platform with two consoles on `target`: one to run stress-ng in, one to look with. */
function boot(s: Scenario, kind: PlatformKind, target: string) {
  const engine = new PlatformEngine(s, kind);
  while (engine.sim.guests.some((g) => g.state === 'booting') && engine.now < 600e9) engine.advanceTo(engine.now + 1e9);
  const open = (): number => {
    const c = engine.openConsole(target);
    if ('error' in c) throw new Error(c.error);
    engine.advanceTo(engine.now);
    engine.read(c.id);
    return c.id;
  };
  const runner = open();
  const looker = open();
  const plain = (s: string): string => s.replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '').replace(/\r/g, ''); // eslint-disable-line no-control-regex
  /** Types a line and runs the clock until it is done (or `forS` virtual seconds pass). */
  const type = (id: number, line: string, forS = 3600): string => {
    engine.write(id, `${line}\r`);
    const until = engine.now + forS * 1e9;
    let out = '';
    for (let i = 0; i < 100_000 && (i === 0 || engine.busy(id)) && engine.now < until; i++) {
      const wake = engine.nextWakeNs();
      engine.advanceTo(Math.min(until, wake !== null && wake > engine.now ? wake : engine.now + 1e8));
      out += engine.read(id);
    }
    return plain(out + engine.read(id));
  };
  const g = (name: string) => engine.sim.guests.find((x) => x.spec.name === name)!;
  return { engine, runner, looker, type, g };
}

/** `free -m`'s memory used by processes and the kernel (the -/+ buffers/cache line). */
function usedMiB(free: string): number {
  const m = /-\/\+ buffers\/cache:\s+(\d+)/.exec(free);
  if (!m) throw new Error(free);
  return Number(m[1]);
}

const VMS: readonly PlatformKind[] = ['hosted', 'bare-metal'];

describe('stress-ng --vm-bytes allocates memory through the engine', () => {
  test.each([...VMS, 'container'] as PlatformKind[])('on %s the allocation shows in free -m while it runs and is freed after', (kind) => {
    // (An oltp VM's memory is full: there the allocation would get the database OOM-killed.)
    const p = boot(testScenario([guest('vm1', 'cpu-int'), guest('vm2', 'oltp')]), kind, 'vm1');
    const before = usedMiB(p.type(p.looker, 'free -m'));
    p.type(p.runner, 'stress-ng --vm 2 --vm-bytes 200M --timeout 10s', 5);
    expect(p.engine.busy(p.runner)).toBe(true);
    expect(p.g('vm1').pressure.allocatedMiB).toBeCloseTo(200, 6);
    expect(usedMiB(p.type(p.looker, 'free -m')) - before).toBeCloseTo(200, -0.5);
    // Each worker holds its half, as top and ps show it.
    const workers = p.engine.machineOf(p.g('vm1')).processes().filter((x) => x.command === 'stress-ng-vm');
    expect(workers.map((w) => Math.round(w.memKiB / 1024))).toEqual([100, 100]);
    expect(p.type(p.looker, 'ps aux').match(/ 102400 .*stress-ng-vm/g)).toHaveLength(2);
    const end = p.type(p.runner, '');
    expect(end).toContain('successful run completed');
    expect(end).not.toContain('SIGKILL');
    expect(p.g('vm1').pressure.oomKills).toBe(0);
    expect(p.g('vm1').pressure.allocatedMiB).toBe(0);
    expect(usedMiB(p.type(p.looker, 'free -m'))).toBe(before);
  });

  test('Ctrl-C frees the memory at once', () => {
    const p = boot(testScenario([guest('vm1', 'oltp')]), 'hosted', 'vm1');
    p.type(p.runner, 'stress-ng --vm 1 --vm-bytes 100M', 3);
    expect(p.g('vm1').pressure.allocatedMiB).toBeCloseTo(100, 6);
    p.engine.write(p.runner, '\x03');
    expect(p.g('vm1').pressure.allocatedMiB).toBe(0);
  });

  test.each(VMS)("on %s a worker beyond the VM's memory is killed by the guest kernel's OOM killer; the VM and its neighbour run on", (kind) => {
    // A small workload beside it: the growing worker is the biggest process when memory runs out.
    const p = boot(testScenario([guest('vm1', 'cpu-int'), guest('vm2', 'oltp')]), kind, 'vm1');
    const out = p.type(p.runner, 'stress-ng --vm 1 --vm-bytes 2G --timeout 5s');
    expect(out).toMatch(/stress-ng: debug: \[\d+\] stress-ng-vm: child died: signal 9 'SIGKILL' \(instance 0\)\n/);
    expect(out).toContain('assuming killed by OOM killer, restarting again (instance 0)');
    expect(out).toContain('successful run completed');
    const [vm1, vm2] = p.engine.results().guests;
    expect(vm1?.state).toBe('running');
    expect(vm1?.memoryPressure?.oomKills).toBeGreaterThan(0);
    expect(vm1?.memoryPressure?.lastOomKill).toContain("guest kernel's OOM killer killed a process that allocated memory");
    expect(vm2?.state).toBe('running');
    expect(vm2?.memoryPressure?.oomKills ?? 0).toBe(0);
    expect(p.g('vm1').pressure.allocatedMiB).toBe(0);
    expect(p.g('vm1').pressure.workloadKilled).toBe(false);
    // The restarted worker is killed again each time it grows past the VM's memory.
    expect(out.match(/child died/g)?.length).toBe(vm1?.memoryPressure?.oomKills);
  });

  test('of two workers the OOM killer takes one; the other keeps its memory', () => {
    const p = boot(testScenario([guest('vm1', 'cpu-int', { memoryMiB: 1024 })]), 'bare-metal', 'vm1');
    const vm1 = p.g('vm1').pressure;
    // 2 × 480 MiB do not fit beside the kernel in 1 GiB.
    let out = p.type(p.runner, 'stress-ng --vm 2 --vm-bytes 960M --timeout 10s', 0.1);
    while (vm1.allocationKills === 0 && p.engine.now < 20e9) out += p.type(p.runner, '', 0.1);
    expect(vm1.allocationKills).toBe(1);
    // Instance 0 (the biggest, first on a tie) died; at the workers' next step instance 1's pages are allocated again.
    out += p.type(p.runner, '', 0.1);
    expect(vm1.allocatedMiB).toBeGreaterThan(300);
    out += p.type(p.runner, '', 1);
    expect(out.split('\n').find((l) => l.includes('child died'))).toContain("'SIGKILL' (instance 0)");
  });

  test("in a container with a memory limit the cgroup's OOM killer kills only the worker", () => {
    const s = testScenario([guest('db', 'oltp'), guest('hog', 'cpu-int', { limits: { memoryMiB: 256 } })], { memoryMiB: 1024 });
    const p = boot(s, 'container', 'hog');
    const out = p.type(p.runner, 'stress-ng --vm 1 --vm-bytes 1G --timeout 5s');
    expect(out).toContain("child died: signal 9 'SIGKILL' (instance 0)");
    const [db, hog] = p.engine.results().guests;
    expect(hog?.state).toBe('running');
    expect(hog?.memoryPressure?.lastOomKill).toContain("the container's memory cgroup OOM killer killed a process that allocated memory");
    expect(db?.state).toBe('running');
    expect(db?.memoryPressure?.oomKills ?? 0).toBe(0);
  });

  test("in a container without a limit on an overcommitted host the host's OOM killer can kill a neighbour", () => {
    const s = testScenario([guest('db', 'oltp'), guest('hog', 'cpu-int')], { memoryMiB: 1024 });
    const p = boot(s, 'container', 'hog');
    p.type(p.runner, 'stress-ng --vm 1 --vm-bytes 400M --timeout 5s');
    const [db, hog] = p.engine.results().guests;
    expect(db?.state).toBe('crashed');
    expect(db?.reason).toContain("host's OOM killer");
    expect(hog?.state).toBe('running');
  });

  test('is deterministic', () => {
    const run = (): string => {
      const s = testScenario([guest('db', 'oltp'), guest('hog', 'cpu-int', { limits: { memoryMiB: 256 } })], { memoryMiB: 1024 });
      const p = boot(s, 'container', 'hog');
      return p.type(p.runner, 'stress-ng --vm 2 --vm-bytes 80% --timeout 4s') + JSON.stringify(p.engine.results());
    };
    expect(run()).toBe(run());
  });
});
