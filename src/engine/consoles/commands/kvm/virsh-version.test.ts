import { describe, expect, test } from 'vitest';
import { typedInto } from '../../../preset-console.fixture.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { consoleCommandsFor } from '../index.ts';
import { byName, FakeGuestManager, runDone } from '../testing/fake-guest-manager.ts';

const onHost = (cpu: Scenario['host']['cpu']) =>
  byName(consoleCommandsFor('kvm', new FakeGuestManager('bare-metal', 'kvm', []), { scenario: { host: { cpu } } as unknown as Scenario }), 'virsh');

describe('virsh version', () => {
  test("names the libvirt and QEMU that the host's distribution of its era shipped", () => {
    expect(runDone(onHost('nehalem-2009'), ['version']).output).toBe(
      'Compiled against library: libvir 0.8.1\nUsing library: libvir 0.8.1\nUsing API: QEMU 0.8.1\nRunning hypervisor: QEMU 0.12.1\n\n',
    );
    expect(runDone(onHost('skylake-2015'), ['version']).output).toBe(
      'Compiled against library: libvirt 1.3.1\nUsing library: libvirt 1.3.1\nUsing API: QEMU 1.3.1\nRunning hypervisor: QEMU 2.5.0\n\n',
    );
  });

  test('an option is an error, as is a host without VT-x; help lists it', () => {
    expect(runDone(onHost('netburst-2003'), ['version']).status).toBe(1);
    expect(runDone(onHost('nehalem-2009'), ['version', '--daemon'])).toEqual({ kind: 'done', status: 1, output: "error: command 'version' doesn't support option --daemon\n" });
    expect(runDone(onHost('nehalem-2009'), ['help']).output).toContain('\n    version                        show version\n');
  });

  test("on the kvm preset's CentOS 6 host", () => {
    const out = typedInto('kvm', { platform: 'bare-metal', console: 'manager', atS: 5 }, ['cat /etc/redhat-release', 'virsh version']);
    expect(out).toContain('CentOS release 6.0 (Final)\n');
    expect(out).toContain('# virsh version\nCompiled against library: libvir 0.8.1\nUsing library: libvir 0.8.1\nUsing API: QEMU 0.8.1\nRunning hypervisor: QEMU 0.12.1\n');
  });
});
