import { describe, expect, test } from 'vitest';
import { typedInto } from '../../preset-console.fixture.ts';
import { guest, testScenario, XEN } from '../../memory/test-host.ts';
import { guestOsOn } from '../../os/guest-os.ts';
import { PlatformEngine } from '../../platform-engine.ts';
import type { GuestSpec, Scenario } from '../../scenario/schema.ts';

const COLUMNS = ['r', 'b', 'swpd', 'free', 'buff', 'cache', 'si', 'so', 'bi', 'bo', 'in', 'cs', 'us', 'sy', 'id', 'wa', 'st'] as const;
type Row = Record<(typeof COLUMNS)[number], number>;

/** One fio job reading 4 KiB at random with O_DIRECT: every I/O waits for the disk. */
const FIO_RANDREAD: GuestSpec['workload'] = { kind: 'fio', rw: 'randread', bs: 4096, direct: true };

/** vmstat's report lines, by column name. */
function reports(out: string): Row[] {
  return out
    .split('\n')
    .filter((l) => /^ *\d+ +\d+ +\d+/.test(l))
    .map((l) => Object.fromEntries(l.trim().split(/ +/).map((v, i) => [COLUMNS[i], Number(v)])) as Row);
}

function lastReport(out: string): Row {
  const all = reports(out);
  const row = all[all.length - 1];
  if (!row) throw new Error(`no report in:\n${out}`);
  return row;
}

