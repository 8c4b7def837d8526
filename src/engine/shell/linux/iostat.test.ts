import { describe, expect, test } from 'vitest';
import { typedInto } from '../../preset-console.fixture.ts';
import { guest, testScenario, XEN } from '../../memory/test-host.ts';
import type { GuestSpec, Scenario } from '../../scenario/schema.ts';

const EXTENDED = ['rrqm/s', 'wrqm/s', 'r/s', 'w/s', 'rsec/s', 'wsec/s', 'avgrq-sz', 'avgqu-sz', 'await', 'svctm', '%util'] as const;
type Extended = Record<(typeof EXTENDED)[number], number>;

const AVG_CPU = 'avg-cpu:  %user   %nice %system %iowait  %steal   %idle\n';
const BLOCKS = 'Device:            tps   Blk_read/s   Blk_wrtn/s   Blk_read   Blk_wrtn\n';

const direct = (rw: 'randread' | 'randwrite'): Partial<GuestSpec> => ({ workload: { kind: 'fio', rw, bs: 4096, direct: true } });

/** One fio job reading at random and one writing at random, each with O_DIRECT, on one 2009 host's hard disk; an idle guest beside them. */
function twoJobsOneDisk(): Scenario {
  const s = testScenario([guest('reader', 'fio', direct('randread')), guest('writer', 'fio', direct('randwrite')), guest('quiet', 'idle')], { bareMetal: XEN });
  return { ...s, host: { ...s.host, disk: 'hdd' } };
}

const withDocker = (s: Scenario): Scenario => ({ ...s, platforms: { ...s.platforms, container: { product: 'docker', hostOs: 'linux', network: 'nat', storage: 'overlay' } } });

/** The last extended report's line for `device`. */
function lastExtended(out: string, device: string): Extended {
  const lines = out.split('\n').filter((l) => l.startsWith(`${device} `));
  const last = lines[lines.length - 1];
  if (!last) throw new Error(`no ${device} line in:\n${out}`);
  return Object.fromEntries(last.trim().split(/ +/).slice(1).map((v, i) => [EXTENDED[i], Number(v)])) as Extended;
}

