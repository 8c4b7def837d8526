import { afterEach, expect, test } from 'vitest';
import { createInProcessPlatformWorker } from '../engine-client/platform-worker.ts';
import { fakeClock, until } from '../engine-client/testing/fake-clock.ts';
import { createPlaygroundStore, type PlaygroundStore } from './playground-store.ts';

const open: PlaygroundStore[] = [];
afterEach(() => open.splice(0).forEach((h) => h.dispose()));

/** A playground whose platforms have all started and run to 90 s; its state getter. */
async function at90s(): Promise<() => ReturnType<PlaygroundStore['store']['getState']>> {
  const loop = fakeClock();
  const handle = createPlaygroundStore({ workerFactory: (kind) => createInProcessPlatformWorker(kind, { schedule: fakeClock().schedule }), now: loop.now, schedule: loop.schedule });
  open.push(handle);
  const state = () => handle.store.getState();
  await until(() => Object.values(state().platforms).every((p) => p.health === 'ok' && p.snapshot !== null), 'all platforms to start');
  await state().step(90);
  return state;
}

test('migrateGuest asks every platform’s engine to move the guest at the same instant and keeps what they answer', async () => {
  const state = await at90s();
  const moving = state().migrateGuest('web1');
  expect(state().migration?.status).toBe('running');
  await moving;
  const m = state().migration;
  expect(m?.status).toBe('done');
  expect(m?.atNs).toBe(90e9);
  expect(m?.reports.native?.method).toBe('not-applicable');
  expect(m?.reports['bare-metal']?.method).toBe('pre-copy');
  expect(m?.reports['bare-metal']?.rounds[0]?.pages).toBe(262_144);
  expect(m?.reports.container?.method).toBe('checkpoint-restore');
  state().closeMigration();
  expect(state().migration).toBeNull();
});

test('asked again for the same guest before its moves are over, the dialog shows them again instead of moving the guest a second time', async () => {
  const state = await at90s();
  await state().migrateGuest('web1');
  const first = state().migration;
  state().closeMigration();
  await state().step(1);
  await state().migrateGuest('web1');
  expect(state().migration).toBe(first);
  expect(first?.reports.hosted?.refusal).toBeUndefined();
  // Once every move is over, the guest can be moved again.
  await state().step(Math.ceil(Math.max(...Object.values(first?.reports ?? {}).map((r) => r.totalMs)) / 1000));
  await state().migrateGuest('web1');
  expect(state().migration?.atNs).toBeGreaterThan(first?.atNs ?? 0);
  expect(state().migration?.reports.hosted?.refusal).toBeUndefined();
});
