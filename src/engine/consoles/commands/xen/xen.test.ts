import { describe, expect, test } from 'vitest';
import type { Scenario } from '../../../scenario/schema.ts';
import { consoleCommandsFor } from '../index.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone, runLive } from '../testing/fake-guest-manager.ts';
import { typedInto } from '../../../preset-console.fixture.ts';

const scenario = {
  host: { cpu: 'netburst-2003', cores: 2, memoryMiB: 4096, disk: 'hdd', nic: '1g' },
} as unknown as Scenario;

function xen(now = { ns: 0 }) {
  const m = new FakeGuestManager('bare-metal', 'xen', [
    guest({ name: 'web', id: 1, state: 'running', cpuPercent: 80, cpuNs: 12.34e9, memoryMiB: 512, hostMemoryMiB: 520 }),
    guest({ name: 'db', id: 2, state: 'running', cpuPercent: 5, cpuNs: 3e9, vcpus: 2, memoryMiB: 768, hostMemoryMiB: 776 }),
    guest({ name: 'files', id: 3, state: 'stopped', memoryMiB: 512 }),
  ]);
  // Domain-0 works a tenth of one CPU.
  const dom0 = fakeMachine({ hostname: 'xenhost', nowNs: () => now.ns, busyNs: () => 42.3e9 + now.ns / 10, busyPercentLastSecond: () => 10, cpus: 2, memoryMiB: 512, mhz: 3060, arch: 'i686' });
  const commands = consoleCommandsFor('xen', m, { scenario });
  return { m, ctx: fakeContext(dom0), xm: byName(commands, 'xm'), xentop: byName(commands, 'xentop') };
}

describe('xm', () => {
  test('xm list: the classic layout, Domain-0 first, running domains only', () => {
    const { ctx, xm } = xen();
    expect(runDone(xm, ['list'], ctx).output).toBe(
      [
        'Name                              ID Mem(MiB) VCPUs State  Time(s)',
        'Domain-0                           0      512     2 r-----    42.3',
        'web                                1      512     1 r-----    12.3',
        'db                                 2      768     2 -b----     3.0',
        '',
      ].join('\n'),
    );
  });

  test('xm list <domain> shows one; an unknown or stopped one does not exist', () => {
    const { ctx, xm } = xen();
    expect(runDone(xm, ['list', 'db'], ctx).output.split('\n')[1]).toMatch(/^db\s+2\s+768/);
    expect(runDone(xm, ['list', 'files'], ctx)).toMatchObject({ status: 1, output: "Error: Domain 'files' does not exist.\n" });
  });

  test('xm create <name> starts a stopped guest from its /etc/xen file', () => {
    const { m, ctx, xm } = xen();
    expect(runDone(xm, ['create', 'files'], ctx)).toMatchObject({ status: 0, output: 'Using config file "/etc/xen/files".\nStarted domain files\n' });
    expect(m.calls).toEqual(['start files']);
    expect(runDone(xm, ['list'], ctx).output).toContain('\nfiles ');
  });

  test('xm create with variables creates and starts a new guest (stand-in)', () => {
    const { m, ctx, xm } = xen();
    const r = runDone(xm, ['create', 'web3', 'memory=256', 'vcpus=2', 'os=linux', 'workload=web-server'], ctx);
    expect(r).toMatchObject({ status: 0, output: 'Started domain web3\n' });
    expect(m.calls).toEqual(['create web3 linux 2 256 web-server', 'start web3']);
  });

  test('a new guest that the manager boots itself is not started twice', () => {
    const { m, ctx, xm } = xen();
    m.createBoots = true;
    expect(runDone(xm, ['create', 'web4', 'memory=128'], ctx).status).toBe(0);
    expect(m.calls).toEqual(['create web4 linux 1 128 idle']);
  });

  test('xm create errors: running domain, missing config, bad variables', () => {
    const { m, ctx, xm } = xen();
    expect(runDone(xm, ['create', 'web'], ctx)).toMatchObject({ status: 1, output: "Error: Domain 'web' already exists with ID '1'\n" });
    expect(runDone(xm, ['create', 'nope'], ctx).output).toMatch(/^Error: Unable to open config file: \/etc\/xen\/nope\n/);
    expect(runDone(xm, ['create', 'x1', 'memory=lots'], ctx).status).toBe(1);
    expect(runDone(xm, ['create', 'x1', 'os=beos'], ctx).status).toBe(1);
    expect(runDone(xm, ['create', 'x1', 'workload=mining'], ctx).status).toBe(1);
    expect(runDone(xm, ['create', 'x1', 'colour=red'], ctx).status).toBe(1);
    expect(runDone(xm, ['create', 'bad_name', 'memory=128'], ctx).status).toBe(1);
    expect(runDone(xm, ['create', '-c', 'files'], ctx).status).toBe(1);
    expect(runDone(xm, ['create'], ctx).status).toBe(1);
    expect(m.calls).toEqual([]);
  });

  test('xm shutdown and destroy stop a domain, by name or ID; Domain-0 is protected', () => {
    const { m, ctx, xm } = xen();
    expect(runDone(xm, ['shutdown', 'web'], ctx)).toEqual({ kind: 'done', output: '', status: 0 });
    expect(runDone(xm, ['destroy', '2'], ctx).status).toBe(0);
    expect(m.calls).toEqual(['stop web', 'stop db']);
    expect(runDone(xm, ['destroy', '0'], ctx)).toMatchObject({ status: 1, output: 'Error: Cannot destroy privileged domain 0\n' });
    expect(runDone(xm, ['shutdown', 'Domain-0'], ctx).status).toBe(1);
    expect(runDone(xm, ['shutdown', 'web'], ctx)).toMatchObject({ status: 1, output: "Error: Domain 'web' does not exist.\n" });
    expect(runDone(xm, ['shutdown'], ctx).status).toBe(1);
  });

  test('xm info: host totals from the scenario, used memory from the domains', () => {
    const { ctx, xm } = xen();
    const out = runDone(xm, ['info'], ctx).output;
    expect(out).toContain('host                   : xenhost\n');
    expect(out).toContain('nr_cpus                : 2\n');
    expect(out).toContain('cpu_mhz                : 3060\n');
    expect(out).toContain('total_memory           : 4096\n');
    // 4096 − (32 Xen's own + 512 dom0 + 520 + 776)
    expect(out).toContain('free_memory            : 2256\n');
    expect(out).toContain('xen_extra              : .4-1\n');
    expect(out).toContain('xen_caps               : xen-3.0-x86_32p\n');
  });

  test('unknown subcommands and no arguments print the usage with a non-zero status', () => {
    const { ctx, xm } = xen();
    expect(runDone(xm, ['migrate'], ctx).status).toBe(1);
    expect(runDone(xm, [], ctx).output).toMatch(/^Usage: xm <subcommand>/);
  });
});

