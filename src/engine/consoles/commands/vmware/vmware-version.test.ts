import { describe, expect, test } from 'vitest';
import { typedInto } from '../../../preset-console.fixture.ts';
import { consoleCommandsFor } from '../index.ts';
import { byName, FakeGuestManager, runDone } from '../testing/fake-guest-manager.ts';

const vmware = () => byName(consoleCommandsFor('esx-server', new FakeGuestManager('bare-metal', 'esx-server', [])), 'vmware');

describe('vmware -v in the ESX service console', () => {
  test('prints the release and build; anything else prints the usage', () => {
    expect(runDone(vmware(), ['-v'])).toEqual({ kind: 'done', status: 0, output: 'VMware ESX Server 3.0.1 build-32039\n' });
    expect(runDone(vmware(), ['--version']).output).toBe('VMware ESX Server 3.0.1 build-32039\n');
    expect(runDone(vmware(), []).status).toBe(1);
    expect(runDone(vmware(), ['-l']).output).toMatch(/^Usage: vmware -v\n/);
  });

  test("on the esx-server preset's service console, where help lists it; GSX's host has no such command here", () => {
    const out = typedInto('esx-server', { platform: 'bare-metal', console: 'manager', atS: 5 }, ['vmware -v', 'help vmware']);
    expect(out).toContain('# vmware -v\nVMware ESX Server 3.0.1 build-32039\n');
    expect(out).toMatch(/vmware -v: the ESX Server release and build/);
    expect(byName(consoleCommandsFor('gsx-server', new FakeGuestManager('hosted', 'gsx-server', [])), 'vmware')).toBeUndefined();
  });
});
