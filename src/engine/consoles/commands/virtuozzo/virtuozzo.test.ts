import { describe, expect, test } from 'vitest';
import { done } from '../../../shell/command.ts';
import type { Machine } from '../../../os/machine.ts';
import { consoleCommandsFor, type ConsoleOptions } from '../index.ts';
import { typedInto } from '../../../preset-console.fixture.ts';
import { byName, FakeGuestManager, guest, runDone } from '../testing/fake-guest-manager.ts';

function vz(options: ConsoleOptions = {}) {
  const m = new FakeGuestManager('container', 'virtuozzo', [
    guest({ name: 'web1', id: 1, state: 'running' }),
    guest({ name: 'web2', id: 2, state: 'stopped' }),
    guest({ name: 'db', id: 3, state: 'booting' }),
  ]);
  const commands = consoleCommandsFor('virtuozzo', m, options);
  return { m, vzlist: byName(commands, 'vzlist'), vzctl: byName(commands, 'vzctl') };
}

describe('vzlist', () => {
  test('lists running containers: CTID is 100 + the guest number; NPROC and IP from the container', () => {
    expect(runDone(vz().vzlist, []).output).toBe(
      ['      CTID      NPROC STATUS    IP_ADDR         HOSTNAME', '       101          3 running   10.0.0.101      web1', ''].join('\n'),
    );
  });

  test('a container still starting is mounted, not running: only -a lists it, and vzctl status agrees', () => {
    const { vzlist, vzctl } = vz();
    expect(runDone(vzlist, ['-a', '-H', '-o', 'name,status']).output).toBe(['web1       running', 'web2       stopped', 'db         mounted', ''].join('\n'));
    expect(runDone(vzctl, ['status', 'db']).output).toBe('CTID 103 exist mounted down\n');
  });

  test('-a adds the stopped ones; -H drops the header; bad options fail', () => {
    const { vzlist } = vz();
    expect(runDone(vzlist, ['-a']).output).toContain('\n       102          - stopped   -               web2\n');
    expect(runDone(vzlist, ['-aH']).output.split('\n')[0]).toMatch(/^\s+101/);
    expect(runDone(vzlist, ['-x']).status).toBe(1);
  });

  test("-o picks the columns; laverage is each container's own load average", () => {
    const { vzlist } = vz();
    expect(runDone(vzlist, ['-o', 'ctid,laverage']).output).toBe(['      CTID       LAVERAGE', '       101 0.50/0.25/0.10', ''].join('\n'));
    expect(runDone(vzlist, ['-a', '-H', '-o', 'name,status']).output.split('\n')[1]).toBe('web2       stopped');
    expect(runDone(vzlist, ['-o', 'ctid,cpus'])).toMatchObject({ status: 1, output: 'Unknown field: cpus\n' });
    expect(runDone(vzlist, ['-o']).status).toBe(1);
  });

  test('with nothing to show it says so', () => {
    const m = new FakeGuestManager('container', 'virtuozzo', [guest({ name: 'a', id: 1, state: 'stopped' })]);
    expect(runDone(byName(consoleCommandsFor('virtuozzo', m), 'vzlist'), [])).toMatchObject({ status: 1, output: 'Container(s) not found\n' });
  });
});

