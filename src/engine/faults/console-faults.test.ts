import { describe, expect, test } from 'vitest';
import { MANAGER, PlatformEngine } from '../platform-engine.ts';
import type { PlatformKind } from '../scenario/schema.ts';
import { faultScenario } from './testing/fault-scenario.ts';

/** Opens a console on `target` at 5 s (every guest is up), types `line`, and returns what it printed. */
function typeAt(kind: PlatformKind, target: string, line: string, pids?: number): { engine: PlatformEngine; out: string } {
  const engine = new PlatformEngine(faultScenario(pids ? { pids } : {}), kind);
  engine.advanceTo(5e9);
  const opened = engine.openConsole(target);
  if ('error' in opened) throw new Error(opened.error);
  engine.read(opened.id);
  engine.write(opened.id, `${line}\r`);
  engine.advanceTo(5.001e9);
  return { engine, out: engine.read(opened.id) };
}

const state = (e: PlatformEngine, name: string): string | undefined => e.results().guests.find((g) => g.name === name)?.state;

describe('echo c > /proc/sysrq-trigger', () => {
  test.each(['hosted', 'bare-metal'] as const)("in a %s VM panics that guest's kernel only", (kind) => {
    const { engine, out } = typeAt(kind, 'web1', 'echo c > /proc/sysrq-trigger');
    expect(out).toContain('Kernel panic - not syncing: sysrq triggered crash');
    expect(out).toContain('[web1 crashed: kernel panic');
    expect(state(engine, 'web1')).toBe('crashed');
    expect(state(engine, 'build')).toBe('running');
    expect(engine.results().faults?.[0]?.kind).toBe('guest-panic');
  });

  test('in a container is refused, and the record says a container has no kernel to panic', () => {
    const { engine, out } = typeAt('container', 'web1', 'echo c > /proc/sysrq-trigger');
    expect(out).toContain('bash: /proc/sysrq-trigger: Permission denied');
    expect(state(engine, 'web1')).toBe('running');
    const f = engine.results().faults?.[0];
    expect(f?.applicable).toBe(false);
    expect(f?.effect).toContain('no kernel of its own');
  });

  test("on the hosted platform's host console panics the host OS: every VM goes down", () => {
    const { engine } = typeAt('hosted', MANAGER, 'echo c > /proc/sysrq-trigger');
    expect(engine.results().guests.map((g) => g.state)).toEqual(['crashed', 'crashed', 'crashed']);
    expect(engine.results().faults?.[0]?.kind).toBe('kernel-panic');
  });

  test("in Xen's dom0 is a driver-domain crash: every guest's I/O waits, none goes down", () => {
    const { engine } = typeAt('bare-metal', MANAGER, 'echo c > /proc/sysrq-trigger');
    const f = engine.results().faults?.[0];
    expect(f?.kind).toBe('driver-domain-crash');
    expect(f?.down).toEqual([]);
    expect(f?.stalled).toContain('web1');
  });

  test('a crashed guest restarts from the management console, and the recovery time is measured', () => {
    const { engine } = typeAt('bare-metal', 'web1', 'echo c > /proc/sysrq-trigger');
    engine.advanceTo(8e9);
    expect(engine.results().faults?.[0]?.recoveryMs).toBeNull();
    expect(engine.manager.start('web1')).toBeNull();
    engine.advanceTo(20e9);
    expect(state(engine, 'web1')).toBe('running');
    const recovery = engine.results().faults?.[0]?.recoveryMs as number;
    // Three seconds down before the restart, then its firmware and boot.
    expect(recovery).toBeGreaterThan(3000);
    expect(recovery).toBeLessThan(15_000);
  });
});

describe('the bash fork bomb typed into a console', () => {
  test('in a container without a process limit fills the shared kernel: the build next door stalls', () => {
    const { engine, out } = typeAt('container', 'web1', ':(){ :|:& };:');
    expect(out).toContain("no process limit: the shared kernel's process table (32768) is full");
    engine.advanceTo(25e9);
    const before = engine.results().guests.find((g) => g.name === 'build')?.throughput.perSecond as number;
    engine.advanceTo(35e9);
    const after = engine.results().guests.find((g) => g.name === 'build')?.throughput.perSecond as number;
    expect(after).toBeLessThan(before);
    expect(engine.results().faults?.[0]?.stalled).toEqual(['build']);
  });

  test('in a container with a pids limit is contained', () => {
    const { out } = typeAt('container', 'web1', 'bomb(){ bomb|bomb& };bomb', 512);
    expect(out).toContain('pids limit: 512 — contained');
  });

  test('is recorded as a typed line, so a replay repeats it exactly', () => {
    const { engine } = typeAt('container', 'web1', ':(){ :|:& };:');
    engine.advanceTo(20e9);
    const again = new PlatformEngine(faultScenario(), 'container');
    again.replay(engine.recording());
    again.advanceTo(20e9);
    expect(JSON.stringify(again.results())).toBe(JSON.stringify(engine.results()));
  });
});

describe('from the management console', () => {
  test("Xen's xm dump-core -C crashes the domain after dumping it", () => {
    const { engine, out } = typeAt('bare-metal', MANAGER, 'xm dump-core -C web1');
    expect(out).toContain('domain crashed after the dump');
    expect(state(engine, 'web1')).toBe('crashed');
    expect(state(engine, 'build')).toBe('running');
  });

  test('inject-fault reports a kind that does not apply here, and changes nothing', () => {
    const { engine, out } = typeAt('container', MANAGER, 'inject-fault hypervisor-fault');
    expect(out).toContain('hypervisor-fault: not applicable here: containers have no hypervisor');
    expect(engine.results().guests.map((g) => g.state)).toEqual(['running', 'running', 'running']);
  });

  test("the page's fault and restart are typed lines: a replay repeats both at their instants", () => {
    const engine = new PlatformEngine(faultScenario(), 'hosted');
    engine.advanceTo(6e9);
    const r = engine.injectFault('guest-panic', 'web1');
    expect('error' in r ? r.error : r.down).toEqual(['web1']);
    engine.advanceTo(9e9);
    expect(engine.restartGuest('web1')).toBeNull();
    expect(engine.restartGuest('web1')).toBe('web1 is booting');
    engine.advanceTo(30e9);
    expect(engine.recording().map((l) => [l.atNs, l.target, l.line])).toEqual([
      [6e9, MANAGER, 'inject-fault guest-panic web1'],
      [9e9, MANAGER, 'restart-guest web1'],
    ]);
    const again = new PlatformEngine(faultScenario(), 'hosted');
    again.replay(engine.recording());
    again.advanceTo(30e9);
    expect(JSON.stringify(again.results())).toBe(JSON.stringify(engine.results()));
    expect(again.results().faults?.[0]?.recoveryMs).toBeGreaterThan(3000);
  });
});
