import { describe, expect, test } from 'vitest';
import { typedInto } from '../preset-console.fixture.ts';

describe("dom0's own view of its back-end work", () => {
  test('top in dom0 shows the busy back-end and a load, where xentop shows Domain-0 working', () => {
    const xentop = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 120 }, ['xentop -b -i 1']);
    const dom0Cpu = Number(/^\s*Domain-0\s+\S+\s+\d+\s+([\d.]+)/m.exec(xentop)?.[1]);
    expect(dom0Cpu).toBeGreaterThan(10);
    const top = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 120 }, ['top -b -n 2 -d 1']);
    // The second report is the last second's: the back-end threads' shares add up to Domain-0's.
    const second = top.slice(top.lastIndexOf('top - '));
    const backEnds = [...second.matchAll(/^\s*\d+\s+root(?:\s+\S+){6}\s+([\d.]+)\s+\S+\s+\S+\s+\[blkback\./gm)].map((m) => Number(m[1]));
    expect(backEnds.length).toBeGreaterThan(1);
    expect(Math.abs(backEnds.reduce((a, b) => a + b, 0) - dom0Cpu)).toBeLessThan(5);
    expect(Number(/load average: ([\d.]+)/.exec(second)?.[1])).toBeGreaterThan(0);
    // Two vCPUs: one busy fifth of a CPU is a tenth of dom0's.
    expect(Number(/Cpu\(s\):\s+[\d.]+%us,\s+([\d.]+)%sy/.exec(second)?.[1])).toBeLessThan(dom0Cpu * 0.75);
  });
});
