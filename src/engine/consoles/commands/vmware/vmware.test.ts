import { describe, expect, test } from 'vitest';
import { consoleCommandsFor } from '../index.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone, runLive } from '../testing/fake-guest-manager.ts';

function gsx() {
  const m = new FakeGuestManager('hosted', 'gsx-server', [
    guest({ name: 'web1', id: 1, state: 'running', cpuPercent: 40 }),
    guest({ name: 'db1', id: 2, state: 'stopped' }),
  ]);
  return { m, cmd: byName(consoleCommandsFor('gsx-server', m), 'vmware-cmd') };
}

const WEB1 = '/var/lib/vmware/Virtual Machines/web1/web1.vmx';
const DB1 = '/var/lib/vmware/Virtual Machines/db1/db1.vmx';

describe('vmware-cmd on GSX Server', () => {
  test('-l lists every registered VM by its .vmx path', () => {
    expect(runDone(gsx().cmd, ['-l'])).toEqual({ kind: 'done', output: `${WEB1}\n${DB1}\n`, status: 0 });
  });

  test('getstate answers on or off', () => {
    const { cmd } = gsx();
    expect(runDone(cmd, [WEB1, 'getstate']).output).toBe('getstate() = on\n');
    expect(runDone(cmd, [DB1, 'getstate']).output).toBe('getstate() = off\n');
  });

  test('start powers a VM on through the manager; stop powers it off', () => {
    const { m, cmd } = gsx();
    expect(runDone(cmd, [DB1, 'start'])).toMatchObject({ output: 'start() = 1\n', status: 0 });
    expect(m.calls).toEqual(['start db1']);
    expect(runDone(cmd, [DB1, 'getstate']).output).toBe('getstate() = on\n');
    expect(runDone(cmd, [DB1, 'stop', 'soft'])).toMatchObject({ output: 'stop() = 1\n', status: 0 });
    expect(m.calls).toEqual(['start db1', 'stop db1']);
  });

  test('a path split on its space by the shell is put back together; the file name alone works too', () => {
    const { cmd } = gsx();
    expect(runDone(cmd, ['/var/lib/vmware/Virtual', 'Machines/web1/web1.vmx', 'getstate']).output).toBe('getstate() = on\n');
    expect(runDone(cmd, ['web1.vmx', 'getstate']).output).toBe('getstate() = on\n');
  });

  test('starting a running VM is a VMControl state error and does not call the manager', () => {
    const { m, cmd } = gsx();
    const r = runDone(cmd, [WEB1, 'start']);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/^VMControl error -8: Invalid operation for virtual machine's current state/);
    expect(r.output).toContain('("on")');
    expect(m.calls).toEqual([]);
  });

  test('an unregistered .vmx is error -11; no arguments or a bad operation print the usage', () => {
    const { cmd } = gsx();
    const r = runDone(cmd, ['/x/y.vmx', 'start']);
    expect(r.status).toBe(1);
    expect(r.output).toContain('VMControl error -11: No such virtual machine');
    expect(runDone(cmd, [])).toMatchObject({ status: 1, output: expect.stringMatching(/^Usage: vmware-cmd/) as unknown });
    expect(runDone(cmd, [WEB1, 'suspend']).status).toBe(1);
    expect(runDone(cmd, [WEB1, 'stop', 'now']).status).toBe(1);
  });

  test('the manager refusing a start is reported as a VMControl error', () => {
    const m = new FakeGuestManager('hosted', 'gsx-server', [guest({ name: 'w', id: 1, state: 'refused', reason: 'no VT-x' })]);
    const r = runDone(byName(consoleCommandsFor('gsx-server', m), 'vmware-cmd'), ['w.vmx', 'start']);
    expect(r).toMatchObject({ status: 1, output: 'VMControl error -1: no VT-x\n' });
  });
});

