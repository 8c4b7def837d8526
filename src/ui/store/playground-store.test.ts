import { afterEach, describe, expect, test } from 'vitest';
import { PLATFORM_KINDS, PlatformWorkerApi, loadPreset, type GuestResult, type PlatformKind, type PlatformResult } from '../../engine/index.ts';
import { hostingServer } from '../../engine/run/hosting-server.fixture.ts';
import { SERIES_LIMIT, compareSnapshots } from '../engine-client/lockstep.ts';
import { until } from '../engine-client/testing/fake-clock.ts';
import { disposePlaygrounds, startPlayground, type TestPlayground } from './testing/test-playground.ts';
import type { Playground } from './playground-state.ts';

afterEach(disposePlaygrounds);

const snapshotTimes = (p: Playground): number[] => PLATFORM_KINDS.map((k) => p.platforms[k].snapshot?.nowNs ?? -1);

/** Collects a console's output. */
function capture(p: TestPlayground, key: string): { text: () => string; off: () => void } {
  let text = '';
  const off = p.state().onConsoleOutput(key, (d) => (text += d));
  return { text: () => text, off };
}

/** A result without the cross-platform comparison, to compare one platform's own figures. */
const own = (r: PlatformResult | undefined): unknown =>
  r && { ...r, guests: r.guests.map((g) => ({ ...g, relativeToNative: null, aloneVsNative: null, sharedVsAlone: null, aboveNative: undefined, explain: undefined })) };

