import { describe, expect, test } from 'vitest';
import { loadPreset } from '../scenario/presets.ts';
import type { Scenario } from '../scenario/schema.ts';
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
});
