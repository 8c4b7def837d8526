import { describe, expect, test } from 'vitest';
import { loadPreset } from '../scenario/presets.ts';
import type { Scenario } from '../scenario/schema.ts';
import { typedInto } from '../preset-console.fixture.ts';
import { guestIpv4, HOST_IPV4 } from './addresses.ts';

function withNetwork(network: 'host' | 'bridge' | 'nat', hostOs: 'linux' | 'solaris' = 'linux'): Scenario {
  const s = loadPreset('classroom-default');
  if (!s) throw new Error('preset missing');
  return { ...s, platforms: { ...s.platforms, container: { ...s.platforms.container, network, hostOs } } };
}

describe("guests' addresses", () => {
  test('counted on across octets: a hosting server’s 300th container has a valid address, each its own', () => {
    const s = withNetwork('bridge');
    const all = Array.from({ length: 1000 }, (_, i) => guestIpv4(s, 'container', i));
    expect(all[0]).toBe('10.0.0.2');
    expect(all[299]).toBe('10.0.1.45');
    expect(all.every((a) => a.split('.').every((b) => Number(b) <= 255))).toBe(true);
    expect(new Set(all).size).toBe(1000);
    expect(guestIpv4(withNetwork('nat'), 'container', 254)).toBe('172.17.1.0');
  });

  test("containers on the host's network share its address; Solaris shared-IP zones each have their own on its NIC", () => {
    expect(guestIpv4(withNetwork('host'), 'container', 3)).toBe(HOST_IPV4);
    expect(guestIpv4(withNetwork('host', 'solaris'), 'container', 3)).toBe('192.168.1.103');
    expect(guestIpv4(withNetwork('host'), 'hosted', 3)).toBe('192.168.1.103');
  });

  test('native: each guest is a dedicated server with its own address, so a ping by name reaches that server', () => {
    const s = withNetwork('bridge');
    expect([0, 1, 2].map((i) => guestIpv4(s, 'native', i))).toEqual([HOST_IPV4, '192.168.1.11', '192.168.1.12']);
    const out = typedInto('virtual-server-2005', { platform: 'native', console: 'iis1', atS: 60 }, ['ping -n 1 sql1']);
    expect(out).toContain('Pinging sql1 [192.168.1.11] with 32 bytes of data:\n\nReply from 192.168.1.11: bytes=32');
  });
});

