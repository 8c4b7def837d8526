import { describe, expect, test } from 'vitest';
import { typedInto } from '../../../preset-console.fixture.ts';
import { guest, testScenario } from '../../../memory/test-host.ts';

describe("esxtop's %RDY: time a VM's vCPUs were ready while every physical CPU was busy", () => {
  test('three one-vCPU compute VMs on two cores: each runs two thirds of the time and is ready the other third', () => {
    const s = testScenario([guest('a', 'cpu-int'), guest('b', 'cpu-int'), guest('c', 'cpu-int')], { cores: 2 });
    const out = typedInto(s, { platform: 'bare-metal', console: 'manager', atS: 60 }, ['esxtop -b -n 2 -d 10']);
    const rows = out.split('\n').filter((l) => l.startsWith('"01/'));
    const last = (rows[1] ?? '').split(',').map((v) => Number(v.replace(/"/g, '')));
    // Columns: time, then % Used and % Ready of the console and of a, b and c.
    const [aUsed, aReady, bUsed, bReady, cUsed, cReady] = last.slice(3);
    // %USED is each VM's last second (the 50 ms slices make it wander a few per cent); together they fill both cores.
    expect((aUsed ?? 0) + (bUsed ?? 0) + (cUsed ?? 0)).toBeCloseTo(200, -1);
    for (const ready of [aReady, bReady, cReady]) {
      expect(ready).toBeGreaterThan(31);
      expect(ready).toBeLessThan(35.5);
    }
  });

  test('alone on the host a VM is never ready without running: %RDY 0', () => {
    const s = testScenario([guest('a', 'cpu-int')], { cores: 2 });
    const out = typedInto(s, { platform: 'bare-metal', console: 'manager', atS: 30 }, ['esxtop -n 1']);
    expect(out).toMatch(/ID +GID NAME +%USED +%RDY\n/);
    expect(out).toMatch(/^ +1 +1 a +\d+\.\d\d +0\.00$/m);
  });
});