describe('the playground store', () => {
  test('starts on classroom-default, stopped at time 0, every platform at the same instant', async () => {
    const p = await startPlayground();
    const s = p.state();
    expect(s.scenario.name).toBe('classroom-default');
    expect(s.runState).toBe('stopped');
    expect(s.nowNs).toBe(0);
    expect(snapshotTimes(s)).toEqual([0, 0, 0, 0]);
    expect(s.consoles.map((c) => c.title)).toContain('dom0 · bare-metal');
    expect(s.consoles.map((c) => c.key)).toContain('container:web1');
    expect(s.consoles).toHaveLength(4 * (s.scenario.guests.length + 1));
  });

  test('runs the four platforms in lockstep: every snapshot shows the store instant', async () => {
    const p = await startPlayground();
    p.state().run();
    for (let i = 1; i <= 5; i++) {
      await p.tick();
      expect(p.state().nowNs).toBe(i * 1e8);
      expect(snapshotTimes(p.state())).toEqual(Array(4).fill(i * 1e8));
    }
    expect(p.state().series.hosted).toHaveLength(5);
    // Relative figures come from the engine's comparison with native, filled in the store's snapshots.
    const web1 = p.state().platforms.native.snapshot?.result.guests.find((g) => g.name === 'web1');
    expect(web1?.relativeToNative === null || web1?.relativeToNative === 1).toBe(true);
  });

  test('run advances virtual time by speed × wall time, capped per tick', async () => {
    const p = await startPlayground();
    p.state().setSpeed(10);
    p.state().run();
    await p.tick(100);
    expect(p.state().nowNs).toBe(1e9);
    // A tab back from the background: an hour of wall time counts as 250 ms.
    await p.tick(3_600_000);
    expect(p.state().nowNs).toBe(1e9 + 2.5e9);
    p.state().setSpeed(Infinity);
    await p.tick();
    expect(p.state().nowNs).toBe(3.5e9 + 5e9);
  });

  test('step advances once by the given seconds, then stays paused', async () => {
    const p = await startPlayground();
    p.state().run();
    await p.tick();
    await p.state().step(2);
    expect(p.state().runState).toBe('paused');
    expect(p.state().nowNs).toBe(2.1e9);
    expect(snapshotTimes(p.state())).toEqual(Array(4).fill(2.1e9));
    expect(p.loop.pending()).toBe(0);
    p.loop.advance(10_000);
    expect(p.state().nowNs).toBe(2.1e9);
  });

  test('a malformed scenario sets scenarioErrors and keeps the old scenario running', async () => {
    const p = await startPlayground();
    p.state().run();
    await p.tick();
    const bad = { ...loadPreset('classroom-default'), guests: [{ name: 'x', os: 'linux', vcpus: 0, memoryMiB: 1 }] };
    expect(await p.state().loadScenario(bad)).toBe(false);
    expect(p.state().scenarioErrors.length).toBeGreaterThan(0);
    expect(p.state().scenarioErrors.join('\n')).toMatch(/guests\[0\]/);
    expect(p.state().scenario.name).toBe('classroom-default');
    expect(p.state().runState).toBe('running');
    await p.tick();
    expect(p.state().nowNs).toBe(2e8);
    expect(await p.state().loadScenario('not even an object')).toBe(false);
    expect(p.state().nowNs).toBe(2e8);
  });

  test('a valid scenario reloads every platform from time 0 and keeps running', async () => {
    const p = await startPlayground();
    p.state().run();
    await p.tick();
    expect(await p.state().loadScenario(loadPreset('esx-server'))).toBe(true);
    const s = p.state();
    expect(s.scenarioErrors).toEqual([]);
    expect(s.scenario.name).not.toBe('classroom-default');
    expect(s.nowNs).toBe(0);
    expect(s.series.native).toEqual([]);
    expect(s.consoles.find((c) => c.key === 'bare-metal:manager')?.title).toBe('service console · bare-metal');
    await until(() => Object.values(p.state().platforms).every((v) => v.health === 'ok'), 'reloaded platforms');
    await p.tick();
    expect(p.state().nowNs).toBe(1e8);
    expect(snapshotTimes(p.state())).toEqual(Array(4).fill(1e8));
  });

  test('typing into a container shows the host kernel release in its output', async () => {
    const p = await startPlayground();
    await p.state().step(10);
    const web1 = capture(p, 'container:web1');
    const host = capture(p, 'container:manager');
    await until(() => web1.text().includes('#') && host.text().includes('#'), 'both prompts');
    p.state().writeConsole('container:web1', 'uname -r\r');
    p.state().writeConsole('container:manager', 'uname -r\r');
    const release = /uname -r\r\n([^\r\n]+)\r\n/;
    await until(() => release.test(web1.text()) && release.test(host.text()), 'uname output');
    const guestRelease = release.exec(web1.text())?.[1];
    expect(guestRelease).toMatch(/^\d+\.\d+/);
    expect(guestRelease).toBe(release.exec(host.text())?.[1]);
    web1.off();
    host.off();
  });

  test('console output keeps arriving with the ticks while running', async () => {
    const p = await startPlayground();
    const web1 = capture(p, 'hosted:web1');
    p.state().setSpeed(100);
    p.state().run();
    for (let i = 0; i < 4; i++) await p.tick();
    expect(web1.text().length).toBeGreaterThan(0);
    web1.off();
  });

  test('a crashed platform shows crashed while the others keep advancing', async () => {
    const p = await startPlayground();
    p.state().run();
    await p.tick();
    p.handle.faults.crash('hosted');
    expect(p.state().platforms.hosted.health).toBe('crashed');
    expect(p.state().platforms.hosted.problem).toMatch(/terminated/);
    await p.tick();
    await p.tick();
    expect(p.state().nowNs).toBe(3e8);
    expect(snapshotTimes(p.state())).toEqual([3e8, 1e8, 3e8, 3e8]);
  });

  test('a hung platform shows hung after the timeout while the others keep advancing', async () => {
    const p = await startPlayground();
    p.state().run();
    await p.tick();
    p.handle.faults.hang('bare-metal');
    await until(() => p.loop.pending() === 1, 'a scheduled tick');
    p.loop.advance(100);
    await new Promise((r) => setTimeout(r, 20));
    expect(p.state().nowNs).toBe(1e8); // the tick waits for every worker
    p.hangClock.advance(8_000);
    await until(() => p.state().platforms['bare-metal'].health === 'hung', 'hung');
    expect(p.state().platforms['bare-metal'].problem).toMatch(/did not answer advanceTo/);
    await until(() => p.loop.pending() === 1, 'the next tick');
    expect(p.state().nowNs).toBe(2e8);
    await p.tick();
    expect(snapshotTimes(p.state())).toEqual([3e8, 3e8, 1e8, 3e8]);
  });

  test('a restarted platform replays what was typed and rejoins at the same instant with the same results', async () => {
    const p = await startPlayground();
    await p.state().step(20);
    const host = capture(p, 'hosted:manager');
    await until(() => host.text().includes('$') || host.text().includes('#'), 'the manager prompt');
    p.state().writeConsole('hosted:manager', 'uptime\r');
    await until(() => host.text().includes('load average'), 'uptime output');
    p.state().run();
    await p.tick(); // fetches the recording with the entered line
    p.handle.faults.crash('hosted');
    for (let i = 0; i < 3; i++) await p.tick();
    p.state().pause();
    const nowNs = p.state().nowNs;
    expect(p.state().platforms.hosted.snapshot?.nowNs).toBeLessThan(nowNs);

    await p.state().restartPlatform('hosted');
    const view = p.state().platforms.hosted;
    expect(view.health).toBe('ok');
    expect(view.problem).toBeUndefined();
    expect(view.snapshot?.nowNs).toBe(nowNs);
    expect(host.text()).toContain('[restarted: 1 typed line(s) replayed]');

    const fresh = new PlatformWorkerApi();
    fresh.load(p.state().scenario, 'hosted');
    fresh.replay([{ atNs: 20e9, target: 'manager', line: 'uptime' }]);
    expect(JSON.stringify(own(view.snapshot?.result))).toBe(JSON.stringify(own(fresh.advanceTo(nowNs).result)));
    // Back in the lockstep.
    p.state().run();
    await p.tick();
    expect(snapshotTimes(p.state())).toEqual(Array(4).fill(p.state().nowNs));
    host.off();
  });

  test('the series keeps the last SERIES_LIMIT points', async () => {
    const p = await startPlayground();
    p.state().run();
    for (let i = 0; i < SERIES_LIMIT + 5; i++) await p.tick();
    const series = p.state().series.container;
    expect(series).toHaveLength(SERIES_LIMIT);
    expect(series.at(-1)?.tS).toBeCloseTo((SERIES_LIMIT + 5) / 10, 6);
    expect(series[0]?.tS).toBeCloseTo(6 / 10, 6);
  });

  test('past a hundred guests a tick brings a hundred guests\' results in turn; every column keeps all of them, compared, and a series point one number each', async () => {
    const p = await startPlayground();
    expect(await p.state().loadScenario(hostingServer(150))).toBe(true);
    const guestsOf = (k: PlatformKind): readonly GuestResult[] => p.state().platforms[k].snapshot?.result.guests ?? [];
    const loaded = guestsOf('hosted');
    expect(loaded).toHaveLength(150);
    p.state().run();
    await p.tick();
    const first = guestsOf('hosted');
    expect(first).toHaveLength(150);
    expect(first[99]).not.toBe(loaded[99]);
    expect(first[100]).toBe(loaded[100]);
    await p.tick();
    for (const k of PLATFORM_KINDS) {
      const view = p.state().platforms[k].snapshot;
      expect(view?.guests).toEqual({ from: 0, total: 150 });
      expect(view?.result.guests.map((g) => g.name)).toEqual(p.state().scenario.guests.map((g) => g.name));
    }
    const second = guestsOf('hosted');
    expect(second[99]).toBe(first[99]);
    expect(second[100]).not.toBe(first[100]);
    // The window's guests are what the engine gives whole snapshots at that instant, compared with native.
    const nowNs = p.state().nowNs;
    const whole = new Map(
      PLATFORM_KINDS.map((k) => {
        const api = new PlatformWorkerApi();
        api.load(p.state().scenario, k);
        return [k, api.advanceTo(nowNs)];
      }),
    );
    const compared = compareSnapshots(whole, p.state().platforms).get('hosted')?.result.guests ?? [];
    expect(JSON.stringify(second.slice(100))).toBe(JSON.stringify(compared.slice(100)));
    expect(p.state().series.hosted.at(-1)?.throughputByGuest).toHaveLength(150);
  });

  test('dispose stops the loop and the workers', async () => {
    const p = await startPlayground();
    p.state().run();
    await p.tick();
    p.handle.dispose();
    expect(p.loop.pending()).toBe(0);
    expect(p.hangClock.pending()).toBe(0);
  });

  test('theme defaults without storage and can be set', async () => {
    const p = await startPlayground();
    expect(['light', 'dark']).toContain(p.state().theme);
    p.state().setTheme('dark');
    expect(p.state().theme).toBe('dark');
  });
});

