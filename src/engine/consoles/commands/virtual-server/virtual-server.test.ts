import { describe, expect, test } from 'vitest';
import { consoleCommandsFor } from '../index.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone } from '../testing/fake-guest-manager.ts';

function vs() {
  const m = new FakeGuestManager('hosted', 'virtual-server-2005', [
    guest({ name: 'iis1', id: 1, os: 'windows', state: 'running', cpuPercent: 50, uptimeNs: 125e9 }),
    guest({ name: 'sql1', id: 2, os: 'windows', state: 'booting', cpuPercent: 10, uptimeNs: 3e9 }),
    guest({ name: 'files1', id: 3, os: 'windows', state: 'stopped' }),
  ]);
  const commands = consoleCommandsFor('virtual-server-2005', m);
  return { m, commands, cmd: byName(commands, 'vsadmin'), ctx: fakeContext(fakeMachine({ hostname: 'vshost', cpus: 2 })) };
}

describe('vsadmin, the stand-in for the Virtual Server Administration Website', () => {
  test('is labelled as a stand-in wherever help shows it', () => {
    const { commands, cmd } = vs();
    expect(commands.map((c) => c.name)).toEqual(['vsadmin']);
    expect(cmd?.summary).toMatch(/stand-in for the Virtual Server 2005 Administration Website/);
    expect(runDone(cmd, ['/?']).output).toMatch(/^vsadmin - stand-in for the Virtual Server 2005 Administration Website/);
  });

  test('list is the Master Status page: status, running time, CPU as a share of the host; one vssrvc.exe', () => {
    const { cmd, ctx } = vs();
    expect(runDone(cmd, ['list'], ctx).output).toBe(
      [
        'Microsoft Virtual Server 2005 R2 on VSHOST - Master Status',
        '',
        'Virtual Machine Name     Status       Running Time           CPU Usage',
        'iis1                     Running      2 minutes              25 %',
        'sql1                     Starting     3 seconds              5 %',
        'files1                   Turned off',
        '',
        '3 virtual machine(s). All virtual machines run inside the Virtual Server service (vssrvc.exe).',
        '',
      ].join('\n'),
    );
  });

  test('start and stop turn VMs on and off through the manager, in any letter case', () => {
    const { m, cmd } = vs();
    expect(runDone(cmd, ['START', 'files1'])).toMatchObject({ status: 0, output: 'The virtual machine "files1" is starting.\n' });
    expect(runDone(cmd, ['stop', 'iis1'])).toMatchObject({ status: 0, output: 'The virtual machine "iis1" was turned off.\n' });
    expect(m.calls).toEqual(['start files1', 'stop iis1']);
  });

  test('errors are in Windows words with a non-zero status', () => {
    const { m, cmd } = vs();
    expect(runDone(cmd, ['start', 'nope'])).toMatchObject({ status: 1, output: 'The virtual machine "nope" could not be found.\n' });
    expect(runDone(cmd, ['start', 'iis1']).output).toBe('The virtual machine "iis1" is already running.\n');
    expect(runDone(cmd, ['stop', 'files1']).status).toBe(1);
    expect(runDone(cmd, []).output).toMatch(/^The syntax of the command is incorrect\./);
    expect(runDone(cmd, ['start']).status).toBe(1);
    expect(runDone(cmd, ['reboot', 'iis1']).status).toBe(1);
    expect(m.calls).toEqual([]);
  });
});
