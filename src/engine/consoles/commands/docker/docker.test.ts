import { describe, expect, test } from 'vitest';
import { done } from '../../../shell/command.ts';
import type { Machine } from '../../../os/machine.ts';
import { consoleCommandsFor, type ConsoleOptions } from '../index.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone, runLive } from '../testing/fake-guest-manager.ts';
import { longId, shortId } from './containers.ts';
import { bytesSize } from './go-units.ts';
import { repository } from './images.ts';

function dock(options: ConsoleOptions = {}) {
  const now = { ns: 300e9 };
  const m = new FakeGuestManager('container', 'docker', [
    guest({ name: 'web', id: 1, state: 'running', uptimeNs: 290e9, cpuPercent: 12.5, memoryMiB: 512, hostMemoryMiB: 100 }),
    guest({ name: 'db', id: 2, state: 'stopped', workload: 'oltp' }),
  ]);
  const ctx = fakeContext(fakeMachine({ nowNs: () => now.ns, cpus: 4, memoryMiB: 16384 }));
  return { m, now, ctx, docker: byName(consoleCommandsFor('docker', m, options), 'docker') };
}

describe('docker ps', () => {
  test('lists running containers in tabwriter columns', () => {
    const { ctx, docker } = dock();
    const id = shortId('web');
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(runDone(docker, ['ps'], ctx).output).toBe(
      'CONTAINER ID        IMAGE                  COMMAND             CREATED             STATUS              PORTS               NAMES\n' +
        `${id}        virtscope/web-server   "web-server"        5 minutes ago       Up 4 minutes                            web\n`,
    );
  });

  test('-a includes stopped containers; -q prints IDs only', () => {
    const { ctx, docker } = dock();
    expect(runDone(docker, ['ps', '-a'], ctx).output).toContain('Created');
    expect(runDone(docker, ['ps', '-aq'], ctx).output).toBe(`${shortId('db')}\n${shortId('web')}\n`);
    expect(runDone(docker, ['ps', '-x'], ctx)).toMatchObject({ status: 125, output: "unknown shorthand flag: 'x' in -x\nSee 'docker ps --help'.\n" });
  });
});

describe('docker start and stop', () => {
  test('print each name and change state through the manager; a stopped container shows Exited', () => {
    const { m, now, ctx, docker } = dock();
    expect(runDone(docker, ['stop', 'web'], ctx)).toMatchObject({ status: 0, output: 'web\n' });
    now.ns += 60e9;
    expect(runDone(docker, ['ps', '-a'], ctx).output).toContain('Exited (0) About a minute ago');
    expect(runDone(docker, ['start', 'db', 'web'], ctx)).toMatchObject({ status: 0, output: 'db\nweb\n' });
    expect(m.calls).toEqual(['stop web', 'start db', 'start web']);
  });

  test('starting a running container is a no-op; an unknown one fails', () => {
    const { m, ctx, docker } = dock();
    expect(runDone(docker, ['start', 'web'], ctx)).toMatchObject({ status: 0, output: 'web\n' });
    expect(runDone(docker, ['stop', 'nope'], ctx)).toMatchObject({
      status: 1,
      output: 'Error response from daemon: No such container: nope\nError: failed to stop containers: nope\n',
    });
    expect(runDone(docker, ['start'], ctx).status).toBe(1);
    expect(m.calls).toEqual([]);
  });

  test('containers can be named by an ID prefix', () => {
    const { m, ctx, docker } = dock();
    expect(runDone(docker, ['start', shortId('db')], ctx).status).toBe(0);
    expect(m.calls).toEqual(['start db']);
  });
});

