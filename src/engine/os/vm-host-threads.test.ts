/**
 * A VM host's I/O wait and vmstat's b: Linux counts an idle CPU as I/O wait only while a task
 * that slept on it waits for a block device. A VM's own I/O wait (its vCPU halted while its
 * process waits for its virtual disk) is an idle thread to the host; the VM's I/O thread,
 * blocked at the host's disk, is the host's.
 */
import { describe, expect, test } from 'vitest';
import { typedInto } from '../preset-console.fixture.ts';
import type { PlatformKind } from '../scenario/schema.ts';
import { hostAt } from './management-host.fixture.ts';

/** vmstat's r, b, id and wa in its last report. */
function lastVmstat(out: string): { r: number; b: number; id: number; wa: number } {
  const rows = out.split('\n').filter((l) => /^ *\d+ +\d+ +\d+/.test(l));
  const v = (rows[rows.length - 1] ?? '').trim().split(/ +/).map(Number);
  return { r: v[0] ?? NaN, b: v[1] ?? NaN, id: v[14] ?? NaN, wa: v[15] ?? NaN };
}

describe("a VM host's I/O wait is its I/O threads' at its disk", () => {
  test.each<[string, PlatformKind]>([
    ['virtualbox', 'hosted'],
    ['kvm', 'bare-metal'],
  ])('%s on %s: the host counts as I/O wait one idle CPU per VM with requests at its disk, not the VMs’ own I/O wait', (preset, kind) => {
    const { e, host } = hostAt(preset, kind, 120e9);
    const t = host.cpuTimes();
    const atDisk = e.sim.guests.reduce((a, g) => a + g.disk.busyAt(e.now), 0);
    const guestsOwn = e.sim.guests.reduce((a, g) => a + g.ioWaitNs, 0);
    expect(guestsOwn).toBeGreaterThan(atDisk);
    expect(t.iowait).toBeCloseTo(atDisk, -6);
    expect(t.idle).toBeGreaterThan(0.05 * e.sim.scenario.host.cores * e.now);
  });

  test("vmstat's b on the KVM host counts the VMs whose I/O threads wait at the disk, and wa stays within the CPUs they hold", () => {
    const { e } = hostAt('kvm', 'bare-metal', 120e9);
    const atDisk = e.sim.guests.filter((g) => g.disk.busyAt(e.now) > g.disk.busyAt(e.now - 1)).length;
    expect(atDisk).toBeGreaterThan(0);
    const row = lastVmstat(typedInto('kvm', { platform: 'bare-metal', console: 'manager', atS: 120 }, ['vmstat']));
    expect(row.b).toBe(atDisk);
    expect(row.wa).toBeLessThanOrEqual(Math.ceil((100 * e.sim.guests.length) / e.sim.scenario.host.cores));
  });
});

describe("a VM process's resident memory is what the host backs for it", () => {
  test('after virsh setmem, the KVM host’s ps shows qemu-kvm’s RSS at the balloon’s size (virsh dominfo’s Used memory) and the monitor’s own, not the configured 4 GiB', () => {
    const out = typedInto('kvm', { platform: 'bare-metal', console: 'manager', atS: 120 }, ['virsh setmem build 1048576', 'virsh dominfo build', 'ps auxww']);
    const used = Number(/^Used memory:\s+(\d+) KiB/m.exec(out)?.[1]);
    const row = out.split('\n').find((l) => l.includes('qemu-kvm -name build'));
    const [vsz, rss] = (row ?? '').trim().split(/ +/).slice(4, 6).map(Number);
    expect(used).toBeLessThan(4194304);
    expect(rss).toBe(vsz);
    expect(rss).toBeGreaterThanOrEqual(used);
    expect(rss).toBeLessThan(used + 128 * 1024);
  });
});
