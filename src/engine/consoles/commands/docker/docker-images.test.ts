import { describe, expect, test } from 'vitest';
import { typedInto } from '../../../preset-console.fixture.ts';
import { consoleCommandsFor } from '../index.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone } from '../testing/fake-guest-manager.ts';
import { imageId, splitReference } from './docker-images.ts';
import { humanSize } from './go-units.ts';

function dock() {
  const now = { ns: 300e9 };
  const m = new FakeGuestManager('container', 'docker', [
    guest({ name: 'web', id: 1, state: 'running' }),
    guest({ name: 'web2', id: 2, state: 'stopped' }),
    guest({ name: 'db', id: 3, state: 'stopped', workload: 'oltp' }),
  ]);
  const ctx = fakeContext(fakeMachine({ nowNs: () => now.ns }));
  return { m, now, ctx, docker: byName(consoleCommandsFor('docker', m), 'docker') };
}

describe('docker images', () => {
  test('lists each image the containers run from once, newest first, in tabwriter columns', () => {
    const { ctx, now, docker } = dock();
    now.ns = 0;
    expect(runDone(docker, ['run', '-d', '--name', 'cache', 'redis:3.2'], ctx).status).toBe(0);
    now.ns = 120e9;
    const out = runDone(docker, ['images'], ctx).output;
    expect(out.split('\n')[0]).toBe('REPOSITORY             TAG                 IMAGE ID            CREATED             SIZE');
    expect(out).toBe(
      'REPOSITORY             TAG                 IMAGE ID            CREATED             SIZE\n' +
        `redis                  3.2                 ${imageId('redis', '3.2').slice(0, 12)}        2 minutes ago\n` +
        `virtscope/oltp         latest              ${imageId('virtscope/oltp', 'latest').slice(0, 12)}        2 minutes ago\n` +
        `virtscope/web-server   latest              ${imageId('virtscope/web-server', 'latest').slice(0, 12)}        2 minutes ago\n`,
    );
  });

  test('-q prints the IDs; a repository (and tag) filters; bad flags are usage errors', () => {
    const { ctx, docker } = dock();
    expect(runDone(docker, ['images', '-q', 'virtscope/oltp'], ctx).output).toBe(`${imageId('virtscope/oltp', 'latest').slice(0, 12)}\n`);
    expect(runDone(docker, ['images', 'virtscope/oltp:9'], ctx).output).toBe('REPOSITORY          TAG                 IMAGE ID            CREATED             SIZE\n');
    expect(runDone(docker, ['images', '-x'], ctx)).toMatchObject({ status: 125, output: "unknown shorthand flag: 'x' in -x\nSee 'docker images --help'.\n" });
    expect(runDone(docker, ['images', 'a', 'b'], ctx).status).toBe(1);
  });

  test('info counts the same images', () => {
    const { ctx, docker } = dock();
    expect(runDone(docker, ['run', '-d', '--name', 'x', 'virtscope/oltp:latest'], ctx).status).toBe(0);
    expect(runDone(docker, ['info'], ctx).output).toContain('\nImages: 2\n');
  });

  test('references split into repository and tag; sizes print in decimal units', () => {
    expect(splitReference('nginx')).toEqual({ repository: 'nginx', tag: 'latest' });
    expect(splitReference('localhost:5000/app:1.0')).toEqual({ repository: 'localhost:5000/app', tag: '1.0' });
    expect(splitReference('localhost:5000/app')).toEqual({ repository: 'localhost:5000/app', tag: 'latest' });
    expect(humanSize(1800 * 2 ** 20)).toBe('1.887 GB');
    expect(humanSize(182_800_000)).toBe('182.8 MB');
  });
});

describe('docker images on the docker preset', () => {
  test("shows the scenario's images with the size df in a container counts from its image", () => {
    const out = typedInto('docker', { platform: 'container', console: 'manager', atS: 30 }, ['docker images', 'docker exec web df']);
    expect(out).toMatch(/^virtscope\/web-server +latest +[0-9a-f]{12} +30 seconds ago +1\.887 GB$/m);
    expect(out).toMatch(/^overlay +\d+ +184320\d /m);
  });
});
