import { describe, expect, test } from 'vitest';
import { done, type CommandOutcome } from '../../../shell/command.ts';
import type { Machine } from '../../../os/machine.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { consoleCommandsFor, type ConsoleOptions } from '../index.ts';
import { typedInto } from '../../../preset-console.fixture.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, proc, runDone, runLive } from '../testing/fake-guest-manager.ts';

const scenario = {
  host: { cpu: 'core2-2006', cores: 4, memoryMiB: 8192, disk: 'hdd', nic: '1g' },
  platforms: { container: { hostOs: 'solaris', network: 'host', storage: 'bind' } },
} as unknown as Scenario;

function zones(options: ConsoleOptions = { scenario }) {
  const m = new FakeGuestManager('container', 'solaris-containers', [
    guest({ name: 'web', id: 1, os: 'solaris', state: 'running', cpuPercent: 50, cpuNs: 83e9, memoryMiB: 1024 }),
    guest({ name: 'db', id: 2, os: 'solaris', state: 'stopped' }),
    guest({ name: 'lnx', id: 3, os: 'linux', state: 'refused', reason: 'A container shares the host SunOS kernel.' }),
  ]);
  const global = fakeMachine({
    hostname: 'sol10',
    cpus: 4,
    memoryMiB: 8192,
    processes: () => [proc(1, { container: 'global', memKiB: 20480, cpuTimeNs: 2e9, cpuPercent: 4 }), proc(2, { memKiB: 10240 }), proc(9, { container: 'web' })],
  });
  const commands = consoleCommandsFor('solaris-containers', m, options);
  return { m, ctx: fakeContext(global), commands, cmd: (name: string) => byName(commands, name) };
}

describe('zoneadm', () => {
  test('list -cv: the global zone first, then every zone with its status, path, brand and IP type', () => {
    const { cmd } = zones();
    expect(runDone(cmd('zoneadm'), ['list', '-cv']).output).toBe(
      [
        '  ID NAME             STATUS     PATH                           BRAND    IP',
        '   0 global           running    /                              native   shared',
        '   1 web              running    /zones/web                     native   shared',
        '   - db               installed  /zones/db                      native   shared',
        '   - lnx              configured /zones/lnx                     native   shared',
        '',
      ].join('\n'),
    );
  });

  test('list without -c shows running zones; -i adds installed ones; -p is parsable', () => {
    const { cmd } = zones();
    expect(runDone(cmd('zoneadm'), ['list']).output).toBe('global\nweb\n');
    expect(runDone(cmd('zoneadm'), ['list', '-i']).output).toBe('global\nweb\ndb\n');
    expect(runDone(cmd('zoneadm'), ['list', '-p']).output).toBe('0:global:running:/::native:shared\n1:web:running:/zones/web::native:shared\n');
  });

  test('an exclusive-IP network shows as excl', () => {
    const s = { ...scenario, platforms: { container: { hostOs: 'solaris', network: 'bridge', storage: 'bind' } } } as unknown as Scenario;
    expect(runDone(zones({ scenario: s }).cmd('zoneadm'), ['list', '-v']).output).toContain('/zones/web                     native   excl');
  });

  test('-z <zone> boot and halt go through the manager, silently', () => {
    const { m, cmd } = zones();
    expect(runDone(cmd('zoneadm'), ['-z', 'db', 'boot'])).toEqual({ kind: 'done', output: '', status: 0 });
    expect(runDone(cmd('zoneadm'), ['-z', 'web', 'halt'])).toEqual({ kind: 'done', output: '', status: 0 });
    expect(m.calls).toEqual(['start db', 'stop web']);
  });

  test('errors in zoneadm words', () => {
    const { m, cmd } = zones();
    const z = cmd('zoneadm');
    expect(runDone(z, ['-z', 'nope', 'boot'])).toMatchObject({ status: 1, output: "zoneadm: zone 'nope': No such zone configured\n" });
    expect(runDone(z, ['-z', 'web', 'boot']).output).toBe("zoneadm: zone 'web': zone is already booted\n");
    expect(runDone(z, ['-z', 'lnx', 'boot']).output).toContain('must be installed before boot.\nA container shares the host SunOS kernel.');
    expect(runDone(z, ['-z', 'global', 'halt']).status).toBe(1);
    expect(runDone(z, ['-z', 'db', 'halt']).status).toBe(1);
    expect(runDone(z, ['boot']).status).toBe(2);
    expect(runDone(z, ['list', '-x']).status).toBe(2);
    expect(runDone(z, []).status).toBe(2);
    expect(m.calls).toEqual([]);
  });
});