describe('the playground store opens shared runs', () => {
  test('a shared run loads its scenario, replays its lines and stops paused at its instant with the engine\'s own figures', async () => {
    const p = await startPlayground();
    const scenario = loadPreset('xen');
    if (!scenario) throw new Error('no xen preset');
    const lines = [{ atNs: 2e9, target: 'manager', line: 'uptime' }];
    expect(await p.state().loadSharedRun({ scenario, commands: { hosted: lines }, atNs: 70e9 })).toBe(true);
    expect(p.state().scenario.name).toBe('xen');
    expect(p.state().runState).toBe('paused');
    expect(p.state().nowNs).toBe(70e9);
    expect(snapshotTimes(p.state())).toEqual(Array(4).fill(70e9));

    const fresh = new PlatformWorkerApi();
    fresh.load(scenario, 'hosted');
    fresh.replay(lines);
    expect(JSON.stringify(own(p.state().platforms.hosted.snapshot?.result))).toBe(JSON.stringify(own(fresh.advanceTo(70e9).result)));
    // Recorded again with the size of the console it was replayed into (a link without sizes: a new console's 80×24).
    expect((await p.state().commandRecordings()).hosted).toEqual(lines.map((l) => ({ ...l, columns: 80, rows: 24 })));
  });

  test('a shared run whose scenario does not load leaves the running one', async () => {
    const p = await startPlayground();
    const before = p.state().scenario;
    const broken = { ...before, guests: [] } as unknown as typeof before;
    expect(await p.state().loadSharedRun({ scenario: broken, atNs: 5e9 })).toBe(false);
    expect(p.state().scenario).toBe(before);
    expect(p.state().scenarioErrors[0]).toMatch(/^guests: /);
  });
});