describe('xentop', () => {
  const CLEAR = '\x1b[H\x1b[2J';

  test('redraws every virtual second: summary, memory, and one row per domain', () => {
    const now = { ns: 0 };
    const { ctx, xentop } = xen(now);
    const run = runLive(xentop, [], ctx);
    const first = run.advance(0).output;
    expect(first.startsWith(CLEAR)).toBe(true);
    expect(first.slice(CLEAR.length).split('\n')).toEqual([
      'xentop - 00:00:00   Xen 3.0.4-1',
      '3 domains: 2 running, 1 blocked, 0 paused, 0 crashed, 0 dying, 0 shutdown',
      'Mem: 4194304k total, 1884160k used, 2310144k free    CPUs: 2 @ 3060MHz',
      '      NAME  STATE   CPU(sec) CPU(%)     MEM(k) MEM(%) VCPUS',
      '  Domain-0 -----r         42   10.0     524288   12.5     2',
      '       web -----r         12   80.0     524288   12.5     1',
      '        db --b---          3    5.0     786432   18.8     2',
      '',
    ]);
    expect(run.nextWakeNs()).toBe(1e9);
    now.ns = 1e9;
    // Domain-0's share over the last second, in the first frame as in the next, as the guests' are.
    expect(run.advance(1e9).output).toContain('  Domain-0 -----r         42   10.0');
    run.key?.('q');
    expect(run.advance(1e9).done).toBe(true);
  });

  test('-b -i 2 prints two frames without clearing, and ignores q; xm top is the same monitor', () => {
    const { ctx, xentop, xm } = xen();
    const run = runLive(xentop, ['-b', '-i', '2'], ctx);
    const a = run.advance(0);
    expect(a.output.startsWith('xentop - 00:00:00')).toBe(true);
    run.key?.('q');
    expect(a.done).toBe(false);
    const b = run.advance(1e9);
    expect(b.done).toBe(true);
    expect(b.output.startsWith('xentop - 00:00:01')).toBe(true);
    expect(runLive(xm, ['top', '-b', '-i', '1'], ctx).advance(0).done).toBe(true);
  });

  test('Ctrl-C stops it; bad options print the usage', () => {
    const { ctx, xentop } = xen();
    const run = runLive(xentop, [], ctx);
    run.advance(0);
    expect(run.interrupt()).toBe('');
    expect(run.nextWakeNs()).toBeNull();
    expect(runDone(xentop, ['-z'], ctx).status).toBe(2);
    expect(runDone(xentop, ['-i', 'x'], ctx).status).toBe(2);
  });
});