describe('the ESX service console', () => {
  function esx(now = { ns: 0 }) {
    const m = new FakeGuestManager('bare-metal', 'esx-server', [
      guest({ name: 'web1', id: 1, state: 'running', cpuPercent: 98 }),
      guest({ name: 'win1', id: 2, state: 'booting', cpuPercent: 12.5 }),
      guest({ name: 'db1', id: 3, state: 'stopped' }),
    ]);
    const ctx = fakeContext(fakeMachine({ hostname: 'esx1', nowNs: () => now.ns, busyNs: () => now.ns / 100, cpus: 4 }));
    return { m, ctx, commands: consoleCommandsFor('esx-server', m) };
  }

  test('has vmware-cmd (VMs on a VMFS datastore), esxtop, the network listings and vmware -v', () => {
    const { commands } = esx();
    expect(commands.map((c) => c.name)).toEqual(['vmware-cmd', 'esxtop', 'esxcfg-vswitch', 'esxcfg-nics', 'vmware']);
    expect(runDone(byName(commands, 'vmware-cmd'), ['-l']).output.split('\n')[0]).toBe('/vmfs/volumes/storage1/web1/web1.vmx');
  });

  test('esxtop redraws the CPU panel: the console and each powered-on VM with %USED and %RDY', () => {
    const now = { ns: 0 };
    const { ctx, commands } = esx(now);
    const run = runLive(byName(commands, 'esxtop'), [], ctx);
    expect(run.nextWakeNs()).toBe(0);
    now.ns = 0;
    const first = run.advance(0);
    expect(first.done).toBe(false);
    expect(first.output.startsWith('\x1b[H\x1b[2J')).toBe(true);
    const screen = first.output.slice('\x1b[H\x1b[2J'.length).split('\n');
    expect(screen[0]).toBe(' 12:00:00am up 0:00, 2 VMs; PCPU used total: 27.63%');
    expect(screen[2]).toBe('      ID     GID NAME               %USED    %RDY');
    expect(screen[3]).toBe('       0       0 console             0.00    0.00');
    // The fakes report no ready time.
    expect(screen[4]).toBe('       1       1 web1               98.00    0.00');
    expect(screen[5]).toBe('       2       2 win1               12.50    0.00');
    expect(run.nextWakeNs()).toBe(5e9);
    now.ns = 5e9;
    const second = run.advance(5e9);
    expect(second.output).toContain('console             1.00');
    run.key?.('q');
    expect(run.nextWakeNs()).toBe(5e9);
    expect(run.advance(5e9)).toEqual({ output: '', done: true, status: 0 });
    expect(run.nextWakeNs()).toBeNull();
  });

  test('esxtop -b -n 2 prints perfmon CSV: a header, then one row per sample, then stops', () => {
    const { ctx, commands } = esx();
    const run = runLive(byName(commands, 'esxtop'), ['-b', '-n', '2', '-d', '2'], ctx);
    const a = run.advance(0);
    expect(a.output).toBe(
      '"(PDH-CSV 4.0) (UTC)(0)","\\\\esx1\\Group Cpu(0:console)\\% Used","\\\\esx1\\Group Cpu(0:console)\\% Ready",' +
        '"\\\\esx1\\Group Cpu(1:web1)\\% Used","\\\\esx1\\Group Cpu(1:web1)\\% Ready","\\\\esx1\\Group Cpu(2:win1)\\% Used","\\\\esx1\\Group Cpu(2:win1)\\% Ready"\n' +
        '"01/01/2007 00:00:00","0.00","0.00","98.00","0.00","12.50","0.00"\n',
    );
    expect(a.done).toBe(false);
    expect(run.advance(1e9).output).toBe('');
    const b = run.advance(2e9);
    expect(b.done).toBe(true);
    expect(b.output.startsWith('"01/01/2007 00:00:02"')).toBe(true);
  });

  test('esxtop rejects bad options with its usage', () => {
    const { commands } = esx();
    const r = runDone(byName(commands, 'esxtop'), ['-x']);
    expect(r.status).toBe(1);
    expect(r.output).toContain('Usage: esxtop');
    expect(runDone(byName(commands, 'esxtop'), ['-d', '1']).status).toBe(1);
  });
});
