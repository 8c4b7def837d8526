import { describe, expect, test } from 'vitest';
import { PlatformEngine } from '../platform-engine.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';
import { guest, testScenario } from './test-host.ts';
import { commOf, oomLogLines, oomScore } from './oom-kernel-log.ts';

/** A platform run to `seconds` with stress-ng typed into `hog`'s console at 20 s; then what a console prints for a line. */
function afterStress(s: Scenario, kind: PlatformKind, hog: string, vmBytes: string, seconds = 40) {
  const engine = new PlatformEngine(s, kind);
  const console = (target: string): number => {
    const c = engine.openConsole(target);
    if ('error' in c) throw new Error(c.error);
    return c.id;
  };
  engine.advanceTo(20e9);
  engine.write(console(hog), `stress-ng --vm 1 --vm-bytes ${vmBytes} --timeout 10s\r`);
  engine.advanceTo(seconds * 1e9);
  const run = (target: string, line: string): string => {
    const id = console(target);
    engine.advanceTo(engine.now);
    engine.read(id);
    engine.write(id, `${line}\r`);
    engine.advanceTo(engine.now);
    return engine.read(id).replace(/\r/g, '');
  };
  return { engine, run };
}

/** The two lines, with the [seconds] stamps of a kernel that prints them (Ubuntu's; RHEL's and OpenVZ's print none). */
const OOM_LINE = /(?:\[\s*(\d+\.\d{6})\] )?Out of memory: Kill process (\d+) \((\S+)\) score (\d+) or sacrifice child\n(?:\[\s*\d+\.\d{6}\] )?Killed process \2 \(\3\) total-vm:\d+kB, anon-rss:\d+kB, file-rss:0kB/;

