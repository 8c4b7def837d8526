import { describe, expect, test } from 'vitest';
import { consoleCommandsFor } from '../index.ts';
import { typedInto } from '../../../preset-console.fixture.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone } from '../testing/fake-guest-manager.ts';

function kvm() {
  const m = new FakeGuestManager('bare-metal', 'kvm', [
    guest({ name: 'web', id: 1, state: 'running', cpuNs: 61.5e9, vcpus: 2, memoryMiB: 2048 }),
    guest({ name: 'db', id: 2, state: 'stopped' }),
    guest({ name: 'win', id: 3, os: 'windows', state: 'booting' }),
  ]);
  return { m, virsh: byName(consoleCommandsFor('kvm', m), 'virsh') };
}

describe('virsh on KVM', () => {
  test('list shows running domains by ID; --all adds the shut-off ones', () => {
    const { virsh } = kvm();
    const header = [' Id    Name                           State', '-'.repeat(52)];
    expect(runDone(virsh, ['list']).output).toBe(
      [...header, ' 1     web                            running', ' 3     win                            running', '', ''].join('\n'),
    );
    expect(runDone(virsh, ['list', '--all']).output).toContain('\n -     db                             shut off\n');
  });

  test('start, shutdown and destroy go through the manager with virsh messages', () => {
    const { m, virsh } = kvm();
    expect(runDone(virsh, ['start', 'db'])).toMatchObject({ status: 0, output: 'Domain db started\n\n' });
    expect(runDone(virsh, ['shutdown', 'web'])).toMatchObject({ status: 0, output: 'Domain web is being shutdown\n\n' });
    expect(runDone(virsh, ['destroy', '3'])).toMatchObject({ status: 0, output: 'Domain win destroyed\n\n' });
    expect(m.calls).toEqual(['start db', 'stop web', 'stop win']);
  });

  test('dominfo shows the domain', () => {
    const out = runDone(kvm().virsh, ['dominfo', 'web']).output;
    expect(out).toContain('Id:             1\n');
    expect(out).toContain('State:          running\n');
    expect(out).toContain('CPU(s):         2\n');
    expect(out).toContain('CPU time:       61.5s\n');
    expect(out).toContain('Max memory:     2097152 KiB\n');
  });

  test('nodeinfo shows the host the console runs on: its cores, clock and memory, one socket without NUMA as the model has it', () => {
    const ctx = fakeContext(fakeMachine({ cpus: 8, mhz: 2930, memoryMiB: 16384 }));
    expect(runDone(kvm().virsh, ['nodeinfo'], ctx).output).toBe(
      [
        'CPU model:           x86_64',
        'CPU(s):              8',
        'CPU frequency:       2930 MHz',
        'CPU socket(s):       1',
        'Core(s) per socket:  8',
        'Thread(s) per core:  1',
        'NUMA cell(s):        1',
        'Memory size:         16777216 KiB',
        '',
        '',
      ].join('\n'),
    );
    expect(runDone(kvm().virsh, ['nodeinfo', 'web'], ctx).status).toBe(1);
  });

  test("nodeinfo on the kvm preset's 8 cores of a four-core Xeon X5570: two sockets of four, a NUMA cell each (Nehalem's memory controller is on the die)", () => {
    const out = typedInto('kvm', { platform: 'bare-metal', console: 'manager', atS: 1 }, ['virsh nodeinfo']);
    expect(out).toContain('CPU(s):              8\n');
    expect(out).toContain('CPU socket(s):       2\nCore(s) per socket:  4\nThread(s) per core:  1\nNUMA cell(s):        2\n');
  });

  test("dumpxml prints the domain's XML as dominfo describes it: id, name, UUID, memory and the balloon's current size, vCPUs", () => {
    const out = typedInto('kvm', { platform: 'bare-metal', console: 'manager', atS: 120 }, ['virsh setmem build 1048576', 'virsh dominfo build', 'virsh dumpxml build']);
    const info = (k: string): string => new RegExp(`^${k}:\\s+(.*)$`, 'm').exec(out)?.[1] ?? '';
    expect(out).toContain(`<domain type='kvm' id='${info('Id')}'>\n  <name>build</name>\n  <uuid>${info('UUID')}</uuid>\n`);
    expect(out).toContain(`  <memory>${info('Max memory').replace(' KiB', '')}</memory>\n  <currentMemory>${info('Used memory').replace(' KiB', '')}</currentMemory>\n  <vcpu>${info('CPU\\(s\\)')}</vcpu>\n`);
    expect(out).toContain("<type arch='x86_64' machine='rhel6.0.0'>hvm</type>");
    expect(out).toContain('<emulator>/usr/libexec/qemu-kvm</emulator>');
    expect(out).not.toContain('unknown command');
  });

  test('errors: unknown domain, wrong state, unknown command, no command', () => {
    const { m, virsh } = kvm();
    expect(runDone(virsh, ['start', 'nope'])).toMatchObject({
      status: 1,
      output: "error: failed to get domain 'nope'\nerror: Domain not found: no domain with matching name 'nope'\n",
    });
    expect(runDone(virsh, ['start', 'web'])).toMatchObject({ status: 1, output: 'error: Domain is already active\n' });
    expect(runDone(virsh, ['shutdown', 'db']).output).toContain('domain is not running');
    expect(runDone(virsh, ['migrate', 'web']).status).toBe(1);
    expect(runDone(virsh, ['start']).status).toBe(1);
    expect(runDone(virsh, ['list', '--bogus']).status).toBe(1);
    expect(runDone(virsh, []).status).toBe(1);
    expect(m.calls).toEqual([]);
  });
});
