/**
 * A shared run is the whole run: a migration made with the guest card's ⇄ is logged, travels
 * in the link and is made again at its instant by the recipient's page, whose figures then
 * match the sender's on every platform; faults travel as the lines the page typed for them.
 */
import { afterEach, expect, test } from 'vitest';
import { PLATFORM_KINDS } from '../../engine/index.ts';
import { throughLink } from '../../share/testing/through-link.ts';
import { loggedMigrations } from './migration-log.ts';
import { disposePlaygrounds, startPlayground, type TestPlayground } from './testing/test-playground.ts';

afterEach(disposePlaygrounds);

const results = (p: TestPlayground): string[] => PLATFORM_KINDS.map((k) => JSON.stringify(p.state().platforms[k].snapshot?.result));

test('a migration at 70 s travels in the link and the recipient sees the sender’s figures at 100 s on every platform', async () => {
  const sender = await startPlayground();
  await sender.state().step(70);
  await sender.state().migrateGuest('build1');
  await sender.state().step(30);
  const migrations = loggedMigrations(sender.handle.store.getState);
  expect(migrations).toEqual([{ atNs: 70e9, guest: 'build1' }]);
  const run = throughLink({ scenario: sender.state().scenario, commands: await sender.state().commandRecordings(), migrations, atNs: sender.state().nowNs });
  expect(run.migrations).toEqual(migrations);

  const recipient = await startPlayground();
  expect(await recipient.state().loadSharedRun(run)).toBe(true);
  expect(recipient.state().nowNs).toBe(100e9);
  expect(results(recipient)).toEqual(results(sender));
  // Shared again, the run keeps its migration.
  expect(loggedMigrations(recipient.handle.store.getState)).toEqual(migrations);

  // Without it (what links carried before), the virtualized platforms' figures differ.
  const { migrations: _dropped, ...without } = run;
  const unmoved = await startPlayground();
  await unmoved.state().loadSharedRun(without);
  expect(results(unmoved).map((r, i) => r === results(sender)[i])).toEqual([true, false, false, false]);
});

test('a new scenario is a new run: the migrations of the one before are not offered', async () => {
  const p = await startPlayground();
  await p.state().step(70);
  await p.state().migrateGuest('web1');
  expect(loggedMigrations(p.handle.store.getState)).toHaveLength(1);
  expect(await p.state().loadScenario({ ...p.state().scenario, seed: 5 })).toBe(true);
  expect(loggedMigrations(p.handle.store.getState)).toEqual([]);
});
