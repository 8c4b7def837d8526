import { describe, expect, test } from 'vitest';
import { typedInto } from '../preset-console.fixture.ts';
import { guest, testScenario } from '../memory/test-host.ts';
import type { Scenario } from '../scenario/schema.ts';

/** An idle Linux guest (CentOS 6: vm_dirty_ratio 20) on a 2009 host with 4 GiB and a hard disk. */
function oneGuestOnHardDisk(memoryMiB = 512): Scenario {
  const s = testScenario([guest('q', 'idle', { memoryMiB })]);
  return { ...s, host: { ...s.host, disk: 'hdd' } };
}

/** fio's io= figure, MiB, and its IOPS. */
function fioRun(out: string): { mib: number; iops: number } {
  const io = /io=([\d.]+)MiB/.exec(out);
  const iops = /IOPS=(\d+)/.exec(out);
  if (!io || !iops) throw new Error(`no fio summary in:\n${out}`);
  return { mib: Number(io[1]), iops: Number(iops[1]) };
}

const RANDWRITE = (direct: 0 | 1): string => `fio --name=w --rw=randwrite --bs=4k --direct=${direct} --runtime=60`;

describe("the dirty limit: a buffered writer waits for writeback once its kernel's dirty page cache is full", () => {
  test('buffered random writes on a hard disk go at memory speed until 20 % of the memory is dirty, then at the disk’s speed', () => {
    const s = oneGuestOnHardDisk();
    // On its own server the guest's kernel has the host's 4 GiB: 819 MiB may be dirty.
    const buffered = fioRun(typedInto(s, { platform: 'native', console: 'q', atS: 30 }, [RANDWRITE(0)]));
    const direct = fioRun(typedInto(s, { platform: 'native', console: 'q', atS: 30 }, [RANDWRITE(1)]));
    const limitMiB = 0.2 * 4096;
    expect(buffered.mib).toBeGreaterThan(limitMiB);
    // Past the limit, what more it wrote in the minute is what the disk wrote for it.
    const beyond = buffered.mib - limitMiB;
    const diskMiB = (direct.iops * 60 * 4096) / (1024 * 1024);
    expect(beyond / diskMiB).toBeGreaterThan(0.6);
    expect(beyond / diskMiB).toBeLessThan(1.4);
  });

  test("a VM's kernel has only the VM's memory to fill: the same writer is held to the disk's speed sooner", () => {
    const s = oneGuestOnHardDisk(512);
    const vm = fioRun(typedInto(s, { platform: 'bare-metal', console: 'q', atS: 30 }, [RANDWRITE(0)]));
    const server = fioRun(typedInto(s, { platform: 'native', console: 'q', atS: 30 }, [RANDWRITE(0)]));
    expect(vm.mib).toBeLessThan(0.2 * 512 + 60);
    expect(server.mib / vm.mib).toBeGreaterThan(4);
  });
});
