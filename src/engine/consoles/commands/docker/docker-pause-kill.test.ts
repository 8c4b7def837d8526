import { describe, expect, test } from 'vitest';
import { consoleCommandsFor } from '../index.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone } from '../testing/fake-guest-manager.ts';
import { longId } from './containers.ts';

function host() {
  const now = { ns: 300e9 };
  const m = new FakeGuestManager('container', 'docker', [
    guest({ name: 'web', id: 1, state: 'running', uptimeNs: 130e9 }),
    guest({ name: 'db', id: 2, state: 'stopped', workload: 'oltp' }),
  ]);
  const ctx = fakeContext(fakeMachine({ nowNs: () => now.ns }));
  const docker = byName(consoleCommandsFor('docker', m, {}), 'docker');
  return { m, now, ctx, run: (...args: string[]) => runDone(docker, args, ctx) };
}

describe('docker pause and unpause (Docker 1.12)', () => {
  test('freeze the container through the guest manager, as xm pause does; docker ps, inspect and info show it paused', () => {
    const { m, run } = host();
    expect(run('pause', 'web')).toMatchObject({ status: 0, output: 'web\n' });
    expect(m.calls).toEqual(['pause web']);
    expect(run('ps').output).toMatch(/ Up 2 minutes \(Paused\) +web\n$/);
    expect(run('inspect', '-f', '{{.State.Status}} {{.State.Paused}}', 'web').output).toBe('paused true\n');
    expect(run('info').output).toMatch(/^Containers: 2\n Running: 0\n Paused: 1\n Stopped: 1\n/);
    expect(run('unpause', 'web')).toMatchObject({ status: 0, output: 'web\n' });
    expect(m.calls).toEqual(['pause web', 'resume web']);
    expect(run('ps').output).toMatch(/ Up 2 minutes +web\n$/);
  });

  test('refuse as the daemon does: not running, already paused, not paused, no such container', () => {
    const { m, run } = host();
    expect(run('pause', 'db')).toEqual({ kind: 'done', status: 1, output: `Error response from daemon: Container ${longId('db')} is not running\n` });
    expect(run('unpause', 'web').output).toBe(`Error response from daemon: Container ${longId('web')} is not paused\n`);
    run('pause', 'web');
    expect(run('pause', 'web', 'nope')).toEqual({ kind: 'done', status: 1, output: `Error response from daemon: Container ${longId('web')} is already paused\nError response from daemon: No such container: nope\n` });
    expect(run('pause').status).toBe(1);
    expect(m.calls).toEqual(['pause web']);
  });
});

describe('docker kill (Docker 1.12)', () => {
  test('stops the container as docker stop does, and it exits as SIGKILL leaves it: Exited (137)', () => {
    const { m, now, ctx, run } = host();
    expect(run('kill', 'web')).toMatchObject({ status: 0, output: 'web\n' });
    expect(m.calls).toEqual(['stop web']);
    now.ns += 5e9;
    expect(run('ps', '-a').output).toContain(' Exited (137) 5 seconds ago ');
    expect(run('inspect', '-f', '{{.State.ExitCode}}', 'web').output).toBe('137\n');
    expect(ctx.machine.now()).toBe(305e9);
    run('start', 'web');
    run('stop', 'web');
    expect(run('ps', '-a').output).toContain(' Exited (0) ');
  });

  test('-s KILL is the default; other signals, a stopped or a paused container are refused', () => {
    const { m, run } = host();
    expect(run('kill', '-s', 'TERM', 'web')).toMatchObject({ status: 1 });
    expect(run('kill', 'db').output).toBe(`Error response from daemon: Container ${longId('db')} is not running\n`);
    run('pause', 'web');
    expect(run('kill', 'web').output).toBe(`Error response from daemon: Container ${longId('web')} is paused. Unpause the container before stopping\n`);
    run('unpause', 'web');
    expect(run('kill', '--signal=SIGKILL', 'web')).toMatchObject({ status: 0, output: 'web\n' });
    expect(m.calls).toEqual(['pause web', 'resume web', 'stop web']);
  });

  test('docker stop refuses a paused container, as the daemon does, and stops it once unpaused', () => {
    const { m, run } = host();
    run('pause', 'web');
    expect(run('stop', 'web')).toEqual({
      kind: 'done',
      status: 1,
      output: `Error response from daemon: Cannot stop container web: Container ${longId('web')} is paused. Unpause the container before stopping\nError: failed to stop containers: web\n`,
    });
    expect(m.calls).toEqual(['pause web']);
    run('unpause', 'web');
    expect(run('stop', 'web')).toMatchObject({ status: 0, output: 'web\n' });
    expect(m.calls).toEqual(['pause web', 'resume web', 'stop web']);
  });
});
