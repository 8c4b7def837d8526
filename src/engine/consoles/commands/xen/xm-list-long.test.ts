import { describe, expect, test } from 'vitest';
import { typedInto } from '../../../preset-console.fixture.ts';
import { consoleCommandsFor } from '../index.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone } from '../testing/fake-guest-manager.ts';
import { uuidFrom } from '../common/ids.ts';
import { pyFloat } from './xm-list-long.ts';

function xen() {
  const m = new FakeGuestManager('bare-metal', 'xen', [
    guest({ name: 'web', id: 1, state: 'running', cpuPercent: 80, cpuNs: 12.34e9, memoryMiB: 512, currentMemoryMiB: 300, uptimeNs: 90e9, cpuShares: 2048, cpuCapPercent: 50 }),
    guest({ name: 'files', id: 3, state: 'stopped', memoryMiB: 512 }),
  ]);
  const dom0 = fakeMachine({ hostname: 'xenhost', nowNs: () => 100e9, busyNs: () => 42.3e9, cpus: 2, memoryMiB: 512 });
  return { ctx: fakeContext(dom0), xm: byName(consoleCommandsFor('xen', m), 'xm') };
}

describe('xm list --long', () => {
  test("prints a domain's record as xend's S-expression, from the manager's figures", () => {
    const { ctx, xm } = xen();
    expect(runDone(xm, ['list', '--long', 'web'], ctx).output).toBe(
      [
        '(domain',
        '    (domid 1)',
        `    (uuid ${uuidFrom('web')})`,
        '    (vcpus 1)',
        '    (cpu_weight 512)',
        '    (cpu_cap 50)',
        '    (memory 300)',
        '    (maxmem 512)',
        '    (name web)',
        '    (on_poweroff destroy)',
        '    (on_reboot restart)',
        '    (on_crash restart)',
        '    (image',
        '        (hvm',
        '            (kernel /usr/lib/xen/boot/hvmloader)',
        '        )',
        '    )',
        '    (state r-----)',
        '    (cpu_time 12.34)',
        '    (online_vcpus 1)',
        '    (up_time 90.0)',
        '    (start_time 1167609610.0)',
        ')',
        '',
      ].join('\n'),
    );
  });

  test('-l without a domain lists every running one, Domain-0 first with its all-zero UUID; a stopped one does not exist', () => {
    const { ctx, xm } = xen();
    const out = runDone(xm, ['list', '-l'], ctx).output;
    expect(out.match(/^\(domain$/gm)).toHaveLength(2);
    expect(out).toMatch(/^\(domain\n {4}\(domid 0\)\n {4}\(uuid 00000000-0000-0000-0000-000000000000\)\n {4}\(vcpus 2\)\n/);
    expect(out).toContain('    (name Domain-0)\n');
    expect(out).toContain('    (cpu_time 42.3)\n');
    expect(runDone(xm, ['list', '-l', 'files'], ctx)).toEqual({ kind: 'done', status: 1, output: "Error: Domain 'files' does not exist.\n" });
    expect(runDone(xm, ['list', '--bogus'], ctx).status).toBe(1);
    expect(runDone(xm, ['help'], ctx).output).toContain('(-l, --long: each one\'s record)');
  });

  test("floats print as Python 2's str()", () => {
    expect(pyFloat(2)).toBe('2.0');
    expect(pyFloat(2.0372800743312)).toBe('2.03728007433');
    expect(pyFloat(1167609612.345678)).toBe('1167609612.35');
  });
});

describe('xm list --long on the xen preset', () => {
  test("a paravirtual domain booted a Xen kernel (its dom0's, under Xen 3.0.4); its memory follows xm mem-set's balloon", () => {
    const out = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 150 }, ['xm list -l web', 'uname -r', 'xm mem-set web 400', 'sleep 5', 'xm list web', 'xm list --long web']);
    expect(out).toContain('        (linux\n            (kernel /boot/vmlinuz-2.6.16.46-0.12-xen)\n');
    const listed = /^web +1 +(\d+) /m.exec(out)?.[1];
    expect(listed).toBeDefined();
    expect(out).toMatch(new RegExp(`# xm list --long web\\n[^]*\\(memory ${listed ?? ''}\\)\\n {4}\\(maxmem 512\\)`));
  });
});
