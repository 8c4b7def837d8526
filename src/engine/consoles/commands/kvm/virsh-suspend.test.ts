import { describe, expect, test } from 'vitest';
import { typedInto } from '../../../preset-console.fixture.ts';
import { consoleCommandsFor } from '../index.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone } from '../testing/fake-guest-manager.ts';
import { pausedInterval } from '../testing/paused-interval.fixture.ts';

function kvm() {
  const m = new FakeGuestManager('bare-metal', 'kvm', [
    guest({ name: 'web', id: 1, state: 'running', cpuNs: 61.4e9, cpuPercent: 120, vcpus: 2, memoryMiB: 2048 }),
    guest({ name: 'db', id: 2, state: 'stopped' }),
  ]);
  return { m, virsh: byName(consoleCommandsFor('kvm', m), 'virsh') };
}

describe('virsh suspend and resume', () => {
  test('suspend pauses the domain: list, domstate and dominfo say "paused"; resume runs it again', () => {
    const { m, virsh } = kvm();
    expect(runDone(virsh, ['suspend', 'web'])).toMatchObject({ status: 0, output: 'Domain web suspended\n\n' });
    expect(runDone(virsh, ['list']).output).toContain('\n 1     web                            paused\n');
    expect(runDone(virsh, ['domstate', 'web'])).toMatchObject({ status: 0, output: 'paused\n\n' });
    expect(runDone(virsh, ['dominfo', 'web']).output).toContain('State:          paused\n');
    expect(runDone(virsh, ['resume', '1'])).toMatchObject({ status: 0, output: 'Domain web resumed\n\n' });
    expect(runDone(virsh, ['domstate', 'web']).output).toBe('running\n\n');
    expect(runDone(virsh, ['domstate', 'db']).output).toBe('shut off\n\n');
    expect(m.calls).toEqual(['pause web', 'resume web']);
  });

  test("suspending a paused domain or resuming a running one succeeds and changes nothing, as libvirt's qemu driver", () => {
    const { virsh } = kvm();
    runDone(virsh, ['suspend', 'web']);
    expect(runDone(virsh, ['suspend', 'web'])).toMatchObject({ status: 0, output: 'Domain web suspended\n\n' });
    expect(runDone(virsh, ['domstate', 'web']).output).toBe('paused\n\n');
    runDone(virsh, ['resume', 'web']);
    expect(runDone(virsh, ['resume', 'web'])).toMatchObject({ status: 0, output: 'Domain web resumed\n\n' });
  });

  test('errors: a domain that is not running, one that does not exist, no domain; a paused one is not migrated here', () => {
    const { m, virsh } = kvm();
    expect(runDone(virsh, ['suspend', 'db'])).toMatchObject({
      status: 1,
      output: 'error: Failed to suspend domain db\nerror: Requested operation is not valid: domain is not running\n',
    });
    expect(runDone(virsh, ['resume', 'db']).output).toBe('error: Failed to resume domain db\nerror: Requested operation is not valid: domain is not running\n');
    expect(runDone(virsh, ['suspend', 'nope']).output).toBe("error: failed to get domain 'nope'\nerror: Domain not found: no domain with matching name 'nope'\n");
    expect(runDone(virsh, ['resume'])).toMatchObject({ status: 1, output: "error: command 'resume' requires <domain> option\n" });
    expect(m.calls).toEqual([]);
    runDone(virsh, ['suspend', 'web']);
    expect(runDone(virsh, ['migrate', '--live', 'web', 'qemu+ssh://host2/system'])).toMatchObject({ status: 1, output: 'error: operation failed: web is paused (virsh resume web first)\n' });
  });
});

describe('virsh vcpuinfo', () => {
  test("libvirt's layout: each vCPU with its part of the domain's CPU time and a y per host CPU; no core number where the model has none", () => {
    const ctx = fakeContext(fakeMachine({ cpus: 8 }));
    expect(runDone(kvm().virsh, ['vcpuinfo', 'web'], ctx).output).toBe(
      [
        'VCPU:           0',
        'CPU:            -',
        'State:          running',
        'CPU time:       30.7s',
        'CPU Affinity:   yyyyyyyy',
        '',
        'VCPU:           1',
        'CPU:            -',
        'State:          running',
        'CPU time:       30.7s',
        'CPU Affinity:   yyyyyyyy',
        '',
        '',
      ].join('\n'),
    );
  });

  test('a shut-off domain has no vCPUs to show', () => {
    expect(runDone(kvm().virsh, ['vcpuinfo', 'db'])).toMatchObject({
      status: 1,
      output: 'error: Domain shut off, virtual CPUs not present.\nerror: Requested operation is not valid: cannot list vcpu pinning for an inactive domain\n',
    });
  });
});

describe('a suspended domain in the running simulation', () => {
  test('virsh shows it paused and its CPU time stands still until it is resumed', () => {
    const out = typedInto('kvm', { platform: 'bare-metal', console: 'manager', atS: 150 }, [
      'virsh suspend db',
      'sleep 1',
      'virsh vcpuinfo db',
      'sleep 30',
      'virsh list',
      'virsh vcpuinfo db',
      'virsh resume db',
      'sleep 10',
      'virsh domstate db',
      'virsh vcpuinfo db',
    ]);
    expect(out).toContain('# virsh suspend db\nDomain db suspended\n');
    expect(out).toMatch(/^ \d+ +db +paused$/m);
    expect(out).toContain('# virsh domstate db\nrunning\n');
    const times = [...out.matchAll(/^VCPU: +0\n(?:.*\n){2}CPU time: +([\d.]+)s$/gm)].map((r) => Number(r[1]));
    expect(times).toHaveLength(3);
    expect(times[1]).toBe(times[0]);
    expect(times[2] ?? 0).toBeGreaterThan(times[1] ?? 0);
  });

  test('its workload completes nothing while suspended, keeps its memory, and picks up once resumed', () => {
    const r = pausedInterval('kvm', 'bare-metal', { guest: 'db', atS: 150, pausedS: 20, pause: 'virsh suspend db', resume: 'virsh resume db' });
    expect(r.output).toContain('Domain db suspended');
    expect(r.output).toContain('Domain db resumed');
    expect(r.paused.transactions).toBe(r.before.transactions);
    expect(r.paused.perSecond).toBeLessThan(r.before.perSecond * 0.95);
    expect(r.resumed.perSecond).toBeGreaterThan(r.paused.perSecond);
    expect(r.resumed.transactions - r.paused.transactions).toBeGreaterThan(0.5 * 20 * r.before.perSecond);
    expect(r.paused.hostMemoryMiB).toBe(r.before.hostMemoryMiB);
  });
});
