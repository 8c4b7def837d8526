import { describe, expect, test } from 'vitest';
import { consoleCommandsFor } from '../index.ts';
import { uuidFrom } from '../common/ids.ts';
import { typedInto } from '../../../preset-console.fixture.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone } from '../testing/fake-guest-manager.ts';

function vbox() {
  const m = new FakeGuestManager('hosted', 'virtualbox', [
    guest({ name: 'web', id: 1, state: 'running', memoryMiB: 1024 }),
    guest({ name: 'win-test', id: 2, os: 'windows', state: 'stopped', vcpus: 2, memoryMiB: 2048 }),
  ]);
  return { m, cmd: byName(consoleCommandsFor('virtualbox', m), 'VBoxManage') };
}

describe('VBoxManage', () => {
  test('list vms shows every registered VM with its UUID; runningvms only the running ones', () => {
    const { cmd } = vbox();
    expect(runDone(cmd, ['list', 'vms']).output).toBe(`"web" {${uuidFrom('web')}}\n"win-test" {${uuidFrom('win-test')}}\n`);
    expect(runDone(cmd, ['list', 'runningvms']).output).toBe(`"web" {${uuidFrom('web')}}\n`);
    expect(uuidFrom('web')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('startvm --type headless starts the VM through the manager', () => {
    const { m, cmd } = vbox();
    const r = runDone(cmd, ['startvm', 'win-test', '--type', 'headless']);
    expect(r).toMatchObject({ status: 0, output: 'Waiting for VM "win-test" to power on...\nVM "win-test" has been successfully started.\n' });
    expect(m.calls).toEqual(['start win-test']);
    expect(runDone(cmd, ['list', 'runningvms']).output).toContain('"win-test"');
  });

  test('a VM can be named by its UUID', () => {
    const { m, cmd } = vbox();
    expect(runDone(cmd, ['startvm', `{${uuidFrom('win-test')}}`]).status).toBe(0);
    expect(m.calls).toEqual(['start win-test']);
  });

  test('controlvm poweroff stops a running VM and prints the progress bar', () => {
    const { m, cmd } = vbox();
    expect(runDone(cmd, ['controlvm', 'web', 'poweroff']).output).toBe('0%...10%...20%...30%...40%...50%...60%...70%...80%...90%...100%\n');
    expect(m.calls).toEqual(['stop web']);
    const again = runDone(cmd, ['controlvm', 'web', 'poweroff']);
    expect(again).toMatchObject({ status: 1, output: "VBoxManage: error: Machine 'web' is not currently running\n" });
  });

  test('showvminfo gives the brief settings', () => {
    const out = runDone(vbox().cmd, ['showvminfo', 'win-test']).output.split('\n');
    expect(out).toContain('Name:            win-test');
    expect(out).toContain('Guest OS:        Windows 2003 (64-bit)');
    expect(out).toContain('Memory size:     2048MB');
    expect(out).toContain('Number of CPUs:  2');
    expect(out).toContain('State:           powered off');
    expect(out).toContain('Config file:     /root/VirtualBox VMs/win-test/win-test.vbox');
  });

  test('errors: unknown VM, already running, no display, bad syntax (exit 2)', () => {
    const { m, cmd } = vbox();
    const missing = runDone(cmd, ['startvm', 'nope', '--type', 'headless']);
    expect(missing.status).toBe(1);
    expect(missing.output).toMatch(/^VBoxManage: error: Could not find a registered machine named 'nope'\n/);
    expect(runDone(cmd, ['startvm', 'web']).output).toContain('already locked by a session');
    expect(runDone(cmd, ['startvm', 'win-test', '--type', 'gui']).status).toBe(1);
    expect(runDone(cmd, ['list', 'hdds']).status).toBe(2);
    expect(runDone(cmd, ['frobnicate']).status).toBe(2);
    expect(runDone(cmd, []).status).toBe(2);
    expect(m.calls).toEqual([]);
  });

  test("the virtualbox preset's host runs no software newer than its calendar: its banner's copyright ends in 2013, its date reads 2014", () => {
    const out = typedInto('virtualbox', { platform: 'hosted', console: 'manager', atS: 1 }, ['VBoxManage', 'date']);
    const built = Number(/\(C\) 2005-(\d{4}) Oracle/.exec(out)?.[1]);
    const today = Number(/UTC (\d{4})\n/.exec(out)?.[1]);
    expect(built).toBe(2013);
    expect(today).toBeGreaterThan(built);
  });

  test('--version prints the release and its build; list hostinfo reads VT-x and nested paging from the host CPU', () => {
    const { cmd } = vbox();
    expect(runDone(cmd, ['--version']).output).toBe('4.3.0r89960\n');
    const host = (flags: string[]) => {
      const m = fakeMachine({ cpus: 2, mhz: 2930, memoryMiB: 8192 });
      return fakeContext({ ...m, cpu: () => ({ ...m.cpu(), flags }) });
    };
    const ept = runDone(cmd, ['list', 'hostinfo'], host(['pae', 'lm', 'vmx', 'ept'])).output;
    expect(ept).toMatch(/^Host Information:\n\nHost time: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0+Z\nProcessor online count: 2\nProcessor count: 2\n/);
    expect(ept).toContain('Processor supports HW virtualization: yes\nProcessor supports PAE: yes\nProcessor supports long mode: yes\nProcessor supports nested paging: yes\n');
    expect(ept).toContain('Processor#1 speed: 2930 MHz\n');
    expect(ept).toContain('Memory size: 8192 MByte\n');
    const core2 = runDone(cmd, ['list', 'hostinfo'], host(['pae', 'lm', 'vmx'])).output;
    expect(core2).toContain('Processor supports HW virtualization: yes\n');
    expect(core2).toContain('Processor supports nested paging: no\n');
  });
});