describe('vzctl', () => {
  test('start and stop by CTID or name, with vzctl messages', () => {
    const { m, vzctl } = vz();
    expect(runDone(vzctl, ['start', '102'])).toMatchObject({ status: 0, output: 'Starting container ...\nContainer is mounted\nContainer start in progress...\n' });
    expect(runDone(vzctl, ['stop', 'web1'])).toMatchObject({ status: 0, output: 'Stopping container ...\nContainer was stopped\nContainer is unmounted\n' });
    expect(m.calls).toEqual(['start web2', 'stop web1']);
  });

  test('wrong states give vzctl exit codes 32 and 31; unknown containers fail', () => {
    const { m, vzctl } = vz();
    expect(runDone(vzctl, ['start', '101'])).toMatchObject({ status: 32, output: 'Container is already running\n' });
    expect(runDone(vzctl, ['stop', '102']).status).toBe(31);
    expect(runDone(vzctl, ['start', '999'])).toMatchObject({ status: 1, output: 'Container config file does not exist\n' });
    expect(runDone(vzctl, ['reboot', '101']).status).toBe(1);
    expect(runDone(vzctl, ['start']).status).toBe(1);
    expect(runDone(vzctl, []).status).toBe(1);
    expect(m.calls).toEqual([]);
  });

  test('status reports existence and state', () => {
    const { vzctl } = vz();
    expect(runDone(vzctl, ['status', '101']).output).toBe('CTID 101 exist mounted running\n');
    expect(runDone(vzctl, ['status', 'web2']).output).toBe('CTID 102 exist unmounted down\n');
    expect(runDone(vzctl, ['status', '999']).output).toBe('CTID 999 deleted unmounted down\n');
  });

  test('exec runs one command through runIn; enter is not interactive here', () => {
    const lines: string[] = [];
    const { vzctl } = vz({ runIn: (m: Machine, line: string) => (lines.push(`${m.hostname}: ${line}`), done('ok\n')) });
    expect(runDone(vzctl, ['exec', '101', 'ps', 'ax'])).toMatchObject({ status: 0, output: 'ok\n' });
    expect(lines).toEqual(['web1: ps ax']);
    expect(runDone(vzctl, ['exec', '102', 'ps']).status).toBe(31);
    expect(runDone(vzctl, ['exec', '101']).status).toBe(1);
    expect(runDone(vzctl, ['enter', '101']).output).toContain('use vzctl exec 101 <command>');
    expect(runDone(vz().vzctl, ['exec', '101', 'ps']).output).toContain('not available in this console');
  });

  test('create (stand-in) creates a stopped container and says which CTID it got', () => {
    const { m, vzctl } = vz();
    const r = runDone(vzctl, ['create', '110', '--name', 'mail', '--ostemplate', 'centos-4-i386-default', '--memory', '512', '--workload', 'net-rr']);
    expect(r.status).toBe(0);
    expect(r.output).toBe(
      'Creating container private area (centos-4-i386-default)\nPerforming postcreate actions\nContainer private area was created\n' +
        '(stand-in) the playground numbers containers itself: mail is CT 104\n',
    );
    expect(m.calls).toEqual(['create mail linux 1 512 net-rr']);
    expect(runDone(vzctl, ['create', '105', '--name', 'ftp']).output).not.toContain('numbers containers itself');
  });

  test('create errors: no name, taken CTID or name, bad values', () => {
    const { m, vzctl } = vz();
    expect(runDone(vzctl, ['create', '110']).status).toBe(1);
    expect(runDone(vzctl, ['create', '101', '--name', 'x']).output).toContain('Private area already exists in /vz/private/101');
    expect(runDone(vzctl, ['create', '110', '--name', 'web1']).status).toBe(1);
    expect(runDone(vzctl, ['create', 'abc', '--name', 'x']).status).toBe(1);
    expect(runDone(vzctl, ['create', '110', '--name', 'x', '--memory', '8']).status).toBe(1);
    expect(runDone(vzctl, ['create', '110', '--name', 'x', '--bogus', '1']).status).toBe(1);
    expect(m.calls).toEqual([]);
  });
});

describe('a container created on the engine', () => {
  test('vzctl create makes its private area and leaves it stopped; vzctl start runs it', () => {
    const out = typedInto('virtuozzo', { platform: 'container', console: 'manager', atS: 60 }, ['vzctl create 200 --name fresh', 'vzlist -a', 'vzctl start fresh', 'sleep 5', 'vzlist -a']);
    const states = [...out.matchAll(/^ +\d+ +\S+ +(\S+) +\S+ +fresh$/gm)].map((m) => m[1]);
    expect(states).toEqual(['stopped', 'running']);
  });
});
