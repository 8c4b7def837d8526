import { describe, expect, test } from 'vitest';
import { typedInto } from '../../../preset-console.fixture.ts';

describe('a Docker container’s memory limit is its memory cgroup’s, as docker stats shows it', () => {
  const out = typedInto('docker', { platform: 'container', console: 'manager', atS: 60 }, [
    'docker run -d --name capped -m 256m redis',
    'sleep 5',
    'docker exec capped stress-ng --vm 1 --vm-bytes 600M --timeout 5s',
    'docker stats --no-stream',
    'dmesg',
  ]);

  test('run -m 256m caps the container: an allocation past it is killed by its memory cgroup', () => {
    expect(out).toMatch(/^\S+ +capped +\S+% +\S+ \/ 256MiB /m);
  });

  test("a container whose work fills its limit shows it full, never past it: the kernel's own state for the container is not in its cgroup's count", () => {
    const full = typedInto('docker', { platform: 'container', console: 'manager', atS: 60 }, ['docker run -d --name site -m 256m nginx', 'sleep 20', 'docker stats --no-stream']);
    expect(full).toMatch(/^\S+ +site +\S+% +256MiB \/ 256MiB +100\.00% /m);
    expect(out).toMatch(/Memory cgroup out of memory: Kill process \d+ \(stress-ng-vm\)/);
  });

  test('the scenario’s containers, run without -m, may take the host’s memory, which is their limit in docker stats', () => {
    expect(out).toMatch(/^\S+ +web +\S+% +\S+ \/ 16GiB /m);
  });
});

describe('docker stats follows what a container holds', () => {
  test("a hog's allocation shows in its container's MEM USAGE as it grows, and its neighbours' do not move", () => {
    const out = typedInto('docker', { platform: 'container', console: 'manager', atS: 60 }, ['docker stats --no-stream', 'inject-fault memory-hog web', 'sleep 2', 'docker stats --no-stream']);
    const usage = (name: string): string[] => [...out.matchAll(new RegExp(`^\\S+ +${name} +\\S+% +(\\S+) /`, 'gm'))].map((m) => m[1] ?? '');
    const [before, after] = usage('web');
    expect(before).toBe('384MiB');
    expect(after).toMatch(/GiB$/);
    expect(usage('db')).toEqual(['768MiB', '768MiB']);
  });
});

describe('docker update', () => {
  test("--cpu-quota caps a running container's CPU at once (docker stats shows it), and names what it updated", () => {
    const out = typedInto('docker', { platform: 'container', console: 'manager', atS: 60 }, [
      'docker stats --no-stream',
      'docker update --cpu-quota 50000 worker',
      'sleep 3',
      'docker stats --no-stream',
      'docker update --cpu-shares 512 nope',
      'docker update worker',
    ]);
    const cpu = [...out.matchAll(/^\S+ +worker +([\d.]+)% /gm)].map((m) => Number(m[1]));
    expect(cpu[0]).toBeGreaterThan(90);
    expect(cpu[1]).toBeGreaterThan(45);
    expect(cpu[1]).toBeLessThanOrEqual(50.5);
    expect(out).toContain('# docker update --cpu-quota 50000 worker\nworker\n');
    expect(out).toContain('Error response from daemon: No such container: nope\n');
    expect(out).toContain('# docker update worker\nYou must provide one or more flags when using this command.\n');
  });
});

describe("docker update -m: a running container's memory limit, changed while it runs", () => {
  test('a limit below its page cache and processes shrinks its page cache first; one below its processes OOM-kills its main process, and ps -a shows it exited 137', () => {
    const out = typedInto('docker', { platform: 'container', console: 'manager', atS: 60 }, [
      'docker update -m 600m db',
      'docker stats --no-stream',
      'docker update -m 200m db',
      'sleep 5',
      'docker ps -a',
      'dmesg | tail -2',
    ]);
    expect(out).toContain('# docker update -m 600m db\ndb\n');
    // 772 MiB held, 600 allowed: the cgroup drops page cache to fit, and nothing is killed yet.
    expect(out).toMatch(/^\S+ +db +\S+% +\S+MiB \/ 600MiB /m);
    expect(out).toMatch(/Memory cgroup out of memory: Kill process \d+ \(postgres\)/);
    expect(out).toMatch(/virtscope\/oltp .* Exited \(137\) 5 seconds ago +db$/m);
  });

  test("Docker's own errors: a limit under 4MB, a size it cannot read, a container that is not there", () => {
    const out = typedInto('docker', { platform: 'container', console: 'manager', atS: 60 }, ['docker update -m 1k web', 'docker update -m lots web', 'docker update -m 64m nosuch']);
    expect(out).toContain('Error response from daemon: Minimum memory limit allowed is 4MB\n');
    expect(out).toContain('invalid argument "lots" for -m\n');
    expect(out).toContain('Error response from daemon: No such container: nosuch\n');
  });
});

describe('docker stats with names', () => {
  test('shows only the containers named, and refuses one that does not exist', () => {
    const out = typedInto('docker', { platform: 'container', console: 'manager', atS: 60 }, ['docker stats --no-stream db', 'docker stats --no-stream nosuch']);
    const rows = [...out.matchAll(/^[0-9a-f]{12} +(\S+) +[\d.]+% /gm)].map((m) => m[1]);
    expect(rows).toEqual(['db']);
    expect(out).toContain('# docker stats --no-stream nosuch\nError response from daemon: No such container: nosuch\n');
  });
});
