import { describe, expect, test } from 'vitest';
import type { Scenario } from '../../../scenario/schema.ts';
import { consoleCommandsFor } from '../index.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone } from '../testing/fake-guest-manager.ts';

const scenario = { host: { cpu: 'netburst-2003', cores: 2, memoryMiB: 4096, disk: 'hdd', nic: '1g' } } as unknown as Scenario;

function xm() {
  const m = new FakeGuestManager('bare-metal', 'xen', [guest({ name: 'db', id: 2, state: 'running', vcpus: 2 }), guest({ name: 'files', id: 3, state: 'stopped' })]);
  const ctx = fakeContext(fakeMachine({ hostname: 'xenhost', cpus: 2 }));
  const command = byName(consoleCommandsFor('xen', m, { scenario }), 'xm');
  return (...args: string[]) => runDone(command, args, ctx);
}

const USAGE = 'Usage: xm vcpu-set <Domain> <vCPUs>\n\nSet the number of active VCPUs for allowed for the domain.\n';

describe('xm vcpu-set', () => {
  test('refuses more VCPUs than the domain was created with, as xend does, and zero or less', () => {
    const run = xm();
    expect(run('vcpu-set', 'db', '8')).toEqual({ kind: 'done', status: 1, output: `Error: Cannot set vcpus greater than max vcpus on running domain\n${USAGE}` });
    expect(run('vcpu-set', 'Domain-0', '4').output).toBe(`Error: Cannot set vcpus greater than max vcpus on running domain\n${USAGE}`);
    expect(run('vcpu-set', 'db', '0').output).toBe(`Error: Zero or less VCPUs is invalid\n${USAGE}`);
    expect(run('vcpu-set', 'db', 'two').output).toBe(`Error: Invalid argument.\n${USAGE}`);
    expect(run('vcpu-set', 'db').output).toBe(`Error: 'xm vcpu-set' requires 2 arguments.\n\n${USAGE}`);
    expect(run('vcpu-set', 'files', '1').output).toBe("Error: Domain 'files' does not exist.\n");
  });

  test('the count it has is accepted silently; fewer says the engine cannot take VCPUs offline', () => {
    const run = xm();
    expect(run('vcpu-set', 'db', '2')).toEqual({ kind: 'done', status: 0, output: '' });
    expect(run('vcpu-set', 'db', '1')).toEqual({ kind: 'done', status: 1, output: 'Error: taking VCPUs offline is not modelled: db keeps its 2 VCPUs online\n' });
  });

  test("xm's help lists vcpu-set and never calls anything a stand-in", () => {
    const run = xm();
    const help = run('help').output;
    expect(help).toContain('\n  vcpu-set <Domain> <vCPUs>  Set the number of active VCPUs for allowed for the domain\n');
    expect(help + run('create', '-h').output + run('create', 'x', 'colour=red').output + run('create', 'files', 'memory=256').output).not.toMatch(/stand-in/i);
  });
});
