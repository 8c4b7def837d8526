import { describe, expect, test } from 'vitest';
import { typedInto } from '../../../preset-console.fixture.ts';
import { consoleCommandsFor } from '../index.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, proc, runDone } from '../testing/fake-guest-manager.ts';
import { longId } from './containers.ts';
import { imageId } from './docker-images.ts';
import { rfc3339Nano } from './docker-inspect.ts';

function dock() {
  const m = new FakeGuestManager('container', 'docker', [
    guest({ name: 'web', id: 1, state: 'running', uptimeNs: 200e9, cpuShares: 512, cpuCapPercent: 50, memoryLimitMiB: 256 }),
    guest({ name: 'db', id: 2, state: 'crashed', workload: 'oltp', reason: "out of memory: the host's OOM killer killed mysqld", stoppedNs: 250e9 }),
  ]);
  // The host's view: a shim (not the container's) and the container's main process with a child.
  const host = fakeMachine({ nowNs: () => 300e9, processes: () => [proc(900), proc(901, { ppid: 900, container: 'web' }), proc(902, { ppid: 901, container: 'web' })] });
  return { m, ctx: fakeContext(host), docker: byName(consoleCommandsFor('docker', m), 'docker') };
}

describe('docker inspect', () => {
  test("prints the fields the model knows as Docker 1.12's JSON array", () => {
    const { ctx, docker } = dock();
    const r = runDone(docker, ['inspect', 'web'], ctx);
    expect(r.status).toBe(0);
    expect(r.output.split('\n').slice(0, 4)).toEqual(['[', '    {', `        "Id": "${longId('web')}",`, '        "Created": "2007-01-01T00:00:00Z",']);
    const [web] = JSON.parse(r.output) as [Record<string, Record<string, unknown>>];
    expect(web.State).toEqual({
      Status: 'running',
      Running: true,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: 901,
      ExitCode: 0,
      Error: '',
      StartedAt: '2007-01-01T00:01:40Z',
      FinishedAt: '0001-01-01T00:00:00Z',
    });
    expect(web.HostConfig).toEqual({ CpuShares: 512, Memory: 256 * 2 ** 20, CpuPeriod: 100000, CpuQuota: 50000 });
    expect(web.Config).toEqual({ Hostname: 'web', Image: 'virtscope/web-server' });
    expect(web.Image).toBe(`sha256:${imageId('virtscope/web-server', 'latest')}`);
    expect(web.NetworkSettings).toMatchObject({ IPAddress: '10.0.0.101', IPPrefixLen: 32 });
  });

  test('a container its OOM killer ended: exited 137, OOMKilled, when it finished, no pid or address', () => {
    const { ctx, docker } = dock();
    const [db] = JSON.parse(runDone(docker, ['inspect', 'db'], ctx).output) as [Record<string, Record<string, unknown>>];
    expect(db.State).toMatchObject({ Status: 'exited', Running: false, OOMKilled: true, Pid: 0, ExitCode: 137, FinishedAt: '2007-01-01T00:04:10Z' });
    expect(db.State).not.toHaveProperty('StartedAt');
    expect(db.HostConfig).toEqual({ CpuShares: 0, Memory: 0, CpuPeriod: 0, CpuQuota: 0 });
    expect(db.NetworkSettings).toEqual({ Gateway: '', IPAddress: '', IPPrefixLen: 0, MacAddress: '' });
  });

  test('-f prints fields through {{.Path}} and {{json .Path}}; other actions are parsing errors', () => {
    const { ctx, docker } = dock();
    expect(runDone(docker, ['inspect', '-f', '{{.State.Pid}} {{.Name}}', 'web', 'db'], ctx).output).toBe('901 /web\n0 /db\n');
    expect(runDone(docker, ['inspect', '--format={{json .Config}}', 'web'], ctx).output).toBe('{"Hostname":"web","Image":"virtscope/web-server"}\n');
    expect(runDone(docker, ['inspect', '-f', '{{.Config}}', 'web'], ctx).output).toBe('{web virtscope/web-server}\n');
    expect(runDone(docker, ['inspect', '-f', '{{range .Mounts}}', 'web'], ctx)).toEqual({ kind: 'done', status: 1, output: 'Template parsing error: template: :1: function "range" not defined\n' });
    expect(runDone(docker, ['inspect', '-f', '{{.Nope}}', 'web'], ctx).output).toMatch(/^Template parsing error: .*can't evaluate field Nope\n$/);
  });

  test('an unknown name prints an empty array and the error; no argument is a usage error', () => {
    const { ctx, docker } = dock();
    expect(runDone(docker, ['inspect', 'nope'], ctx)).toEqual({ kind: 'done', status: 1, output: '[]\nError: No such image, container or task: nope\n' });
    expect(runDone(docker, ['inspect'], ctx).status).toBe(1);
    expect(runDone(docker, ['inspect', '--size', 'web'], ctx).status).toBe(125);
  });

  test('times are RFC 3339 with nanoseconds on the consoles’ calendar', () => {
    expect(rfc3339Nano(0, 1_167_609_600)).toBe('2007-01-01T00:00:00Z');
    expect(rfc3339Nano(86_400e9 + 1_500_000_000, 1_167_609_600)).toBe('2007-01-02T00:00:01.5Z');
  });
});

describe('docker logs and docker rm', () => {
  test('logs says the program’s output is not modelled; an unknown container is an error', () => {
    const { ctx, docker } = dock();
    expect(runDone(docker, ['logs', '--tail', '10', '-f', 'web'], ctx)).toMatchObject({ status: 0, output: expect.stringMatching(/^\(not modelled: .*docker top web lists its processes\)\n$/) as unknown });
    expect(runDone(docker, ['logs', 'nope'], ctx)).toEqual({ kind: 'done', status: 1, output: 'Error: No such container: nope\n' });
    expect(runDone(docker, ['logs'], ctx).status).toBe(1);
    expect(runDone(docker, ['logs', '-x', 'web'], ctx).status).toBe(125);
  });

  test('rm is refused with the reason, and the container stays', () => {
    const { m, ctx, docker } = dock();
    expect(runDone(docker, ['rm', '-f', 'web'], ctx).output).toMatch(/^Error response from daemon: removing a container is not modelled here/);
    expect(m.calls).toEqual([]);
  });

  test('help lists images, inspect, kill and logs', () => {
    const { ctx, docker } = dock();
    expect(runDone(docker, ['--help'], ctx).output).toMatch(/\n {2}images {6}List images\n.*\n {2}inspect {5}Return low-level information on a container\n {2}kill {8}Kill one or more running containers\n {2}logs /);
  });
});

describe('docker inspect on the docker preset', () => {
  test("a running container's pid is its main process on the host, and its address is on docker0's network", () => {
    const out = typedInto('docker', { platform: 'container', console: 'manager', atS: 30 }, ['docker inspect -f "{{.State.Status}} {{.State.Pid}} {{.NetworkSettings.IPAddress}}" web', 'docker top web']);
    const [, pid] = /^running (\d+) 172\.17\.0\.\d+$/m.exec(out) ?? [];
    expect(pid).toBeDefined();
    expect(out).toMatch(new RegExp(`^apache +${pid ?? ''} +\\d+ .*/usr/sbin/httpd$`, 'm'));
  });
});
