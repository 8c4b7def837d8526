import { describe, expect, test } from 'vitest';
import { typedInto } from '../preset-console.fixture.ts';
import { guest, testScenario } from '../memory/test-host.ts';
import type { GuestSpec } from '../scenario/schema.ts';

const FIO_RANDREAD: GuestSpec['workload'] = { kind: 'fio', rw: 'randread', bs: 4096, direct: true };

function oneMinute(out: string): number {
  const m = /^(\d+\.\d\d) \d+\.\d\d \d+\.\d\d/m.exec(out);
  if (!m) throw new Error(out);
  return Number(m[1]);
}

describe("Linux's load average counts processes waiting for the disk (D) with the runnable ones", () => {
  test('one fio job that mostly waits for its disk: a load near 1 while its vCPU is mostly idle', () => {
    const s = testScenario([guest('disk', 'idle', { workload: FIO_RANDREAD })]);
    const load = oneMinute(typedInto(s, { platform: 'bare-metal', console: 'disk', atS: 300 }, ['cat /proc/loadavg']));
    expect(load).toBeGreaterThan(0.9);
    expect(load).toBeLessThan(1.05);
  });

  test("the VM's vCPU does not wait for the disk: the hosted VMM's host counts only its runnable vCPU", () => {
    const s = testScenario([guest('disk', 'idle', { workload: FIO_RANDREAD })]);
    const host = oneMinute(typedInto(s, { platform: 'hosted', console: 'manager', atS: 300 }, ['cat /proc/loadavg']));
    expect(host).toBeLessThan(0.5);
  });
});
