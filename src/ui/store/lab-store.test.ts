import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadPreset, type Scenario } from '../../engine/index.ts';
import { parseLabText, type Lab } from '../../labs/parse-lab.ts';
import { createInProcessPlatformWorker } from '../engine-client/platform-worker.ts';
import { fakeClock } from '../engine-client/testing/fake-clock.ts';
import { pageWording } from '../components/labs/page-wording.ts';
import { createLabStore, type LabDeps } from './lab-store.ts';
import { createPlaygroundStore, type PlaygroundStore } from './playground-store.ts';
import { stubMemoryStorage } from '../session/testing/memory-storage.ts';

const open: PlaygroundStore[] = [];
afterEach(() => {
  open.splice(0).forEach((h) => h.dispose());
  vi.unstubAllGlobals();
});

function shippedLab(id: string): { lab: Lab; scenario: Scenario } {
  const r = parseLabText(readFileSync(new URL(`../../../public/labs/${id}.json`, import.meta.url), 'utf8'), loadPreset);
  if (!r.ok) throw new Error(r.errors.join('; '));
  const scenario = typeof r.lab.scenario === 'string' ? loadPreset(r.lab.scenario) : r.lab.scenario;
  if (!scenario) throw new Error('no scenario');
  return { lab: r.lab, scenario };
}

/** A lab store over a playground on in-process workers, that can open the shipped labs `ids`. */
function labOn(ids: string | readonly string[], more: Partial<LabDeps> = {}) {
  const loop = fakeClock();
  const playground = createPlaygroundStore({ workerFactory: (kind) => createInProcessPlatformWorker(kind), now: loop.now, schedule: loop.schedule });
  open.push(playground);
  const labs = createLabStore({
    playground: playground.store,
    load: (wanted) => Promise.resolve(ids.includes(wanted) ? { ok: true, value: shippedLab(wanted) } : { ok: false, errors: [`there is no lab "${wanted}"`] }),
    ...more,
  });
  return { playground: playground.store, labs };
}

const passedSteps = (passed: readonly unknown[]): number[] => passed.flatMap((p, i) => (p ? [i] : []));