describe('zoneadm inside a non-global zone', () => {
  test("lists only the zone itself, its path / as the zone sees it; acting on a zone needs the global zone (zoneadm.c's sanity_check)", () => {
    const out = typedInto('solaris-containers', { platform: 'container', console: 'web', atS: 120 }, ['zoneadm list -cv', 'zoneadm list -p', 'zoneadm -z db halt', 'zoneadm list -x']);
    expect(out).toContain(
      'web# zoneadm list -cv\n  ID NAME             STATUS     PATH                           BRAND    IP\n   1 web              running    /                              native   shared\nweb# ',
    );
    expect(out).toContain('web# zoneadm list -p\n1:web:running:/::native:shared\n');
    expect(out).toContain("web# zoneadm -z db halt\nzoneadm: zone 'db': must be in the global zone to halt a zone.\n");
    expect(out).toContain('web# zoneadm list -x\nzoneadm: list: illegal option\nusage:\tzoneadm list [-cipv]\n');
  });
});

describe('zonecfg (stand-in)', () => {
  test('create configures and installs a Solaris zone through the manager', () => {
    const { m, cmd } = zones();
    const r = runDone(cmd('zonecfg'), ['-z', 'app', 'create', 'memory=768', 'ncpus=2', 'workload=net-rr']);
    expect(r.status).toBe(0);
    expect(r.output).toContain("zone 'app' configured and installed at /zones/app");
    expect(m.calls).toEqual(['create app solaris 2 768 net-rr']);
    expect(runDone(cmd('zoneadm'), ['list', '-i']).output).toBe('global\nweb\ndb\napp\n');
  });

  test('memory= is the zone\'s memory cap (capped-memory, which rcapd enforces); without it the zone has none', () => {
    const { m, cmd } = zones();
    expect(runDone(cmd('zonecfg'), ['-z', 'app', 'create', 'memory=768']).status).toBe(0);
    expect(runDone(cmd('zonecfg'), ['-z', 'free', 'create']).status).toBe(0);
    expect(m.created.map((g) => [g.name, g.memoryLimitMiB])).toEqual([
      ['app', 768],
      ['free', undefined],
    ]);
    expect(runDone(cmd('zonecfg'), ['-z', 'app', 'info']).output).toContain('\ncapped-memory:\n\tphysical: 768M\n');
    expect(runDone(cmd('zonecfg'), ['-z', 'free', 'info']).output).not.toContain('capped-memory');
    expect(runDone(cmd('zonecfg'), ['-z', 'web', 'info']).output).not.toContain('capped-memory');
  });

  test('info shows a zone; errors for existing zones, bad values and the interactive prompt', () => {
    const { m, cmd } = zones();
    expect(runDone(cmd('zonecfg'), ['-z', 'web', 'info']).output).toContain('zonepath: /zones/web\n');
    expect(runDone(cmd('zonecfg'), ['-z', 'web', 'create'])).toMatchObject({ status: 1, output: 'Zone web already installed; create not allowed.\n' });
    expect(runDone(cmd('zonecfg'), ['-z', 'app', 'create', 'memory=1']).status).toBe(1);
    expect(runDone(cmd('zonecfg'), ['-z', 'app', 'create', 'colour=red']).status).toBe(1);
    expect(runDone(cmd('zonecfg'), ['-z', 'app']).output).toContain('interactive zonecfg prompt is not available');
    expect(runDone(cmd('zonecfg'), ['create']).status).toBe(1);
    expect(m.calls).toEqual([]);
  });
});

describe('zlogin', () => {
  test('runs a command in a running zone through runIn', () => {
    const seen: string[] = [];
    const runIn = (machine: Machine, line: string): CommandOutcome => {
      seen.push(`${machine.hostname}: ${line}`);
      return done('web\n');
    };
    const { cmd } = zones({ scenario, runIn });
    expect(runDone(cmd('zlogin'), ['web', 'uname', '-n'])).toMatchObject({ status: 0, output: 'web\n' });
    expect(runDone(cmd('zlogin'), ['-l', 'root', 'web', 'echo', 'a b'])).toMatchObject({ status: 0 });
    expect(seen).toEqual(['web: uname -n', "web: echo 'a b'"]);
  });

  test('refuses stopped zones, unknown zones and interactive logins; says so without runIn', () => {
    const { cmd } = zones();
    expect(runDone(cmd('zlogin'), ['db', 'ls']).output).toBe("zlogin: login allowed only to running zones (db is 'installed').\n");
    expect(runDone(cmd('zlogin'), ['nope', 'ls']).status).toBe(1);
    expect(runDone(cmd('zlogin'), ['web']).output).toContain('interactive login is not available');
    expect(runDone(cmd('zlogin'), ['web', 'ls'])).toMatchObject({ status: 1, output: 'zlogin: running commands in a zone is not available in this console\n' });
  });
});