describe("the kernel's ring buffer records OOM kills", () => {
  test('the lines as 2.6.36–3.x kernels print them', () => {
    expect(oomLogLines({ atNs: 12_345_678_000, guest: 0, pid: 1234, comm: 'stress-ng-vm', score: 912, rssKiB: 466_944, cgroup: false }, 0)).toEqual([
      '[   12.345678] Out of memory: Kill process 1234 (stress-ng-vm) score 912 or sacrifice child',
      '[   12.345678] Killed process 1234 (stress-ng-vm) total-vm:466944kB, anon-rss:466944kB, file-rss:0kB',
    ]);
    expect(oomLogLines({ atNs: 2e9, guest: 0, pid: 7, comm: 'httpd', score: 5, rssKiB: 10, cgroup: true }, 1e9)[0]).toBe('[    1.000000] Memory cgroup out of memory: Kill process 7 (httpd) score 5 or sacrifice child');
    expect(commOf('postgres: pgbench pgbench [local] UPDATE')).toBe('postgres');
    expect(commOf('/usr/sbin/httpd -k start')).toBe('httpd');
    expect(oomScore(456, 512)).toBe(891);
    expect(oomScore(0, 512)).toBe(1);
  });

  test.each(['hosted', 'bare-metal'] as PlatformKind[])("on %s the VM's own dmesg shows its kernel's kill of the stress-ng worker, and the neighbour VM's does not", (kind) => {
    // On a 2015 server, whose Ubuntu 16.04 kernel stamps its messages with the time since it booted.
    const s = testScenario([guest('vm1', 'cpu-int'), guest('vm2', 'oltp')]);
    const { engine, run } = afterStress({ ...s, host: { ...s.host, cpu: 'skylake-2015' } }, kind, 'vm1', '2G', 26);
    const vm1 = engine.sim.guests[0];
    expect(vm1?.state).toBe('running');
    expect(vm1?.pressure.oomKills).toBeGreaterThan(0);
    const m = OOM_LINE.exec(run('vm1', 'dmesg'));
    expect(m?.[3]).toBe('stress-ng-vm');
    // Logged at the kill's virtual time, counted from the VM kernel's boot; with the pid ps showed for the worker.
    expect(Number(m?.[1])).toBeGreaterThan(0);
    expect(Number(m?.[1])).toBeLessThan(26 - (vm1?.kernelStartNs ?? 0) / 1e9);
    expect(Number(m?.[4])).toBeGreaterThan(500);
    expect(run('vm1', 'ps aux')).toMatch(new RegExp(`^root\\s+${m?.[2]}\\s.*stress-ng-vm`, 'm'));
    expect(run('vm2', 'dmesg')).not.toContain('Out of memory');
    expect(run('manager', 'dmesg')).not.toContain('Out of memory');
  });

  test("a memory cgroup's kill is in the shared host kernel's buffer: every container's dmesg and the host's show it", () => {
    const s = testScenario([guest('db', 'oltp'), guest('hog', 'cpu-int', { limits: { memoryMiB: 256 } })], { memoryMiB: 1024 });
    const { engine, run } = afterStress(s, 'container', 'hog', '400M', 30);
    expect(engine.sim.guests.map((g) => g.state)).toEqual(['running', 'running']);
    for (const where of ['hog', 'db', 'manager']) {
      expect(run(where, 'dmesg'), where).toMatch(/\nMemory cgroup out of memory: Kill process \d+ \(stress-ng-vm\) score \d+ or sacrifice child\nKilled process \d+ \(stress-ng-vm\) total-vm/);
    }
  });

  test("a hosted VMM's host OS without swap kills a whole VM's process: the host's dmesg logs it, the VMs' own do not", () => {
    const vms = ['a', 'b', 'c'].map((n) => guest(n, 'cpu-int', { memoryMiB: 1024 }));
    const { engine, run } = afterStress(testScenario(vms, { memoryMiB: 3072 }), 'hosted', 'a', '1M', 25);
    const crashed = engine.sim.guests.find((g) => g.state === 'crashed');
    const m = OOM_LINE.exec(run('manager', 'dmesg'));
    expect(m?.[3]).toBe('vmware-vmx');
    // The VM's process has the pid ps numbers it by: one per VM, in the VMs' order; the running VMs keep theirs beside it.
    const running = [...run('manager', 'ps aux').matchAll(/^root\s+(\d+)\s.*vmware-vmx/gm)].map((x) => Number(x[1]));
    const logged = Number(m?.[2]);
    const first = Math.min(logged, ...running);
    expect([...running, logged].sort((x, y) => x - y)).toEqual([first, first + 1, first + 2]);
    expect(logged).toBe(first + (crashed?.index ?? -1));
    for (const g of engine.sim.guests) if (g !== crashed) expect(run(g.spec.name, 'dmesg')).not.toContain('Out of memory');
  });

  test("without a limit, the host's OOM killer takes the neighbour's database, and the hog's own dmesg says so", () => {
    const s = testScenario([guest('db', 'oltp'), guest('hog', 'cpu-int')], { memoryMiB: 1024 });
    const { engine, run } = afterStress(s, 'container', 'hog', '400M', 30);
    expect(engine.sim.guests[0]?.state).toBe('crashed');
    expect(OOM_LINE.exec(run('hog', 'dmesg'))?.[3]).toBe('postgres');
  });

  test('the shared kernel logs the neighbour it killed by the pid the host gives it, as the host\u2019s ps lists it, not by the pid it has in its container', () => {
    const s = testScenario([guest('db', 'oltp'), guest('hog', 'cpu-int')], { memoryMiB: 1024 });
    const engine = new PlatformEngine(s, 'container');
    engine.advanceTo(20e9);
    const type = (target: string, line: string): string => {
      const c = engine.openConsole(target);
      if ('error' in c) throw new Error(c.error);
      engine.advanceTo(engine.now);
      engine.read(c.id);
      engine.write(c.id, `${line}\r`);
      engine.advanceTo(engine.now);
      return engine.read(c.id).replace(/\r/g, '');
    };
    const pids = (out: string): number[] => [...out.matchAll(/^postgres\s+(\d+)\s/gm)].map((m) => Number(m[1]));
    const host = type('manager', 'ps aux');
    const onHost = pids(host);
    const inside = pids(type('db', 'ps aux'));
    expect(onHost.length).toBeGreaterThan(0);
    expect(onHost.some((p) => inside.includes(p))).toBe(false);
    // The host's ps lists the containers' own init and daemons too: each container runs on its kernel.
    expect(host.match(/\binit \[3\]/g)).toHaveLength(3);
    type('hog', 'stress-ng --vm 1 --vm-bytes 400M --timeout 10s');
    engine.advanceTo(30e9);
    const logged = OOM_LINE.exec(type('hog', 'dmesg'));
    expect(logged?.[3]).toBe('postgres');
    expect(onHost).toContain(Number(logged?.[2]));
  });
});