describe('the lab store', () => {
  test('no step passes by itself while the run goes on; Verify passes it, and once passed it stays passed', async () => {
    const { playground, labs } = labOn('blast-radius');
    expect(await labs.getState().openLab('blast-radius')).toBe(true);
    expect(playground.getState().scenario.name).toBe('blast-radius');
    expect(labs.getState()).toMatchObject({ status: 'open', id: 'blast-radius', detached: false, current: 0 });

    await playground.getState().step(40);
    expect(passedSteps(labs.getState().passed)).toEqual([]);

    await labs.getState().verify(0);
    await labs.getState().verify(1);
    expect(passedSteps(labs.getState().passed)).toEqual([0, 1]);
    await playground.getState().step(115);
    await labs.getState().verify(1);
    // db1 on hosted went down with the host OS at 150 s: verified again, its check fails, but the step stays passed.
    expect(labs.getState().outcomes[1]).toEqual({ passed: false, reason: 'db1 on hosted is crashed (waiting for running)' });
    expect(labs.getState().passed[1]).toEqual({ passed: true, reason: 'db1 on hosted is running' });
  });

  test('one step at a time: the student may go back, but not past the first step not yet passed', async () => {
    const { labs } = labOn('blast-radius');
    await labs.getState().openLab('blast-radius');
    labs.getState().goTo(2);
    expect(labs.getState().current).toBe(0);
    labs.getState().answer(7, '3');
    expect(labs.getState().passed[7]).not.toBeNull();
    labs.getState().goTo(1);
    expect(labs.getState().current).toBe(0);
  });

  test('a typed command passes its step when the student verifies it', async () => {
    const { playground, labs } = labOn('windows-container');
    await labs.getState().openLab('windows-container');
    await playground.getState().step(3);
    await labs.getState().verify(1);
    expect(labs.getState().outcomes[1]).toEqual({ passed: false, reason: 'nothing has been typed in manager on container yet' });
    playground.getState().writeConsole('container:manager', 'uname -a\r');
    await playground.getState().step(1);
    await labs.getState().verify(1);
    expect(labs.getState().passed[1]?.reason).toMatch(/^"uname -a" was run in manager on container at /);
  });

  test("in the page's words: the console's tab title, the column's name, a figure in the card's unit", async () => {
    const { playground, labs } = labOn('three-architectures', { wording: pageWording });
    await labs.getState().openLab('three-architectures');
    await labs.getState().verify(0);
    expect(labs.getState().outcomes[0]?.reason).toBe('nothing has been typed in the host OS · hosted console yet');
    await labs.getState().verify(2);
    expect(labs.getState().outcomes[2]?.reason).toBe('CPU time in the VMM (monitor) layer on Hosted is 0 ms, not yet above 1.00 s');
    await playground.getState().step(90);
    await labs.getState().verify(2);
    expect(labs.getState().outcomes[2]?.reason, labs.getState().outcomes[2]?.reason).toMatch(/^CPU time in the VMM \(monitor\) layer on Hosted is [\d.]+ s, above 1\.00 s$/);
  });

  test('a check that may not pass yet says so by the clock, as the toolbar shows it', async () => {
    const { labs } = labOn('blast-radius', { wording: pageWording });
    await labs.getState().openLab('blast-radius');
    await labs.getState().verify(1);
    expect(labs.getState().outcomes[1]?.reason).toBe('not before the clock reaches 0:00:35 (now 0:00:00)');
  });

  test('progress survives a reload (per browser) and Reset forgets it; saved progress that does not fit is ignored', async () => {
    const storage = stubMemoryStorage();
    const first = labOn('blast-radius', { remember: true });
    await first.labs.getState().openLab('blast-radius');
    first.labs.getState().answer(7, '3');
    first.labs.getState().showHint(0);

    const again = labOn('blast-radius', { remember: true });
    await again.labs.getState().openLab('blast-radius');
    expect(again.labs.getState()).toMatchObject({ answers: { 7: '3' }, hintsShown: { 0: 1 } });
    expect(passedSteps(again.labs.getState().passed)).toEqual([7]);

    await again.labs.getState().reset();
    expect(again.labs.getState()).toMatchObject({ status: 'open', answers: {}, hintsShown: {}, current: 0 });
    expect(passedSteps(again.labs.getState().passed)).toEqual([]);

    storage.set('virtscope.lab-progress.blast-radius', '{"version":1,"steps":["other"],"passed":[{"passed":true,"reason":"x"}],"answers":{},"hintsShown":{},"current":0}');
    const third = labOn('blast-radius', { remember: true });
    await third.labs.getState().openLab('blast-radius');
    expect(passedSteps(third.labs.getState().passed)).toEqual([]);
    storage.set('virtscope.lab-progress.blast-radius', '{"version":1,"passed":"<script>"}');
    await third.labs.getState().openLab('blast-radius');
    expect(third.labs.getState().status).toBe('open');
  });

  test('another scenario pauses the checks; an unknown lab says why; closing forgets the lab', async () => {
    const { playground, labs } = labOn('windows-container');
    expect(await labs.getState().openLab('nope')).toBe(false);
    expect(labs.getState()).toMatchObject({ status: 'failed', problems: ['there is no lab "nope"'] });
    await labs.getState().openLab('windows-container');
    await playground.getState().loadScenario(loadPreset('xen'));
    expect(labs.getState().detached).toBe(true);
    labs.getState().showHint(1);
    expect(labs.getState().hintsShown).toEqual({ 1: 1 });
    labs.getState().closeLab();
    expect(labs.getState()).toMatchObject({ status: 'closed', lab: null, answers: {}, hintsShown: {} });
  });

  test("a second lab opened in the same page counts its own scenario as loaded, and runs its checks", async () => {
    const { playground, labs } = labOn(['steal-time', 'io-cost']);
    await labs.getState().openLab('steal-time');
    await labs.getState().openLab('io-cost');
    expect(playground.getState().scenario.name).toBe('io-comparison');
    expect(labs.getState()).toMatchObject({ status: 'open', id: 'io-cost', detached: false });
    await labs.getState().verify(0);
    expect(labs.getState().outcomes[0]).toBeDefined();

    await playground.getState().loadScenario(loadPreset('xen'));
    expect(labs.getState().detached).toBe(true);
    await labs.getState().resume();
    expect(labs.getState()).toMatchObject({ status: 'open', id: 'io-cost', detached: false });
  });

  test('a lab opened again with its progress says which passed steps acted on the run that is gone', async () => {
    stubMemoryStorage();
    const before = labOn('blast-radius', { remember: true });
    await before.labs.getState().openLab('blast-radius');
    await before.playground.getState().step(40);
    await before.labs.getState().verify(0);
    await before.labs.getState().verify(1);
    before.labs.getState().answer(7, '3');
    expect(before.labs.getState().startedOver).toEqual([]);

    // A reload: a new page, its run at 0:00:00, the progress read back.
    const after = labOn('blast-radius', { remember: true });
    await after.labs.getState().openLab('blast-radius');
    expect(passedSteps(after.labs.getState().passed)).toEqual([0, 1, 7]);
    expect(after.labs.getState().startedOver).toEqual([0, 1]);
    after.labs.getState().dismissStartedOver();
    expect(after.labs.getState().startedOver).toEqual([]);

    await after.playground.getState().loadScenario(loadPreset('xen'));
    await after.labs.getState().resume();
    expect(after.labs.getState().startedOver).toEqual([0, 1]);
    await after.labs.getState().reset();
    expect(after.labs.getState().startedOver).toEqual([]);
  });
});
