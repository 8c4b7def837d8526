/**
 * The numbers a manager gives guests count power-ons (a Xen domain id, a libvirt Id, a zone
 * id): a guest started again gets a new one and its CPU time counts from then; a guest moved
 * to the second host is no longer this host's.
 */
import { describe, expect, it } from 'vitest';
import { typedInto } from '../preset-console.fixture.ts';

/** The rows of `xm list` in `text` after its last prompt-and-command `cmd`, as [name, id, time]. */
function xmRows(text: string, cmd: string): string[][] {
  const after = text.slice(text.lastIndexOf(`# ${cmd}\n`) + cmd.length + 3);
  const table = after.slice(0, after.indexOf('root@'));
  return table
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const f = l.trim().split(/\s+/);
      return [f[0] ?? '', f[1] ?? '', f[5] ?? ''];
    });
}

describe('domain ids', () => {
  it('xm create after xm destroy gives the domain the next id and a CPU time from zero, listed last', () => {
    const out = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 90 }, ['xm destroy files', 'xm create /etc/xen/files', 'xm list']);
    expect(xmRows(out, 'xm list')).toEqual([
      ['Domain-0', '0', expect.any(String)],
      ['web', '1', expect.any(String)],
      ['db', '2', expect.any(String)],
      ['compute', '4', expect.any(String)],
      ['files', '5', '0.0'],
    ]);
    const byOldId = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 90 }, ['xm destroy files', 'xm create /etc/xen/files', 'xm list 3']);
    expect(byOldId).toContain("Error: Domain '3' does not exist.");
  });

  it('virsh start gives a destroyed domain a new Id', () => {
    const out = typedInto('kvm', { platform: 'bare-metal', console: 'manager', atS: 90 }, ['virsh destroy web', 'virsh start web', 'virsh dominfo web']);
    expect(out).toMatch(/Id:\s+5\n/);
    expect(out).toMatch(/CPU time:\s+0\.0s/);
  });

  it('a zone booted again gets the next zone id', () => {
    const out = typedInto('solaris-containers', { platform: 'container', console: 'manager', atS: 90 }, ['zoneadm -z web halt', 'zoneadm -z web boot', 'zoneadm list -p']);
    expect(out).toContain('5:web:');
    expect(out).not.toContain('1:web:');
  });

  it('a domain moved by xm migrate is no longer listed on this host, nor found by name', () => {
    const out = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 90 }, ['xm migrate --live web hostb', 'xm list', 'xm list web']);
    expect(xmRows(out, 'xm list').map((r) => r[0])).toEqual(['Domain-0', 'db', 'files', 'compute']);
    expect(out).toContain("Error: Domain 'web' does not exist.");
  });

  it('a domain moved away keeps its name: xm create cannot make a second web beside it', () => {
    const out = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 90 }, ['xm migrate --live web hostb', 'xm create web memory=256 vcpus=1 os=linux workload=idle', 'xm list']);
    expect(out).toContain('runs on the second host');
    expect(xmRows(out, 'xm list').map((r) => r[0])).toEqual(['Domain-0', 'db', 'files', 'compute']);
  });
});
