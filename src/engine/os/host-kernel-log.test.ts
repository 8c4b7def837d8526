import { describe, expect, test } from 'vitest';
import { typedInto } from '../preset-console.fixture.ts';

describe("the management host's kernel log", () => {
  test("a Linux management host's dmesg is its kernel's boot on the physical server: dom0 boots paravirtualized with its own memory", () => {
    const host = typedInto('classroom-default', { platform: 'hosted', console: 'manager', atS: 30 }, ['dmesg']);
    expect(host).toContain('\nLinux version 2.6.32-71.el6.x86_64 ');
    expect(host).toContain('\nMemory: 8388608k available\n');
    expect(host).toContain('\nTotal of 4 processors activated\n');
    const dom0 = typedInto('xen', { platform: 'bare-metal', console: 'manager', atS: 30 }, ['dmesg']);
    expect(dom0).toContain('\nBooting paravirtualized kernel on Xen\n');
    expect(dom0).toContain('\nMemory: 524288k available\n');
  });
});