describe('xm sched-credit', () => {
  test("each domain's weight and cap from the scenario's CPU shares and cap: 1024 shares are Xen's 256", () => {
    const m = new FakeGuestManager('bare-metal', 'xen', [
      guest({ name: 'rr', id: 1, state: 'running' }),
      guest({ name: 'flood', id: 2, state: 'running', cpuShares: 256, cpuCapPercent: 200 }),
      guest({ name: 'off', id: 3, state: 'stopped', cpuShares: 2048 }),
    ]);
    const xm = byName(consoleCommandsFor('xen', m, { scenario }), 'xm');
    const ctx = fakeContext(fakeMachine({ hostname: 'xenhost' }));
    expect(runDone(xm, ['sched-credit'], ctx).output).toBe(
      [
        'Name                                ID Weight  Cap',
        'Domain-0                             0    256    0',
        'rr                                   1    256    0',
        'flood                                2     64  200',
        '',
      ].join('\n'),
    );
    expect(runDone(xm, ['sched-credit', '-d', 'flood'], ctx).output).toBe("{'cap': 200, 'weight': 64}\n");
    expect(runDone(xm, ['sched-credit', '-d', 'off'], ctx)).toMatchObject({ status: 1, output: "Error: Domain 'off' does not exist.\n" });
    expect(runDone(xm, ['sched-credit', '-d', 'flood', '-c', 'x'], ctx)).toMatchObject({ status: 1 });
    expect(runDone(xm, ['sched-credit', '-d', 'Domain-0', '-w', '512'], ctx).status).toBe(1);
  });

  test('-d <Domain> -c <Cap> caps a running domain at once: its share of a CPU falls to the cap, its neighbours take the rest; -w sets its weight', () => {
    const out = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 150 }, [
      'xentop -b -i 1',
      'xm sched-credit -d compute -c 20',
      'sleep 5',
      'xentop -b -i 1',
      'xm sched-credit -d compute -c 0 -w 512',
      'xm sched-credit -d compute',
    ]);
    const share = (name: string): number[] => [...out.matchAll(new RegExp(`^ +${name} +\\S+ +\\d+ +([\\d.]+) `, 'gm'))].map((m) => Number(m[1]));
    const [before, after] = share('compute');
    expect(before).toBeGreaterThan(50);
    expect(after).toBeGreaterThan(18);
    expect(after).toBeLessThanOrEqual(20);
    expect((share('web')[1] ?? 0) - (share('web')[0] ?? 0)).toBeGreaterThan(10);
    expect(out).toContain("# xm sched-credit -d compute\n{'cap': 0, 'weight': 512}\n");
  });
});

describe('xm dmesg', () => {
  test("prints the hypervisor's boot on this host: its memory and CPUs, the credit scheduler, then Domain-0 with its dom0_mem", () => {
    const out = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 30 }, ['xm dmesg', 'xm dmesg -v']);
    expect(out).toContain(
      [
        '# xm dmesg',
        '(XEN) Xen version 3.0.4-1',
        '(XEN) Command line: dom0_mem=512M',
        '(XEN) System RAM: 4096MB (4194304kB)',
        '(XEN) Using scheduler: SMP Credit Scheduler (credit)',
        '(XEN) Detected 3056.000 MHz processor.',
        '(XEN) CPU0: Intel(R) Xeon(TM) CPU 3.06GHz stepping 09',
        '(XEN) CPU1: Intel(R) Xeon(TM) CPU 3.06GHz stepping 09',
        '(XEN) Total of 2 processors activated.',
        '(XEN) Brought up 2 CPUs',
        '(XEN) *** LOADING DOMAIN 0 ***',
        '(XEN) Dom0 has maximum 2 VCPUs',
      ].join('\n'),
    );
    expect(out).toContain('# xm dmesg -v\nError: option -v is not available here\n');
  });
});
