import { describe, expect, test } from 'vitest';
import type { Scenario } from '../../../scenario/schema.ts';
import { typedInto } from '../../../preset-console.fixture.ts';
import { consoleCommandsFor } from '../index.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone, runLive } from '../testing/fake-guest-manager.ts';
import { pausedInterval } from '../testing/paused-interval.fixture.ts';

const scenario = { host: { cpu: 'netburst-2003', cores: 2, memoryMiB: 4096, disk: 'hdd', nic: '1g' } } as unknown as Scenario;

function xen() {
  const m = new FakeGuestManager('bare-metal', 'xen', [
    guest({ name: 'web', id: 1, state: 'running', cpuPercent: 80, cpuNs: 12.34e9, memoryMiB: 512 }),
    guest({ name: 'db', id: 2, state: 'running', cpuPercent: 130, cpuNs: 30e9, vcpus: 2, memoryMiB: 768 }),
    guest({ name: 'files', id: 3, state: 'stopped' }),
  ]);
  const ctx = fakeContext(fakeMachine({ hostname: 'xenhost', busyNs: () => 42.3e9, busyPercentLastSecond: () => 10, cpus: 2 }));
  const commands = consoleCommandsFor('xen', m, { scenario });
  return { m, ctx, xm: byName(commands, 'xm'), xentop: byName(commands, 'xentop') };
}

describe('xm pause and unpause', () => {
  test("pause is silent; the domain shows 'p' in xm list, xm list --long and xentop; unpause gives it back", () => {
    const { m, ctx, xm, xentop } = xen();
    expect(runDone(xm, ['pause', 'web'], ctx)).toEqual({ kind: 'done', output: '', status: 0 });
    expect(runDone(xm, ['list', 'web'], ctx).output.split('\n')[1]).toBe('web                                1      512     1 --p---    12.3');
    expect(runDone(xm, ['list', '-l', 'web'], ctx).output).toContain('    (state --p---)\n');
    const top = runLive(xentop, ['-b', '-i', '1'], ctx).advance(0).output;
    expect(top).toContain('3 domains: 2 running, 0 blocked, 1 paused,');
    expect(top).toContain('       web ----p-         12');
    expect(runDone(xm, ['unpause', '1'], ctx).status).toBe(0);
    expect(runDone(xm, ['list', 'web'], ctx).output).toContain(' r-----');
    expect(m.calls).toEqual(['pause web', 'resume web']);
  });

  test("pausing a paused domain, or unpausing a running one, changes nothing and says nothing, as Xen's", () => {
    const { ctx, xm } = xen();
    expect(runDone(xm, ['pause', 'web'], ctx).status).toBe(0);
    expect(runDone(xm, ['pause', 'web'], ctx)).toMatchObject({ status: 0, output: '' });
    expect(runDone(xm, ['unpause', 'db'], ctx)).toMatchObject({ status: 0, output: '' });
  });

  test("errors: a domain that does not exist or is down, Domain-0, a missing argument", () => {
    const { m, ctx, xm } = xen();
    expect(runDone(xm, ['pause', 'files'], ctx)).toMatchObject({ status: 1, output: "Error: Domain 'files' does not exist.\n" });
    expect(runDone(xm, ['unpause', 'nope'], ctx)).toMatchObject({ status: 1, output: "Error: Domain 'nope' does not exist.\n" });
    expect(runDone(xm, ['pause', 'Domain-0'], ctx)).toMatchObject({ status: 1, output: 'Error: Cannot pause privileged domain Domain-0\n' });
    expect(runDone(xm, ['unpause', '0'], ctx)).toMatchObject({ status: 1, output: 'Error: Cannot unpause privileged domain 0\n' });
    expect(runDone(xm, ['pause'], ctx)).toMatchObject({ status: 1, output: "Error: 'xm pause' requires 1 argument.\n\nUsage: xm pause <Domain>\n" });
    expect(runDone(xm, ['pause', 'web', 'db'], ctx).status).toBe(1);
    expect(m.calls).toEqual([]);
  });

  test('a paused domain is not migrated here', () => {
    const { ctx, xm } = xen();
    runDone(xm, ['pause', 'web'], ctx);
    expect(runDone(xm, ['migrate', '--live', 'web', 'host2'], ctx)).toMatchObject({ status: 1, output: "Error: can't migrate web to host2: it is paused (xm unpause web first)\n" });
  });
});

describe('xm vcpu-list', () => {
  test("Xen 3.0's layout: every domain's vCPUs with their part of its CPU time, blocked or running by its share, no pinning", () => {
    const { ctx, xm } = xen();
    expect(runDone(xm, ['vcpu-list'], ctx).output).toBe(
      [
        'Name                              ID  VCPU  CPU  State  Time(s)  CPU Affinity',
        'Domain-0                           0     0    -   r--      21.1  any cpu',
        'Domain-0                           0     1    -   -b-      21.1  any cpu',
        'web                                1     0    -   r--      12.3  any cpu',
        'db                                 2     0    -   r--      15.0  any cpu',
        'db                                 2     1    -   -b-      15.0  any cpu',
        '',
      ].join('\n'),
    );
  });

  test("one domain by name or ID; a paused domain's vCPUs run nowhere; an unknown one does not exist", () => {
    const { ctx, xm } = xen();
    runDone(xm, ['pause', 'db'], ctx);
    expect(runDone(xm, ['vcpu-list', '2'], ctx).output.split('\n').slice(1)).toEqual([
      'db                                 2     0    -   ---      15.0  any cpu',
      'db                                 2     1    -   ---      15.0  any cpu',
      '',
    ]);
    expect(runDone(xm, ['vcpu-list', 'files'], ctx)).toMatchObject({ status: 1, output: "Error: Domain 'files' does not exist.\n" });
  });
});

describe('a paused domain in the running simulation', () => {
  test("its Time(s) stands still while it is paused, and grows again once it is unpaused", () => {
    const out = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 150 }, ['xm pause web', 'sleep 1', 'xm list web', 'sleep 30', 'xm list web', 'xm unpause web', 'sleep 10', 'xm list web']);
    const rows = [...out.matchAll(/^web +1 +\d+ +1 (\S+) +([\d.]+)$/gm)].map((r) => ({ state: r[1], time: Number(r[2]) }));
    expect(rows.map((r) => r.state)).toEqual(['--p---', '--p---', 'r-----']);
    expect(rows[1]?.time).toBe(rows[0]?.time);
    expect(rows[2]?.time ?? 0).toBeGreaterThan((rows[1]?.time ?? 0) + 1);
  });

  test('its workload completes nothing while paused, keeps its memory, and picks up once unpaused', () => {
    const r = pausedInterval('xen', 'bare-metal', { guest: 'web', atS: 150, pausedS: 20, pause: 'xm pause web', resume: 'xm unpause web' });
    expect(r.output).not.toContain('Error');
    expect(r.paused.transactions).toBe(r.before.transactions);
    // The results' throughput (over its running time) falls while it is paused, and rises again after.
    expect(r.paused.perSecond).toBeLessThan(r.before.perSecond * 0.95);
    expect(r.resumed.perSecond).toBeGreaterThan(r.paused.perSecond);
    expect(r.resumed.transactions - r.paused.transactions).toBeGreaterThan(0.5 * 20 * r.before.perSecond);
    expect(r.paused.hostMemoryMiB).toBe(r.before.hostMemoryMiB);
    expect([r.before.paused, r.paused.paused, r.resumed.paused]).toEqual([false, true, false]);
  });
});
