import { afterEach, describe, expect, test } from 'vitest';
import { createInProcessPlatformWorker } from '../../engine-client/platform-worker.ts';
import { fakeClock, until } from '../../engine-client/testing/fake-clock.ts';
import { createPlaygroundStore, type PlaygroundStore } from '../../store/playground-store.ts';
import { bootsOnOpen, fastForwardBoot } from './boot-on-open.ts';

const open: PlaygroundStore[] = [];
afterEach(() => open.splice(0).forEach((h) => h.dispose()));

function playground() {
  const loop = fakeClock();
  const h = createPlaygroundStore({ workerFactory: (kind) => createInProcessPlatformWorker(kind), now: loop.now, schedule: loop.schedule });
  open.push(h);
  return { store: h.store, loop };
}

describe('booting on open', () => {
  test('only a page opened on its own address boots by itself', () => {
    expect(bootsOnOpen(new URL('https://x.example/'), false)).toBe(true);
    expect(bootsOnOpen(new URL('https://x.example/'), true)).toBe(false);
    expect(bootsOnOpen(new URL('https://x.example/?stopped'), false)).toBe(false);
    expect(bootsOnOpen(new URL('https://x.example/?testHooks'), false)).toBe(false);
    expect(bootsOnOpen(new URL('https://x.example/?testHooks&boot'), false)).toBe(true);
    expect(bootsOnOpen(new URL('https://x.example/#lab=io-cost'), false)).toBe(false);
    expect(bootsOnOpen(new URL('https://x.example/#v2.abc'), false)).toBe(false);
  });

  test('runs as fast as it can until no guest is booting, then at 1×', async () => {
    const { store, loop } = playground();
    let settled = false;
    fastForwardBoot(store, () => (settled = true));
    await until(() => store.getState().runState === 'running', 'the run to start');
    expect(store.getState().speed).toBe(Infinity);
    await until(() => {
      loop.advance(200);
      return settled;
    }, 'the boot to settle');
    const s = store.getState();
    expect(s.speed).toBe(1);
    expect(s.runState).toBe('running');
    const states = Object.values(s.platforms).flatMap((v) => v.snapshot?.result.guests.map((g) => g.state) ?? []);
    expect(states).not.toContain('booting');
  });

  test('a pause while it forwards is the person taking over: no 1× afterwards', async () => {
    const { store, loop } = playground();
    let settled = false;
    fastForwardBoot(store, () => (settled = true));
    await until(() => store.getState().runState === 'running', 'the run to start');
    store.getState().pause();
    loop.advance(5000);
    expect(settled).toBe(false);
    expect(store.getState().speed).toBe(Infinity);
  });
});