describe('vmstat: processes, memory, I/O, interrupts, context switches and the CPU split, steal included', () => {
  test("three one-vCPU compute VMs on two cores: a paravirtual Xen guest's vmstat shows a third of its time stolen; on its own server none", () => {
    const s = testScenario([guest('a', 'cpu-int'), guest('b', 'cpu-int'), guest('c', 'cpu-int')], { cores: 2, bareMetal: XEN });
    const vm = lastReport(typedInto(s, { platform: 'bare-metal', console: 'a', atS: 60 }, ['vmstat 5 2']));
    expect(vm.st).toBeGreaterThanOrEqual(30);
    expect(vm.st).toBeLessThanOrEqual(36);
    expect(vm.id).toBe(0);
    expect(vm.r).toBe(1);
    const server = lastReport(typedInto(s, { platform: 'native', console: 'a', atS: 60 }, ['vmstat 5 2']));
    expect(server.st).toBe(0);
  });

  test('the same VMs under ESX, whose guests have no steal clock: st reads 0 and the stolen third is charged to the running process (us)', () => {
    const s = testScenario([guest('a', 'cpu-int'), guest('b', 'cpu-int'), guest('c', 'cpu-int')], { cores: 2 });
    const vm = lastReport(typedInto(s, { platform: 'bare-metal', console: 'a', atS: 60 }, ['vmstat 5 2']));
    expect(vm.st).toBe(0);
    expect(vm.us + vm.sy).toBe(100);
  });

  test("an idle VM counts its kernel's timer ticks and nothing else: a tickless Linux's idle rate", () => {
    const s = testScenario([guest('quiet', 'idle')]);
    const row = lastReport(typedInto(s, { platform: 'bare-metal', console: 'quiet', atS: 60 }, ['vmstat 10 2']));
    expect(row.in).toBe(guestOsOn('linux', 'nehalem-2009').idleTimerHz);
    expect([row.cs, row.bi, row.bo]).toEqual([0, 0, 0]);
    expect(row.id).toBe(100);
  });

  test("a container reads the one kernel's counters, a neighbour's disk writes included; a VM beside the same neighbour reads only its own", () => {
    const s = testScenario([guest('quiet', 'idle'), guest('files', 'file-server')]);
    const container = lastReport(typedInto(s, { platform: 'container', console: 'quiet', atS: 60 }, ['vmstat 5 2']));
    expect(container.bo).toBeGreaterThan(0);
    expect(container.cs).toBeGreaterThan(0);
    const vm = lastReport(typedInto(s, { platform: 'bare-metal', console: 'quiet', atS: 60 }, ['vmstat 5 2']));
    expect([vm.bo, vm.cs]).toEqual([0, 0]);
    const own = lastReport(typedInto(s, { platform: 'bare-metal', console: 'files', atS: 60 }, ['vmstat 5 2']));
    expect(own.bo).toBeGreaterThan(0);
  });

  test("r and b: a Docker container's /proc/stat is the host kernel's, so an idle container counts its neighbours' running processes; OpenVZ counts its own", () => {
    const openvz = testScenario([guest('quiet', 'idle'), guest('busy', 'cpu-int', { vcpus: 2 }), guest('disk', 'fio', { workload: FIO_RANDREAD })]);
    const docker: Scenario = { ...openvz, platforms: { ...openvz.platforms, container: { product: 'docker', hostOs: 'linux', network: 'nat', storage: 'overlay' } } };
    const shared = lastReport(typedInto(docker, { platform: 'container', console: 'quiet', atS: 60 }, ['vmstat 5 2']));
    expect([shared.r, shared.b]).toEqual([2, 1]);
    const own = lastReport(typedInto(openvz, { platform: 'container', console: 'quiet', atS: 60 }, ['vmstat 5 2']));
    expect([own.r, own.b]).toEqual([0, 0]);
    const busy = lastReport(typedInto(openvz, { platform: 'container', console: 'busy', atS: 60 }, ['vmstat 5 2']));
    expect([busy.r, busy.b]).toEqual([2, 0]);
  });

  test("Xen's dom0 carries the domains' disk I/O through its back-ends; ESX's service console does not", () => {
    const s = testScenario([guest('files', 'file-server')], { bareMetal: XEN });
    const dom0 = lastReport(typedInto(s, { platform: 'bare-metal', console: 'manager', atS: 60 }, ['vmstat 5 2']));
    expect(dom0.bo).toBeGreaterThan(0);
    const esx = lastReport(typedInto(testScenario([guest('files', 'file-server')]), { platform: 'bare-metal', console: 'manager', atS: 60 }, ['vmstat 5 2']));
    expect(esx.bo).toBe(0);
  });

  test('a guest waiting for its disk with nothing else to run: its process is in D, and its idle time is I/O wait (wa), in vmstat and top', () => {
    const s = testScenario([guest('disk', 'idle', { workload: FIO_RANDREAD })]);
    const out = typedInto(s, { platform: 'bare-metal', console: 'disk', atS: 60 }, ['vmstat 5 2', 'top -b -n 1 | head -3', 'vmstat 1 11']);
    const row = reports(out)[1] as Row;
    expect(row.wa).toBeGreaterThan(50);
    // Its one process mostly sleeps on the disk (b, state D), now and then runs (r): each report is one instant.
    const instants = reports(out).slice(3);
    expect(instants.every((r) => r.r + r.b === 1)).toBe(true);
    expect(instants.filter((r) => r.b === 1).length).toBeGreaterThanOrEqual(6);
    expect(row.id).toBeLessThan(5);
    expect(row.bi).toBeGreaterThan(0);
    expect(out).toMatch(/Cpu\(s\):.*, *[5-9]\d\.\d%wa,/);
    const compute = lastReport(typedInto(testScenario([guest('cpu', 'cpu-int')]), { platform: 'bare-metal', console: 'cpu', atS: 60 }, ['vmstat 5 2']));
    expect(compute.wa).toBe(0);
  });

  test('the same disk waits beside a CPU hog on its one vCPU are not I/O wait: the vCPU they leave is never idle', () => {
    const engine = new PlatformEngine(testScenario([guest('disk', 'idle', { workload: FIO_RANDREAD })]), 'bare-metal');
    engine.advanceTo(60e9);
    const open = (): number => {
      const c = engine.openConsole('disk');
      if ('error' in c) throw new Error(c.error);
      return c.id;
    };
    const hog = open();
    const looker = open();
    engine.write(hog, 'stress-ng --cpu 1 --timeout 60s\r');
    engine.advanceTo(70e9);
    engine.read(looker);
    engine.write(looker, 'vmstat 5 2\r');
    engine.advanceTo(80e9);
    const row = lastReport(engine.read(looker));
    expect(row.wa).toBe(0);
    expect(row.us + row.sy).toBeGreaterThan(95);
  });

  test("the host's swap is the scenario's: a memory hog on a container host pushes its neighbours out to it, and vmstat shows them paged out and read back; a VM has none of its own", () => {
    const base = testScenario([guest('web', 'web-server'), guest('db', 'oltp')], { memoryMiB: 2048, swapMiB: 4096 });
    const s = { ...base, faults: [{ atS: 30, kind: 'memory-hog' as const, target: 'db' }] };
    const out = typedInto(s, { platform: 'container', console: 'manager', atS: 31 }, ['vmstat 1 2', 'free -m']);
    const row = lastReport(out);
    expect(row.swpd).toBeGreaterThan(0);
    expect(row.so).toBeGreaterThan(0);
    expect(row.si).toBeGreaterThan(0);
    expect(out).toMatch(/^Swap: +4096 +[1-9]\d* +\d+$/m);
    // Without host.swapMiB the host has no swap, as the memory model has none.
    // A VM's own kernel swaps nothing in the model (its OOM killer acts at the VM's memory): its free shows no swap.
    expect(typedInto(base, { platform: 'bare-metal', console: 'web', atS: 31 }, ['free -m'])).toMatch(/^Swap: +0 +0 +0$/m);
    const noSwap = testScenario([guest('web', 'web-server')], { memoryMiB: 2048 });
    expect(typedInto(noSwap, { platform: 'container', console: 'manager', atS: 31 }, ['free -m'])).toMatch(/^Swap: +0 +0 +0$/m);
  });

  test('one report without a delay; the header again every screen height unless -n; usage errors', () => {
    const s = testScenario([guest('quiet', 'idle')]);
    const once = typedInto(s, { platform: 'hosted', console: 'quiet', atS: 30 }, ['vmstat']);
    expect(once).toContain('procs -----------memory---------- ---swap-- -----io---- --system-- -----cpu------\n r  b   swpd   free   buff  cache   si   so    bi    bo   in   cs us sy id wa st\n');
    expect(reports(once)).toHaveLength(1);
    const long = typedInto(s, { platform: 'hosted', console: 'quiet', atS: 30 }, ['vmstat 1 30']);
    expect(reports(long)).toHaveLength(30);
    expect(long.match(/^procs /gm)).toHaveLength(2);
    expect(typedInto(s, { platform: 'hosted', console: 'quiet', atS: 30 }, ['vmstat -n 1 30']).match(/^procs /gm)).toHaveLength(1);
    expect(typedInto(s, { platform: 'hosted', console: 'quiet', atS: 30 }, ['vmstat -x', 'vmstat 0', 'vmstat 1 2 3', 'vmstat -V'])).toMatch(
      /vmstat: invalid option -- 'x'\nusage: vmstat[^]*# vmstat 0\nusage: vmstat[^]*# vmstat 1 2 3\nusage: vmstat[^]*# vmstat -V\nprocps version 3\.2\.7\n/,
    );
  });
});
