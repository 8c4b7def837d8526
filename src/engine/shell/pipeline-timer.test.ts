import { describe, expect, test } from 'vitest';
import { PlatformEngine } from '../platform-engine.ts';
import { loadPreset } from '../scenario/presets.ts';
import type { PlatformKind } from '../scenario/schema.ts';
import { typedInto } from '../preset-console.fixture.ts';

function typed(preset: string, platform: PlatformKind, console: string, atS: number, commands: string[]): string {
  return typedInto(preset, { platform, console, atS }, commands);
}

/** The three times bash's `time` printed last, in seconds. */
function times(out: string): { real: number; user: number; sys: number } {
  const m = /\nreal\t(\d+)m([\d.]+)s\nuser\t(\d+)m([\d.]+)s\nsys\t(\d+)m([\d.]+)s\n(?![\s\S]*\nreal\t)/.exec(out);
  if (!m) throw new Error(`no times in: ${out}`);
  const s = (i: number): number => Number(m[i]) * 60 + Number(m[i + 1]);
  return { real: s(1), user: s(3), sys: s(5) };
}

describe("bash's time keyword", () => {
  test('times the pipeline after it: real in virtual time, and no CPU for commands that start no task; a cd in it stays', () => {
    const out = typed('bt-vs-hardware-assist', 'native', 'forks', 30, ['cd /tmp; time sleep 1; pwd', 'time']);
    expect(out).toContain('time sleep 1; pwd\n\nreal\t0m1.000s\nuser\t0m0.000s\nsys\t0m0.000s\n/tmp\n');
    expect(out).toMatch(/# time\n\nreal\t0m0\.000s\nuser\t0m0\.000s\nsys\t0m0\.000s\n/);
  });

  test("a guest's accounting charges its process the time its vCPU spent in the layers below as sys; a paravirtual guest's too (only waiting is stolen)", () => {
    const native = times(typed('bt-vs-hardware-assist', 'native', 'forks', 30, ['time lat_proc fork']));
    // VT-x with shadow page tables: every page-table write of fork is an exit the guest cannot see.
    const shadow = times(typed('bt-vs-hardware-assist', 'bare-metal', 'forks', 30, ['time lat_proc fork']));
    expect(shadow.sys).toBeGreaterThan(10 * native.sys);
    expect(shadow.user).toBeCloseTo(native.user, 2);
    // Xen's paravirtual guest: Xen validating fork's page-table updates is the vCPU running
    // (xen_steal_clock counts only runnable and offline time), so it is the process's sys.
    const xenNative = times(typed('xen', 'native', 'compute', 150, ['time lat_proc fork']));
    const pv = times(typed('xen', 'bare-metal', 'compute', 150, ['time lat_proc fork']));
    expect(pv.real).toBeGreaterThan(2 * xenNative.real);
    expect(pv.sys).toBeGreaterThan(1.5 * xenNative.sys);
  });

  test('Ctrl-C stops the timed command and bash still prints its times', () => {
    const scenario = loadPreset('bt-vs-hardware-assist');
    if (!scenario) throw new Error('preset missing');
    const engine = new PlatformEngine(scenario, 'native');
    engine.advanceTo(30e9);
    const c = engine.openConsole('forks');
    if ('error' in c) throw new Error(c.error);
    engine.advanceTo(engine.now);
    engine.read(c.id);
    engine.write(c.id, 'time sleep 10\r');
    engine.advanceTo(engine.now + 2e9);
    engine.write(c.id, '\x03');
    engine.advanceTo(engine.now);
    const t = times(engine.read(c.id).replace(/\r/g, ''));
    expect(t.real).toBeCloseTo(2, 1);
  });
});

describe("Solaris' time(1)", () => {
  test('prints tenths with leading zeros as spaces (h:mm:ss.t once minutes show), -p in POSIX format, and needs a utility', () => {
    const out = typed('solaris-containers', 'container', 'web', 30, ['time sleep 1', 'time sleep 65', 'time -p sleep 2', 'time', 'echo status $?']);
    expect(out).toContain('web# time sleep 1\n\nreal        1.0\nuser        0.0\nsys         0.0\n');
    expect(out).toContain('web# time sleep 65\n\nreal     1:05.0\nuser        0.0\nsys         0.0\n');
    expect(out).toContain('web# time -p sleep 2\n\nreal 2.00\nuser 0.00\nsys 0.00\n');
    expect(out).toContain('web# time\nusage: time [-p] utility [argument...]\nweb# echo status $?\nstatus 1\n');
  });
});
