import { describe, expect, test } from 'vitest';
import { MANAGER, PlatformEngine } from '../platform-engine.ts';
import { linuxGuest, scenarioWith, typeInto } from '../network/two-guests.fixture.ts';
import type { Scenario } from '../scenario/schema.ts';

const pair = (platforms: Partial<Scenario['platforms']> = {}) => scenarioWith([linuxGuest('web', 'web-server'), linuxGuest('db', 'oltp', 1024)], platforms);

describe('migration from the management consoles', () => {
  test('xm migrate --live returns silently once the move is done, after its virtual time', () => {
    const engine = new PlatformEngine(pair(), 'bare-metal');
    const out = typeInto(engine, MANAGER, 'xm migrate --live db host2', 30);
    expect(out).not.toContain('Error');
    expect(engine.now).toBeGreaterThan(31e9);
    expect(typeInto(engine, MANAGER, 'xm migrate --live nosuch host2', 60)).toContain("Error: Domain 'nosuch' does not exist.");
    expect(typeInto(engine, MANAGER, 'xm migrate Domain-0 host2', 61)).toContain('Cannot migrate privileged domain 0');
    expect(typeInto(engine, MANAGER, 'xm migrate db', 62)).toContain("'xm migrate' requires between 2 and 3 arguments");
  });

  test('virsh migrate --live --verbose prints its progress; a missing URI is an error', () => {
    const kvm = { 'bare-metal': { style: 'esx', guestMode: 'hardware-assist', paging: 'shadow', devices: 'paravirtual', product: 'kvm' } } as const;
    const engine = new PlatformEngine(scenarioWith([linuxGuest('web', 'web-server')], kvm), 'bare-metal');
    expect(typeInto(engine, MANAGER, 'virsh migrate --live --verbose web qemu+ssh://host2/system', 30)).toContain('Migration: [100 %]');
    expect(typeInto(engine, MANAGER, 'virsh migrate web', 40)).toContain("error: command 'migrate' requires <desturi> option");
  });

  test('vzmigrate --online checkpoints a container; without --online it says what is modelled', () => {
    const vz = { container: { hostOs: 'linux', network: 'bridge', storage: 'bind', product: 'virtuozzo' } } as const;
    const engine = new PlatformEngine(pair(vz), 'container');
    const out = typeInto(engine, MANAGER, 'vzmigrate --online host2 102', 30);
    expect(out).toContain('Starting online migration of CT 102 to host2');
    expect(out).toContain('Dumping container');
    expect(typeInto(engine, MANAGER, 'vzmigrate host2 102', 60)).toContain('only --online');
    expect(typeInto(engine, MANAGER, 'vzmigrate --online host2 999', 61)).toContain('CT 999 does not exist');
  });
});