describe("iostat: each kernel's view of its disk", () => {
  test("sysstat 9.0.4's layout: the banner, avg-cpu, the disk in 512-byte blocks (or kB, or -x's extended columns); its usage for a bad option", () => {
    const out = typedInto(twoJobsOneDisk(), { platform: 'native', console: 'quiet', atS: 60 }, ['iostat', 'iostat -d -k', 'iostat -x -c', 'iostat -V', 'iostat -q']);
    // The banner's date is the scenario's calendar: a 2009 host whose era's newest kernel was built in 2012.
    expect(out).toContain(`(quiet) \t01/01/2013 \t_x86_64_\t(4 CPU)\n\n${AVG_CPU}`);
    expect(out).toMatch(/# iostat\nLinux 2\.6\.\S+ \(quiet\)/);
    expect(out).toMatch(/%idle\n {9}( +\d+\.\d\d){6}\n\n/);
    expect(out).toContain(BLOCKS);
    expect(out).toMatch(/\nsda {10} +\d+\.\d\d +\d+\.\d\d +\d+\.\d\d +\d+ +\d+\n\n/);
    expect(out).toContain('Device:            tps    kB_read/s    kB_wrtn/s    kB_read    kB_wrtn\n');
    expect(out).toMatch(/# iostat -x -c\nLinux [^\n]+\n\navg-cpu:[^\n]+\n[^\n]+\n\n[^\n]*# iostat -V/);
    expect(out).toContain('sysstat version 9.0.4\n');
    expect(out).toMatch(/# iostat -q\nUsage: iostat \[ options \] \[ <interval> \[ <count> \] \]\n/);
    const extended = typedInto(twoJobsOneDisk(), { platform: 'native', console: 'quiet', atS: 60 }, ['iostat -x']);
    expect(extended).toContain('Device:         rrqm/s   wrqm/s     r/s     w/s   rsec/s   wsec/s avgrq-sz avgqu-sz   await  svctm  %util\n');
  });

  test('a random reader alone on its dedicated server: one request at a time, each waiting only its own service', () => {
    const own = lastExtended(typedInto(twoJobsOneDisk(), { platform: 'native', console: 'reader', atS: 60 }, ['iostat -x 5 2']), 'sda');
    expect(own['r/s']).toBeGreaterThan(100);
    expect(own['w/s']).toBe(0);
    expect(own['avgqu-sz']).toBeCloseTo(1, 1);
    expect(own.await).toBeCloseTo(own.svctm, 1);
    expect(own['%util']).toBeGreaterThan(99);
    expect(own['avgrq-sz']).toBe(8);
  });

  test("sharing the disk: a VM sees its virtual disk always busy and slow, its neighbour's requests hidden; the host's kernel — dom0, a Docker container's — sees both jobs queued", () => {
    const s = twoJobsOneDisk();
    const alone = lastExtended(typedInto(s, { platform: 'native', console: 'reader', atS: 60 }, ['iostat -x 5 2']), 'sda');
    const vm = lastExtended(typedInto(s, { platform: 'bare-metal', console: 'reader', atS: 60 }, ['iostat -x 5 2']), 'xvda');
    expect(vm['w/s']).toBe(0);
    expect(vm['%util']).toBeGreaterThan(99);
    expect(vm.await / alone.await).toBeGreaterThan(1.8);
    // The VM cannot see the queue at the physical disk: every request looks served for as long as it waited.
    expect(vm.svctm).toBeCloseTo(vm.await, 0);
    const dom0 = lastExtended(typedInto(s, { platform: 'bare-metal', console: 'manager', atS: 60 }, ['iostat -x 5 2']), 'sda');
    const container = lastExtended(typedInto(withDocker(s), { platform: 'container', console: 'quiet', atS: 60 }, ['iostat -x 5 2']), 'sda');
    for (const host of [dom0, container]) {
      expect(host['r/s']).toBeGreaterThan(50);
      expect(host['w/s']).toBeGreaterThan(50);
      expect(host['avgqu-sz']).toBeCloseTo(2, 1);
      expect(host.svctm).toBeCloseTo(host.await / 2, 0);
    }
  });

  test("under a hosted VMM the host's disk takes a journal commit of its own for each of the VM's synchronous writes to its disk file", () => {
    const s = twoJobsOneDisk();
    const vm = lastExtended(typedInto(s, { platform: 'hosted', console: 'writer', atS: 60 }, ['iostat -x 5 2']), 'sda');
    const host = lastExtended(typedInto(s, { platform: 'hosted', console: 'manager', atS: 60 }, ['iostat -x 5 2']), 'sda');
    expect(vm['w/s']).toBeGreaterThan(10);
    expect(host['w/s'] / vm['w/s']).toBeCloseTo(2, 1);
  });

  test("the xen preset at 150 s, as the hidden-queue lab asks: the database domain measures twice the service time dom0 does, and dom0's extra writes are the file server's", () => {
    const at = { platform: 'bare-metal', atS: 150 } as const;
    const db = lastExtended(typedInto('xen', { ...at, console: 'db' }, ['iostat -d -x 5 2']), 'xvda');
    const files = lastExtended(typedInto('xen', { ...at, console: 'files' }, ['iostat -d -x 5 2']), 'xvda');
    const dom0 = lastExtended(typedInto('xen', { ...at, console: 'manager' }, ['iostat -d -x 5 2']), 'sda');
    expect(Math.abs(db.svctm - 11.2)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(dom0.svctm - 5.8)).toBeLessThanOrEqual(1);
    expect(db['%util']).toBeGreaterThan(99);
    expect(dom0['r/s']).toBeCloseTo(db['r/s'], 0);
    expect(dom0['w/s']).toBeCloseTo(db['w/s'] + files['w/s'], 0);
  });
});