describe('docker run (stand-in)', () => {
  test('creates and starts a container from a known image, printing its full ID', () => {
    const { m, ctx, docker } = dock();
    const r = runDone(docker, ['run', '-d', '--name', 'cache', '-m', '256m', '--cpus', '1.5', 'redis:4'], ctx);
    expect(r).toEqual({ kind: 'done', output: `${longId('cache')}\n`, status: 0 });
    expect(m.calls).toEqual(['create cache linux 2 256 net-rr', 'start cache']);
    expect(runDone(docker, ['ps'], ctx).output).toContain('redis:4');
  });

  test('without limits a container may use the whole host', () => {
    const { m, ctx, docker } = dock();
    expect(runDone(docker, ['run', '-d', '--name', 'api', 'virtscope/net-rr'], ctx).status).toBe(0);
    expect(m.calls[0]).toBe('create api linux 4 16384 net-rr');
  });

  test('a Windows image is created but cannot start on a Linux kernel', () => {
    const { ctx, docker } = dock();
    const r = runDone(docker, ['run', '-d', '--name', 'iis', 'microsoft/iis'], ctx);
    expect(r.status).toBe(125);
    expect(r.output).toMatch(/^docker: Error response from daemon: A container shares the host kernel\./);
    expect(runDone(docker, ['ps', '-a'], ctx).output).toMatch(/microsoft\/iis .*Created/);
  });

  test('errors: unknown image, name in use, no name, bad limits, a command, -it', () => {
    const { m, ctx, docker } = dock();
    expect(runDone(docker, ['run', '-d', '--name', 'x', 'nosuchimage'], ctx).output).toMatch(/^Unable to find image 'nosuchimage:latest' locally\n/);
    expect(runDone(docker, ['run', '-d', '--name', 'web', 'nginx'], ctx).output).toContain('Conflict. The container name "/web" is already in use');
    expect(runDone(docker, ['run', '-d', 'nginx'], ctx).status).toBe(125);
    expect(runDone(docker, ['run', '-d', '--name', 'x', '-m', '1m', 'nginx'], ctx).status).toBe(125);
    expect(runDone(docker, ['run', '-d', '--name', 'x', '--cpus', '9', 'nginx'], ctx).output).toContain('Range of CPUs is from 0.01 to 4.00');
    expect(runDone(docker, ['run', '-d', '--name', 'x', 'nginx', 'sh'], ctx).status).toBe(125);
    expect(runDone(docker, ['run', '-it', '--name', 'x', 'nginx'], ctx).status).toBe(125);
    expect(runDone(docker, ['run', '--name'], ctx).status).toBe(125);
    expect(runDone(docker, ['run'], ctx).status).toBe(125);
    expect(m.calls).toEqual([]);
  });

  test('image references lose registry, library/ and tag', () => {
    expect(repository('docker.io/library/nginx:1.13')).toBe('nginx');
    expect(repository('microsoft/iis:latest')).toBe('microsoft/iis');
    expect(repository('localhost:5000/virtscope/oltp')).toBe('virtscope/oltp');
  });
});

