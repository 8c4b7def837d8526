import { describe, expect, test } from 'vitest';
import type { GuestManager } from '../guest-manager.ts';
import { PRODUCTS } from '../products.ts';
import { consoleCommandsFor } from './index.ts';
import { fakeContext, FakeGuestManager, guest, runDone } from './testing/fake-guest-manager.ts';

const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'virtual-server-2005': ['vsadmin'],
  'gsx-server': ['vmware-cmd'],
  virtualbox: ['VBoxManage'],
  xen: ['xm', 'xentop'],
  'esx-server': ['vmware-cmd', 'esxtop', 'esxcfg-vswitch', 'esxcfg-nics', 'vmware'],
  kvm: ['virsh'],
  'solaris-containers': ['zoneadm', 'zonecfg', 'zlogin', 'prstat', 'rcapstat', 'zonename'],
  virtuozzo: ['vzlist', 'vzctl', 'vzmigrate', 'cat'],
  docker: ['docker'],
};

describe('consoleCommandsFor', () => {
  test.each(PRODUCTS.map((p) => [p.id, p] as const))('%s has its flavour of commands, each with a summary', (id, p) => {
    const m = new FakeGuestManager(p.platform, id, [guest({ name: 'g1', id: 1 })]);
    const byId = consoleCommandsFor(id, m);
    expect(byId.map((c) => c.name)).toEqual(EXPECTED[id]);
    expect(consoleCommandsFor(p, m).map((c) => c.name)).toEqual(EXPECTED[id]);
    for (const c of byId) expect(c.summary.length).toBeGreaterThan(10);
  });

  test('an unknown product has no console commands', () => {
    expect(consoleCommandsFor('hyper-v', new FakeGuestManager('hosted', 'hyper-v', []))).toEqual([]);
  });

  test('a manager that throws becomes an error message and a non-zero status, never an exception', () => {
    const broken: GuestManager = {
      platform: 'bare-metal',
      product: 'xen',
      list: () => {
        throw new Error('simulation gone');
      },
      start: () => null,
      stop: () => null,
      create: () => null,
      machineOf: () => null,
    };
    const xm = consoleCommandsFor('xen', broken).find((c) => c.name === 'xm');
    expect(runDone(xm, ['list'])).toMatchObject({ status: 1, output: 'xm: internal error: simulation gone\n' });
  });

  test('no console command fails inside on odd arguments', () => {
    const odd = [[], [''], ['-'], ['--'], ['-z'], ['list', '-'], ['start', ''], ['create', '', ''], ['x'.repeat(500)], ['run', '--name=', '']];
    for (const p of PRODUCTS) {
      const m = new FakeGuestManager(p.platform, p.id, [guest({ name: 'g1', id: 1 }), guest({ name: 'g2', id: 2, state: 'stopped' })]);
      for (const c of consoleCommandsFor(p, m))
        for (const args of odd) {
          const r = c.run(fakeContext(), args, null);
          const output = r.kind === 'done' ? r.output : r.run.advance(0).output;
          expect(output, `${c.name} ${args.join(' ')}`).not.toContain('internal error');
        }
    }
  });
});
