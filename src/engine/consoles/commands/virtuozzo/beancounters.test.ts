import { describe, expect, test } from 'vitest';
import { typedInto } from '../../../preset-console.fixture.ts';
import { loadPreset } from '../../../scenario/presets.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import type { Machine } from '../../../os/machine.ts';
import { done } from '../../../shell/command.ts';
import { consoleCommandsFor } from '../index.ts';
import { byName, fakeContext, fakeMachine, FakeGuestManager, guest, runDone } from '../testing/fake-guest-manager.ts';

const scenario = { platforms: { container: { hostOs: 'linux' } }, guests: [{ name: 'web1', limits: { pids: 64 } }] } as unknown as Scenario;

function vz() {
  const m = new FakeGuestManager('container', 'virtuozzo', [
    guest({ name: 'web1', id: 1, state: 'running', kernelStateMiB: 4, memoryLimitMiB: 256, paging: { residentMiB: 2, swappedMiB: 1, swapIns: 0 } }),
    guest({ name: 'web2', id: 2, state: 'stopped' }),
  ]);
  const read: string[] = [];
  // vzctl exec's shell, here: what the container's machine shows at the path it is given.
  const runIn = (machine: Machine, line: string) => {
    const r = machine.fs.read(line.replace(/^cat /, ''));
    read.push(r.ok ? r.value : r.error);
    return done(r.ok ? r.value : `cat: ${r.error}\n`);
  };
  const commands = consoleCommandsFor('virtuozzo', m, { scenario, runIn });
  return { m, read, cat: byName(commands, 'cat'), vzctl: byName(commands, 'vzctl') };
}

const row = (cells: readonly (string | number)[], uid = ''): string =>
  `${uid.padStart(10)}  ${String(cells[0]).padEnd(12)} ${cells.slice(1).map((c) => String(c).padStart(10)).join(' ')}`;

describe('/proc/user_beancounters on the hardware node', () => {
  test("lists each running container's resources in the kernel's order, held from the engine, limits from the container's", () => {
    const { cat } = vz();
    const out = runDone(cat, ['/proc/user_beancounters'], fakeContext(fakeMachine({ arch: 'i686' }))).output.split('\n');
    expect(out.slice(0, 2)).toEqual(['Version: 2.5', '       uid  resource           held    maxheld    barrier      limit    failcnt']);
    // Three processes of 1 MiB each: 768 pages resident, and the MiB the host swapped out.
    expect(out.slice(2, 11)).toEqual([
      row(['kmemsize', 4194304, 4194304, 2147483647, 2147483647, 0], '101:'),
      row(['lockedpages', 0, 0, 2147483647, 2147483647, 0]),
      row(['privvmpages', 1024, 1024, 65536, 65536, 0]),
      row(['shmpages', 0, 0, 2147483647, 2147483647, 0]),
      row(['dummy', 0, 0, 0, 0, 0]),
      row(['numproc', 3, 3, 64, 64, 0]),
      row(['physpages', 768, 768, 0, 2147483647, 0]),
      row(['vmguarpages', 0, 0, 2147483647, 2147483647, 0]),
      row(['oomguarpages', 1024, 1024, 2147483647, 2147483647, 0]),
    ]);
    expect(out.slice(2).filter((l) => l !== '')).toHaveLength(24);
    expect(out.at(-2)).toBe(row(['numiptent', 0, 0, 2147483647, 2147483647, 0]));
  });

  test('maxheld keeps the most seen held; a 64-bit kernel prints 20-wide columns and its LONG_MAX', () => {
    const { m, cat } = vz();
    const ctx = fakeContext(fakeMachine({ arch: 'x86_64' }));
    runDone(cat, ['/proc/user_beancounters'], ctx);
    m.processesPerGuest = 2;
    const numproc = runDone(cat, ['/proc/user_beancounters'], ctx).output.split('\n').find((l) => l.includes('numproc'));
    expect(numproc?.trim().split(/\s+/)).toEqual(['numproc', '2', '3', '64', '64', '0']);
    expect(runDone(cat, ['/proc/user_beancounters'], ctx).output).toContain(' 9223372036854775807 ');
  });

  test("cat reads every other file as before; help tells what the node's cat adds", () => {
    const { cat } = vz();
    expect(runDone(cat, ['/nope'], fakeContext())).toEqual({ kind: 'done', status: 1, output: 'cat: /nope: No such file or directory\n' });
    expect(cat?.summary).toContain("/proc/user_beancounters: every container's beancounters");
  });
});

describe('/proc/user_beancounters in a container (vzctl exec)', () => {
  test('a container reads its own beancounters only; a stopped one is not running', () => {
    const { vzctl, read } = vz();
    expect(runDone(vzctl, ['exec', '101', 'cat', '/proc/user_beancounters']).status).toBe(0);
    expect(read[0]?.match(/^ +\d+:/gm)).toEqual(['      101:']);
    expect(runDone(vzctl, ['exec', 'web2', 'cat', '/proc/user_beancounters'])).toEqual({ kind: 'done', status: 31, output: 'Container is not running\n' });
  });
});

describe('/proc/user_beancounters on the virtuozzo preset', () => {
  test("a container's numproc is its processes against its pids limit, and privvmpages' barrier its memory limit", () => {
    const s = loadPreset('virtuozzo');
    if (!s) throw new Error('virtuozzo preset missing');
    const limited: Scenario = { ...s, guests: s.guests.map((g) => (g.name === 'site1' ? { ...g, limits: { pids: 64, memoryMiB: 200 } } : g)) };
    const out = typedInto(limited, { platform: 'container', console: 'manager', atS: 30 }, ['vzctl exec 101 ps ax | wc -l', 'vzctl exec 101 cat /proc/user_beancounters', 'cat /proc/user_beancounters | grep -c kmemsize']);
    const psLines = Number(/# vzctl exec 101 ps ax \| wc -l\n(\d+)\n/.exec(out)?.[1]);
    expect(out).toMatch(new RegExp(`\\n {12}numproc +${psLines - 1} +\\d+ +64 +64 +0\\n`));
    expect(out).toMatch(/\n {12}privvmpages +\d+ +\d+ +51200 +51200 +0\n/);
    expect(out).toMatch(/\n {6}101: {2}kmemsize +4194304 /);
    expect(out).toContain('# cat /proc/user_beancounters | grep -c kmemsize\n5\n');
  });
});