describe('docker exec and stats', () => {
  test('exec runs one command in a running container through runIn', () => {
    const seen: string[] = [];
    const { ctx, docker } = dock({ runIn: (m: Machine, line: string) => (seen.push(`${m.hostname}: ${line}`), done('hi\n')) });
    expect(runDone(docker, ['exec', '-it', 'web', 'echo', 'hi'], ctx)).toMatchObject({ status: 0, output: 'hi\n' });
    expect(seen).toEqual(['web: echo hi']);
    expect(runDone(docker, ['exec', 'db', 'ls'], ctx).output).toBe(`Error response from daemon: Container ${longId('db')} is not running\n`);
    expect(runDone(docker, ['exec', 'nope', 'ls'], ctx).output).toBe('Error: No such container: nope\n');
    expect(runDone(docker, ['exec', 'web'], ctx).status).toBe(1);
  });

  test('exec without runIn says it is unavailable', () => {
    const { ctx, docker } = dock();
    expect(runDone(docker, ['exec', 'web', 'ls'], ctx)).toMatchObject({ status: 1 });
  });

  test('stats --no-stream: CPU, memory against the memory cgroup’s limit, or the host’s memory without one, processes', () => {
    const { m, ctx, docker } = dock();
    expect(runDone(docker, ['stats', '--no-stream'], ctx).output).toBe(
      'CONTAINER ID        NAME                CPU %               MEM USAGE / LIMIT   MEM %               PIDS\n' +
        `${shortId('web')}        web                 12.50%              100MiB / 16GiB      0.61%               3\n`,
    );
    const web = m.guests.find((g) => g.name === 'web');
    if (web) Object.assign(web, { memoryLimitMiB: 512 });
    expect(runDone(docker, ['stats', '--no-stream'], ctx).output).toContain(' 100MiB / 512MiB     19.53% ');
  });

  test('run -m sets the container’s memory cgroup limit; without -m it has none', () => {
    const { m, ctx, docker } = dock();
    expect(runDone(docker, ['run', '-d', '--name', 'capped', '-m', '256m', 'redis'], ctx).status).toBe(0);
    expect(runDone(docker, ['run', '-d', '--name', 'free', 'redis'], ctx).status).toBe(0);
    expect(m.created.map((s) => [s.name, s.memoryLimitMiB])).toEqual([
      ['capped', 256],
      ['free', undefined],
    ]);
  });

  test('stats streams every second until Ctrl-C', () => {
    const { ctx, docker } = dock();
    const run = runLive(docker, ['stats'], ctx);
    expect(run.advance(300e9).output).toContain('CONTAINER ID');
    expect(run.nextWakeNs()).toBe(301e9);
    run.key?.('q');
    expect(run.nextWakeNs()).toBe(301e9);
    run.interrupt();
    expect(run.nextWakeNs()).toBeNull();
  });

  test('sizes print as docker does', () => {
    expect(bytesSize(100 * 1024 * 1024)).toBe('100MiB');
    expect(bytesSize(1.5 * 1024 ** 3)).toBe('1.5GiB');
    expect(bytesSize(1234567)).toBe('1.177MiB');
  });

  test('unknown subcommands fail', () => {
    const { ctx, docker } = dock();
    expect(runDone(docker, ['swarm'], ctx)).toMatchObject({ status: 1, output: "docker: 'swarm' is not a docker command.\nSee 'docker --help'\n" });
  });
});

describe('docker info and docker version (Docker 1.12.0)', () => {
  test('info counts the containers by state and their images, and reports the host', () => {
    const { ctx, docker } = dock();
    const out = runDone(docker, ['info'], ctx).output;
    expect(out).toMatch(/^Containers: 2\n Running: 1\n Paused: 0\n Stopped: 1\nImages: 2\nServer Version: 1\.12\.0\nStorage Driver: overlay\n/);
    expect(out).toContain('\nCPUs: 4\nTotal Memory: 16 GiB\nName: host\n');
    expect(out).toMatch(/\nID: ([A-Z2-7]{4}:){11}[A-Z2-7]{4}\n/);
    expect(out).toContain('\nKernel Version: 2.6.18-8.el5xen\nOperating System: CentOS release 5 (Final)\nOSType: linux\nArchitecture: x86_64\n');
  });

  test('info follows a container stopped, and one run from an image already in use adds no image', () => {
    const { ctx, docker } = dock();
    expect(runDone(docker, ['stop', 'web'], ctx).status).toBe(0);
    expect(runDone(docker, ['run', '-d', '--name', 'web2', 'virtscope/web-server'], ctx).status).toBe(0);
    expect(runDone(docker, ['info'], ctx).output).toMatch(/^Containers: 3\n Running: 1\n Paused: 0\n Stopped: 2\nImages: 2\n/);
  });

  test('version prints the client and the daemon; an unknown flag is a usage error', () => {
    const { ctx, docker } = dock();
    const out = runDone(docker, ['version'], ctx).output;
    expect(out.split('\n\n').map((part) => part.split('\n')[0])).toEqual(['Client:', 'Server:']);
    expect(out).toContain(' Version:      1.12.0\n API version:  1.24\n');
    expect(runDone(docker, ['version', '--bogus'], ctx).status).toBe(125);
    expect(runDone(docker, ['info', '-x'], ctx).status).toBe(125);
  });
});
