import { describe, expect, test } from 'vitest';
import { typedInto } from '../preset-console.fixture.ts';

/** The last report's columns of `vmstat 1 3`: us, sy, id, wa, st. */
function lastVmstat(out: string): { us: number; sy: number; st: number } {
  const rows = out.split('\n').filter((l) => /^\s*\d+(\s+\d+){16}\s*$/.test(l));
  const f = (rows.at(-1) ?? '').trim().split(/\s+/).map(Number);
  return { us: f[12] as number, sy: f[13] as number, st: f[16] as number };
}

describe("a Xen guest's own CPU times", () => {
  test("Xen's work on a vCPU's behalf is that vCPU running, not stolen: the guest's us + sy is what xentop says it used", () => {
    const vm = lastVmstat(typedInto('xen', { platform: 'bare-metal', console: 'web', atS: 120 }, ['vmstat 1 3']));
    const xentop = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 123 }, ['xentop -b -i 1']);
    const cpu = Number(/^\s*web\s+\S+\s+\d+\s+([\d.]+)/m.exec(xentop)?.[1]);
    expect(cpu).toBeGreaterThan(20);
    expect(Math.abs(vm.us + vm.sy - cpu)).toBeLessThan(10);
    // Stolen is only the time its vCPU waited for a core (xen_steal_clock: runnable + offline).
    expect(vm.st).toBeLessThan(100 - cpu + 5);
  });
});
