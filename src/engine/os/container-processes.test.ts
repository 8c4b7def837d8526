import { describe, expect, it } from 'vitest';
import type { PlatformKind } from '../scenario/schema.ts';
import { typedInto } from '../preset-console.fixture.ts';

function psAx(preset: string, platform: PlatformKind, guest: string): { pid: number; command: string; tty: string }[] {
  return typedInto(preset, { platform, console: guest, atS: 60 }, ['ps ax'])
    .split('\n')
    .map((l) => /^\s*(\d+) (\S+)\s+\S+\s+\d+:\d\d (.*)$/.exec(l))
    .filter((m) => m !== null)
    // The program's name: the command line's first word without its directory or a kernel thread's brackets.
    .map((m) => ({ pid: Number(m[1]), tty: m[2] as string, command: (m[3] ?? '').split(' ')[0]?.replace(/^\[|\]$/g, '').split('/').pop() ?? '' }));
}

describe("what a container's ps shows: no kernel of its own", () => {
  it('a VM lists its kernel threads; a system container (Virtuozzo) its own init and daemons but no kernel threads', () => {
    const vm = psAx('virtuozzo', 'hosted', 'site1').map((p) => p.command);
    expect(vm).toContain('kthreadd');
    const ct = psAx('virtuozzo', 'container', 'site1');
    expect(ct[0]).toMatchObject({ pid: 1, command: 'init' });
    expect(ct.map((p) => p.command)).not.toContain('kthreadd');
    expect(ct.map((p) => p.command)).not.toContain('ksoftirqd/0');
    expect(ct.map((p) => p.command)).toContain('httpd');
  });

  it('an application container (Docker) runs its program as pid 1, and the console shell started after it', () => {
    const ct = psAx('docker', 'container', 'web');
    expect(ct[0]).toMatchObject({ pid: 1, command: 'httpd' });
    expect(ct.map((p) => p.command)).not.toContain('init');
    expect(ct.map((p) => p.command)).not.toContain('sshd');
    const shell = ct.find((p) => p.command === 'bash');
    expect(shell?.tty).toBe('pts/0');
    expect(shell?.pid).toBe(Math.max(...ct.filter((p) => p.command === 'httpd').map((p) => p.pid)) + 1);
  });
});

describe("what the host's ps shows of its containers", () => {
  it('every process of every container under a pid of the one kernel: a few hundred containers stay under pid_max, each pid once', () => {
    const host = psAx('hosting-server', 'container', 'manager');
    const pids = host.map((p) => p.pid);
    // 300 containers, each with its init.
    expect(host.filter((p) => p.command === 'init').length).toBe(301);
    expect(new Set(pids).size).toBe(pids.length);
    // A 2.6 kernel's default pid_max.
    expect(Math.max(...pids)).toBeLessThan(32_768);
  });

  it("a Docker container's processes hang under its containerd shim, the host's process, which docker top does not list", () => {
    const out = typedInto('docker', { platform: 'container', console: 'manager', atS: 30 }, ['docker ps -q', 'ps -efww', 'docker top web']);
    const running = [...out.matchAll(/^[0-9a-f]{12}$/gm)].length;
    const shims = [...out.matchAll(/^root +(\d+) +\d+ .* docker-containerd-shim ([0-9a-f]{64}) \/var\/run\/docker\/libcontainerd\/\2 docker-runc$/gm)].map((m) => m[1]);
    expect(shims).toHaveLength(running);
    // The web container's httpd, its pid 1, is a child of one of them.
    const httpdParent = /^apache +\d+ +(\d+) .*httpd$/m.exec(out)?.[1];
    expect(shims).toContain(httpdParent);
    expect(out.split('docker top web\n')[1]).not.toContain('containerd-shim');
  });

  it("the containers' login shells are not the host's users: each container has its own utmp", () => {
    expect(typedInto('hosting-server', { platform: 'container', console: 'manager', atS: 30 }, ['uptime'])).toMatch(/up 0 min,\s+1 user,/);
  });
});

describe("what a guest's mount shows of its root", () => {
  it("a VM's own ext3 disk; a Docker container's overlay of its image; an OpenVZ container's simfs", () => {
    const root = (preset: string, platform: PlatformKind, guest: string): string | undefined =>
      /^(\S+ on \/ type \S+)/m.exec(typedInto(preset, { platform, console: guest, atS: 60 }, ['mount']))?.[1];
    expect(root('docker', 'bare-metal', 'web')).toBe('/dev/vda1 on / type ext3');
    expect(root('docker', 'container', 'web')).toBe('overlay on / type overlay');
    expect(root('virtuozzo', 'container', 'site1')).toBe('simfs on / type simfs');
  });
});

describe('kill of several workers of one program', () => {
  it('ends them all without a "No such process" for those that ended with the first, as they had all been signalled', () => {
    const httpd = psAx('classroom-default', 'container', 'web1').filter((p) => p.command === 'httpd');
    expect(httpd.length).toBeGreaterThan(1);
    const pids = httpd.slice(0, 2).map((p) => p.pid);
    const out = typedInto('classroom-default', { platform: 'container', console: 'web1', atS: 60 }, [`kill ${pids.join(' ')}`, 'echo $?', 'kill 99999', 'ps ax']);
    expect(out).toMatch(new RegExp(`kill ${pids.join(' ')}\\n[^\\n]*echo \\$\\?\\n0\\n`));
    expect(out).toContain('bash: kill: (99999) - No such process');
    expect(out).not.toMatch(/\/usr\/sbin\/httpd/);
  });
});