describe('replayed lines in the page\'s terminals', () => {
  test('a shared run\'s line at 0 is typed at once: its terminal shows it and its answer, and the figures count it, before any step', async () => {
    const p = await startPlayground();
    const scenario = loadPreset('classroom-default');
    if (!scenario) throw new Error('no classroom-default preset');
    const lines = [
      { atNs: 0, target: 'manager', line: 'inject-fault guest-panic build1' },
      { atNs: 2e9, target: 'manager', line: 'echo typed-later' },
    ];
    expect(await p.state().loadSharedRun({ scenario, commands: { hosted: lines } })).toBe(true);
    expect(p.state().nowNs).toBe(0);
    expect(p.state().platforms.hosted.snapshot?.result.faults?.[0]).toMatchObject({ atMs: 0, kind: 'guest-panic', target: 'build1' });
    const manager = capture(p, 'hosted:manager');
    await until(() => manager.text().includes('went down: build1'), 'the replayed fault and its answer');
    expect(manager.text()).toContain('inject-fault guest-panic build1');
    expect(manager.text()).not.toContain('typed-later');
    await p.state().step(3);
    await until(() => manager.text().includes('typed-later\r\n'), 'the later line, typed as time passed it');
    p.state().writeConsole('hosted:manager', 'echo mine\r');
    await until(() => manager.text().includes('mine\r\n'), 'a line typed in the same console');
    expect((await p.state().commandRecordings()).hosted?.map((l) => l.line)).toEqual([...lines.map((l) => l.line), 'echo mine']);
    manager.off();
  });

  test('a tick asks no more workers at once than it may (the page keeps a core), and every platform still moves to the same instant', async () => {
    for (const atOnce of [1, 2, 4]) {
      let inFlight = 0;
      let most = 0;
      const p = await startPlayground((w) => {
        const advanceTo: typeof w.advanceTo = async (...args) => {
          // The step's advances only (a console's echo asks for the instant the worker is at: nothing to compute).
          if (args[0] !== 3e9) return w.advanceTo(...args);
          most = Math.max(most, ++inFlight);
          try {
            return await w.advanceTo(...args);
          } finally {
            inFlight--;
          }
        };
        return { ...w, advanceTo };
      }, atOnce);
      await p.state().step(3);
      expect(most, `${atOnce} at once`).toBe(atOnce);
      expect(Object.values(p.state().platforms).map((v) => v.snapshot?.nowNs)).toEqual([3e9, 3e9, 3e9, 3e9]);
      disposePlaygrounds();
    }
  });

  test("a console's output keeps its order when a key's echo is asked for while another worker still holds up the step", async () => {
    // While `held` is set, the native worker answers advances only once it settles; the others at once.
    let held: Promise<void> | null = null;
    let heldAdvances = 0;
    const p = await startPlayground((w) => {
      if (w.kind !== 'native') return w;
      const advanceTo: typeof w.advanceTo = async (...args) => {
        const answer = await w.advanceTo(...args);
        if (held) {
          heldAdvances++;
          await held;
        }
        return answer;
      };
      return { ...w, advanceTo };
    });
    await p.state().step(20);
    const web1 = capture(p, 'container:web1');
    await until(() => /[$#] $/.test(web1.text()), 'the prompt');
    p.state().writeConsole('container:web1', 'sleep 0.5; echo slept\r');
    let release = (): void => undefined;
    held = new Promise<void>((r) => (release = r));
    const stepping = p.state().step(1);
    await until(() => heldAdvances === 1, 'the native worker to hold its answer');
    // Typed while the step waits for native: its echo comes from the container worker after the step's answer.
    p.state().writeConsole('container:web1', 'zz');
    await until(() => web1.text().includes('zz'), 'the echo of the keys');
    release();
    await stepping;
    const text = web1.text();
    expect(text.indexOf('slept\r\n')).toBeGreaterThan(-1);
    expect(text.indexOf('slept\r\n')).toBeLessThan(text.lastIndexOf('zz'));
    web1.off();
  });

  test('after a restart the terminal goes on in the replayed console without printing its history again', async () => {
    const p = await startPlayground();
    await p.state().step(20);
    const host = capture(p, 'hosted:manager');
    await until(() => /[$#] $/.test(host.text()), 'the manager prompt');
    p.state().writeConsole('hosted:manager', 'cd /tmp\r');
    p.state().writeConsole('hosted:manager', 'echo done\r');
    await until(() => host.text().includes('done\r\n'), 'the echo');
    await p.state().commandRecordings();
    p.handle.faults.crash('hosted');
    await p.state().restartPlatform('hosted');
    await until(() => /replayed\][^]*[$#] $/.test(host.text()), 'the prompt after the restart');
    expect(host.text().match(/echo done/g)).toHaveLength(1);
    p.state().writeConsole('hosted:manager', 'pwd\r');
    await until(() => host.text().includes('/tmp\r\n'), 'pwd in the replayed shell, still in /tmp');
    host.off();
  });
});
