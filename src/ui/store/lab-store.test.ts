import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { loadPreset, type Scenario } from '../../engine/index.ts';
import { parseLabText, type Lab } from '../../labs/parse-lab.ts';
import { createInProcessPlatformWorker } from '../engine-client/platform-worker.ts';
import { fakeClock, until } from '../engine-client/testing/fake-clock.ts';
import { createLabStore } from './lab-store.ts';
import { createPlaygroundStore, type PlaygroundStore } from './playground-store.ts';

const open: PlaygroundStore[] = [];
afterEach(() => open.splice(0).forEach((h) => h.dispose()));

function shippedLab(id: string): { lab: Lab; scenario: Scenario } {
  const r = parseLabText(readFileSync(new URL(`../../../public/labs/${id}.json`, import.meta.url), 'utf8'), loadPreset);
  if (!r.ok) throw new Error(r.errors.join('; '));
  const scenario = typeof r.lab.scenario === 'string' ? loadPreset(r.lab.scenario) : r.lab.scenario;
  if (!scenario) throw new Error('no scenario');
  return { lab: r.lab, scenario };
}

/** A lab store over a playground on in-process workers, with the recordings timer driven by hand. */
function labOn(id: string) {
  const loop = fakeClock();
  const playground = createPlaygroundStore({ workerFactory: (kind) => createInProcessPlatformWorker(kind), now: loop.now, schedule: loop.schedule });
  open.push(playground);
  const timers: (() => void)[] = [];
  const labs = createLabStore({
    playground: playground.store,
    load: (wanted) => Promise.resolve(wanted === id ? { ok: true, value: shippedLab(id) } : { ok: false, errors: [`there is no lab "${wanted}"`] }),
    every: (_ms, f) => {
      timers.push(f);
      return () => timers.splice(timers.indexOf(f), 1);
    },
  });
  return { playground: playground.store, labs, timers };
}

const passedSteps = (passed: readonly unknown[]): number[] => passed.flatMap((p, i) => (p ? [i] : []));

describe('the lab store', () => {
  test('opening a lab loads its scenario; checks follow the run, and a step once passed stays passed', async () => {
    const { playground, labs } = labOn('blast-radius');
    expect(await labs.getState().openLab('blast-radius')).toBe(true);
    expect(playground.getState().scenario.name).toBe('blast-radius');
    expect(labs.getState()).toMatchObject({ status: 'open', id: 'blast-radius', detached: false });

    await playground.getState().step(40);
    await until(() => labs.getState().passed[1] !== null, 'step 2 to pass');
    expect(passedSteps(labs.getState().passed)).toEqual([0, 1, 2, 3]);

    await playground.getState().step(115);
    await until(() => labs.getState().passed[4] !== null, 'step 5 to pass');
    // Hosted db1 went down with the host OS at 150 s: its check now fails, but the step stays passed.
    expect(labs.getState().outcomes[1]).toEqual({ passed: false, reason: 'db1 on hosted is crashed (waiting for running)' });
    expect(labs.getState().passed[1]).toEqual({ passed: true, reason: 'db1 on hosted is running' });
    expect(passedSteps(labs.getState().passed)).toEqual([0, 1, 2, 3, 4, 5, 6]);

    labs.getState().answer(7, '2');
    expect(labs.getState().passed[7]).toBeNull();
    labs.getState().answer(7, ' 3 ');
    labs.getState().answer(8, 'Bare metal');
    expect(passedSteps(labs.getState().passed)).toHaveLength(9);
  });

  test('a typed command passes its step once the recordings are fetched', async () => {
    const { playground, labs, timers } = labOn('windows-container');
    await labs.getState().openLab('windows-container');
    await playground.getState().step(3);
    playground.getState().writeConsole('container:manager', 'uname -a\r');
    await until(() => {
      timers.forEach((f) => f());
      return labs.getState().passed[1] !== null;
    }, 'the uname step to pass');
    expect(labs.getState().passed[1]?.reason).toMatch(/^"uname -a" was run in manager on container at /);
  });

  test('another scenario pauses the checks; an unknown lab says why; closing forgets the lab', async () => {
    const { playground, labs } = labOn('windows-container');
    expect(await labs.getState().openLab('nope')).toBe(false);
    expect(labs.getState()).toMatchObject({ status: 'failed', problems: ['there is no lab "nope"'] });
    await labs.getState().openLab('windows-container');
    await playground.getState().loadScenario(loadPreset('xen'));
    await until(() => labs.getState().detached, 'the lab to notice');
    labs.getState().showHint(1);
    expect(labs.getState().hintsShown).toEqual({ 1: 1 });
    labs.getState().closeLab();
    expect(labs.getState()).toMatchObject({ status: 'closed', lab: null, answers: {}, hintsShown: {} });
  });
});
