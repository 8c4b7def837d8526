import { describe, expect, test } from 'vitest';
import { typedInto } from '../preset-console.fixture.ts';

function type(preset: string, console: string, ...commands: string[]): string {
  return typedInto(preset, { platform: 'container', console, atS: 60 }, commands);
}

describe("the Docker host's end of its containers' network", () => {
  test('docker0 holds the containers’ gateway on 172.17.0.0/16, with one veth end per running container', () => {
    const host = type('docker', 'manager', 'docker ps', 'brctl show', 'ifconfig docker0');
    const running = [...host.matchAll(/ Up /g)].length;
    expect(running).toBeGreaterThan(0);
    const bridge = host.split('brctl show\n')[1]?.split('root@')[0]?.trim().split('\n') ?? [];
    expect(bridge[1]).toMatch(/^docker0\t\t8000\.0242[0-9a-f]{8}\tno\t\tveth[0-9a-f]{7}$/);
    expect(bridge.slice(1).map((l) => /veth[0-9a-f]{7}$/.test(l))).toEqual(Array(running).fill(true));
    expect(host).toContain('inet addr:172.17.0.1  Bcast:172.17.255.255  Mask:255.255.0.0');
  });

  test("a container's address is on the bridge's /16, and its MAC is Docker's 02:42 and the address's bytes", () => {
    const web = type('docker', 'web', 'ifconfig eth0');
    expect(web).toMatch(/HWaddr 02:42:AC:11:00:(\w\w) {2}\n {10}inet addr:172\.17\.0\.(\d+) {2}Bcast:172\.17\.255\.255 {2}Mask:255\.255\.0\.0/);
    const [, macByte, lastByte] = /HWaddr 02:42:AC:11:00:(\w\w).*\n.*inet addr:172\.17\.0\.(\d+)/.exec(web) ?? [];
    expect(parseInt(macByte ?? '', 16)).toBe(Number(lastByte));
  });

  test('Virtuozzo routes its containers through venet: no bridge on its host', () => {
    expect(type('virtuozzo', 'manager', 'brctl show')).toMatch(/brctl show\nbridge name\tbridge id\t\tSTP enabled\tinterfaces\nroot@/);
  });

  test("a Virtuozzo container's address is on venet0:0, a point-to-point device without a MAC, and its default route goes out of it", () => {
    const host = type('virtuozzo', 'manager', 'vzlist', 'ifconfig venet0');
    const ip = /^\s+101\s+\d+\s+running\s+(\S+)\s+site1$/m.exec(host)?.[1] ?? '';
    expect(ip).toMatch(/^10\.0\.0\.\d+$/);
    expect(host).toContain('venet0    Link encap:UNSPEC  HWaddr 00-00-00-00-00-00-00-00-00-00-00-00-00-00-00-00  \n          UP BROADCAST POINTOPOINT RUNNING NOARP');
    const ct = type('virtuozzo', 'site1', 'ifconfig', 'ip route');
    expect(ct).toContain(`venet0:0  Link encap:UNSPEC  HWaddr 00-00-00-00-00-00-00-00-00-00-00-00-00-00-00-00  \n          inet addr:${ip}  P-t-P:${ip}  Bcast:${ip}  Mask:255.255.255.255\n`);
    expect(ct).not.toMatch(/^eth0 /m);
    expect(ct).toContain('ip route\ndefault dev venet0  scope link \n');
  });
});
