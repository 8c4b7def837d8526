import { describe, expect, test } from 'vitest';
import { plainText } from '../headless-shell.ts';
import { MANAGER, PlatformEngine } from '../platform-engine.ts';
import { loadPreset } from '../scenario/presets.ts';

function hostedClassroom() {
  const scenario = loadPreset('classroom-default');
  if (!scenario) throw new Error('classroom-default preset missing');
  const engine = new PlatformEngine(scenario, 'hosted');
  engine.advanceTo(50e9);
  const opened = engine.openConsole(MANAGER);
  if ('error' in opened) throw new Error(opened.error);
  const type = (line: string): string => {
    engine.write(opened.id, `${line}\r`);
    engine.advanceTo(engine.now);
    return plainText(engine.read(opened.id));
  };
  engine.read(opened.id);
  return { engine, id: opened.id, type };
}

describe("the management host's console when the host crashes", () => {
  test('dies with a host kernel panic, drops what is typed, and gives a new shell once the host has rebooted, its uptime from then', () => {
    const { engine, id, type } = hostedClassroom();
    expect(type('uptime')).toMatch(/up 0 min/);
    engine.advanceTo(60e9);
    expect(engine.injectFault('kernel-panic', null)).toMatchObject({ applicable: true });
    engine.advanceTo(65e9);
    const down = plainText(engine.read(id));
    const back = /rebooted, at ([\d.]+) s\]/.exec(down);
    expect(back).not.toBeNull();
    expect(down).toContain('[host OS crashed at 60.000 s: this console is gone until the host has rebooted');
    expect(type('uptime')).toBe('');
    expect(engine.busy(id)).toBe(false);
    engine.advanceTo(Number(back?.[1]) * 1e9 + 120e9);
    expect(plainText(engine.read(id))).toContain(`[the host rebooted at ${back?.[1]} s]`);
    // A new login: up two minutes since the reboot, not since 0.
    expect(type('uptime')).toMatch(/up 2 min/);
    expect(engine.recording().filter((r) => r.line === 'uptime').map((r) => r.atNs)).toEqual([50e9, Number(back?.[1]) * 1e9 + 120e9]);
  });

  test("the page's faults and restarts still act while it is down, and a recording of them replays the same run", () => {
    const { engine } = hostedClassroom();
    engine.advanceTo(60e9);
    engine.injectFault('kernel-panic', null);
    engine.advanceTo(62e9);
    expect(engine.injectFault('guest-panic', 'web1')).toMatchObject({ kind: 'guest-panic' });
    expect(engine.restartGuest('web1')).toBeNull();
    engine.advanceTo(300e9);
    const again = new PlatformEngine(loadPreset('classroom-default')!, 'hosted');
    again.replay(engine.recording());
    again.advanceTo(300e9);
    expect(JSON.stringify(again.results())).toBe(JSON.stringify(engine.results()));
    expect(again.sim.faults.results().map((f) => f.kind)).toEqual(['kernel-panic', 'guest-panic']);
  });
});