describe('prstat -Z and zonename', () => {
  test("prstat -Z 1 1 prints every zone's processes, busiest first, then the per-zone summary and the totals with their lwps", () => {
    const { cmd, ctx } = zones();
    expect(runDone(cmd('prstat'), ['-Z', '1', '1'], ctx).output).toBe(
      [
        '   PID USERNAME  SIZE   RSS STATE  PRI NICE      TIME  CPU PROCESS/NLWP       ',
        '     1 root       20M   20M sleep   59    0   0:00:02 1.0% proc1/1',
        '     2 root       10M   10M sleep   59    0   0:00:00 0.0% proc2/1',
        '     9 root     1024K 1024K sleep   59    0   0:00:00 0.0% proc9/1',
        'ZONEID    NPROC  SIZE   RSS MEMORY      TIME  CPU ZONE',
        '     1        3 3072K 3072K   0.0%   0:01:23  13% web',
        '     0        2   30M   30M   0.4%   0:00:02 1.0% global',
        'Total: 5 processes, 5 lwps, load averages: 0.50, 0.25, 0.10',
        '',
      ].join('\n'),
    );
  });

  test('prstat -Z without a count redraws until q', () => {
    const { cmd, ctx } = zones();
    const run = runLive(cmd('prstat'), ['-Z'], ctx);
    expect(run.advance(0).output).toContain('ZONEID    NPROC');
    expect(run.nextWakeNs()).toBe(5e9);
    run.key?.('q');
    expect(run.advance(0).done).toBe(true);
    expect(runDone(cmd('prstat'), ['-Z', '0'], ctx).status).toBe(2);
    expect(runDone(cmd('prstat'), ['-x'], ctx).status).toBe(2);
  });

  test('plain prstat shows the processes without the per-zone summary, as Solaris does', () => {
    const { cmd, ctx } = zones();
    const run = runLive(cmd('prstat'), [], ctx);
    expect(run.advance(0).output).toContain('   PID USERNAME');
    expect(run.nextWakeNs()).toBe(5e9);
    const plain = runDone(cmd('prstat'), ['1', '1'], ctx).output;
    expect(plain).not.toContain('ZONEID');
    expect(plain.split('\n').slice(0, 4)).toEqual(runDone(cmd('prstat'), ['-Z', '1', '1'], ctx).output.split('\n').slice(0, 4));
    expect(plain).toContain('\nTotal: 5 processes, 5 lwps, load averages: 0.50, 0.25, 0.10\n');
  });

  test('zonename says global', () => {
    expect(runDone(zones().cmd('zonename'), [])).toMatchObject({ status: 0, output: 'global\n' });
  });
});

describe('rcapstat -z', () => {
  test("lists the zones with a memory cap in Solaris' layout: virtual and resident size, cap, and what rcapd paged out since the last report", () => {
    const { m, cmd, ctx } = zones();
    const web = m.guests.find((g) => g.name === 'web');
    if (!web) throw new Error('no web');
    Object.assign(web, { memoryLimitMiB: 256, paging: { residentMiB: 256, swappedMiB: 256, swapIns: 0 } });
    expect(runDone(cmd('rcapstat'), ['-z', '1', '1'], ctx).output).toBe(
      'id zone            nproc    vm   rss   cap    at avgat    pg avgpg\n' + ' 1 web                 -  512M  256M  256M    0K    0K    0K    0K\n',
    );
    const run = runLive(cmd('rcapstat'), ['-z', '5', '2'], ctx);
    expect(run.advance(0).output).toContain(' 1 web                 -  512M  256M  256M    0K    0K    0K    0K\n');
    expect(run.nextWakeNs()).toBe(5e9);
    // 1 MiB more paged out and 512 pages read back (and pushed out again): 3 MiB in the interval, 1.5 MiB a report on average.
    Object.assign(web, { paging: { residentMiB: 256, swappedMiB: 257, swapIns: 512 } });
    expect(run.advance(5e9).output).toBe(' 1 web                 -  513M  256M  256M 3072K 1536K 3072K 1536K\n');
    expect(run.advance(5e9).done).toBe(true);
  });

  test('a zone without a cap, or not running, is not listed; only -z is offered', () => {
    const { cmd, ctx } = zones();
    expect(runDone(cmd('rcapstat'), ['-z', '1', '1'], ctx).output).toBe('id zone            nproc    vm   rss   cap    at avgat    pg avgpg\n');
    expect(runDone(cmd('rcapstat'), ['-p'], ctx).status).toBe(2);
    expect(runDone(cmd('rcapstat'), ['-z', '0'], ctx).status).toBe(2);
  });
});

describe('a zone created and booted on the engine', () => {
  test('zonecfg create only installs it; zoneadm boot makes it ready, and running once its init runs, when zlogin lets a user in', () => {
    const out = typedInto('solaris-containers', { platform: 'container', console: 'manager', atS: 60 }, [
      'zonecfg -z new1 create memory=256',
      'zoneadm list -cv',
      'zoneadm -z new1 boot',
      'zoneadm list -v',
      'zlogin new1 uptime',
      'sleep 5',
      'zoneadm list -v',
      'zlogin new1 uptime',
    ]);
    const rows = [...out.matchAll(/^ +(\S+) new1 +(\S+) /gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows).toEqual(['- installed', '5 ready', '5 running']);
    expect(out).toContain("# zlogin new1 uptime\nzlogin: login allowed only to running zones (new1 is 'ready').\n");
    expect(out).toMatch(/# zlogin new1 uptime\n +\S+ +up \d+ secs?,/);
  });
});
