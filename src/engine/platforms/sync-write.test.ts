import { describe, expect, test } from 'vitest';
import { L } from '../metrics/layers.ts';
import { firstGuestPaths as paths, firstGuestResult } from '../memory/test-host.ts';
import { defaultScenario } from '../scenario/default-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';

/** One disk-bound Linux database (a synchronous commit and a page read per transaction) on a 15K SCSI host. */
function scenario(hostedDisk: 'file' | 'raw' = 'file'): Scenario {
  const base = defaultScenario();
  return {
    ...base,
    host: { ...base.host, disk: 'hdd' },
    platforms: {
      ...base.platforms,
      hosted: { hostOs: 'linux', technique: 'binary-translation', devices: 'emulated', disk: hostedDisk },
      'bare-metal': { style: 'xen', guestMode: 'paravirtual', paging: 'shadow' },
    },
    guests: [{ name: 'db', os: 'linux', vcpus: 1, memoryMiB: 1024, workload: { kind: 'oltp' } }],
  };
}



describe('a synchronous write waits for every layer that must make it durable', () => {
  test('on a hosted VM’s disk file it also waits for the host file system’s journal commit, done by the host kernel', () => {
    const p = paths(scenario('file'), 'hosted');
    expect(p.syncWrite.deviceWrites).toBe(1);
    expect(p.syncWrite.cpu.ns[L.hostKernel]).toBeGreaterThan(0);
  });

  test('on a raw partition, natively, on Xen’s split drivers and in a container the request is the whole path', () => {
    expect(paths(scenario('raw'), 'hosted').syncWrite.deviceWrites).toBe(0);
    for (const kind of ['native', 'bare-metal', 'container'] as const) {
      const p = paths(scenario(), kind);
      expect(p.syncWrite.deviceWrites).toBe(0);
      expect(p.syncWrite.cpu.total()).toBe(0);
    }
  });

  test('a disk-bound database loses to the journal commits on a hosted disk file, not on a raw partition or on Xen', () => {
    const native = firstGuestResult(scenario(), 'native', 30).throughput.perSecond;
    const file = firstGuestResult(scenario('file'), 'hosted', 30).throughput.perSecond;
    const raw = firstGuestResult(scenario('raw'), 'hosted', 30).throughput.perSecond;
    const xen = firstGuestResult(scenario(), 'bare-metal', 30).throughput.perSecond;
    // Two device requests per transaction natively, three through the host file system.
    expect(file / native).toBeLessThan(0.75);
    expect(file / native).toBeGreaterThan(0.6);
    expect(raw / native).toBeGreaterThan(0.95);
    expect(xen / native).toBeGreaterThan(0.95);
  });
});
