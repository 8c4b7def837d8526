/**
 * The first minute: a page opened on its own address starts running at once and
 * fast-forwards the guests' boot — the boot logs stream into the consoles as it goes — then
 * settles at 1× once no guest is booting, so the first terminal has a working prompt a few
 * seconds after opening, with no click. The boot itself is part of the lesson (a VM's
 * firmware and kernel against a container that starts in a second), so it can be replayed
 * at 1× (replayBoot).
 *
 * Not on a page opened with a link (a shared run or a lab sets its own time), nor with
 * `?stopped` in the address (a teacher who wants to start the clock themselves), nor with
 * `?testHooks` (the browser tests expect a stopped page) unless `&boot` is added too, nor
 * when this browser restores its saved session (which has its own instant). Once the person changes the speed or pauses, the fast-forward is theirs.
 */
import type { StoreApi } from 'zustand/vanilla';
import { readSavedSession } from '../../session/saved-session.ts';
import { TEST_BUILD } from '../../test-build.ts';
import type { Playground } from '../../store/playground-state.ts';

/** Whether a page opened at this address boots by itself; not when the browser restores a saved session there instead. */
export function bootsOnOpen(url: URL, restoresSaved: boolean): boolean {
  const q = url.searchParams;
  // Test builds only: a production build has no test hooks, nor their name (e2e/production-build.spec.ts).
  const testPage = TEST_BUILD && q.has('testHooks');
  return url.hash.length <= 1 && !restoresSaved && !q.has('stopped') && (!testPage || q.has('boot'));
}

/** Whether this page, as opened, boots by itself. */
export const pageBootsOnOpen = (): boolean => bootsOnOpen(new URL(window.location.href), readSavedSession() !== null);

const ready = (p: Playground): boolean => Object.values(p.platforms).every((v) => v.health === 'ok' && v.snapshot !== null);
const booting = (p: Playground): boolean => Object.values(p.platforms).some((v) => v.snapshot?.result.guests.some((g) => g.state === 'booting') ?? true);

/** Runs fast until no guest is booting, then at 1×; returns the unsubscribe. `onSettled` is told when it has settled. */
export function fastForwardBoot(store: StoreApi<Playground>, onSettled: () => void = () => {}): () => void {
  // The scenario being booted, from when the workers are ready (the page may swap in its first one until then).
  let scenario = store.getState().scenario;
  let phase: 'waiting' | 'starting' | 'forwarding' | 'done' = 'waiting';
  const stop = (): void => {
    phase = 'done';
    off();
  };
  const check = (p: Playground): void => {
    if (phase === 'done' || phase === 'starting') return;
    // Another scenario, a pause or another speed: the person has taken over.
    if (phase === 'forwarding' && (p.scenario !== scenario || p.runState !== 'running' || p.speed !== Infinity)) return stop();
    if (phase === 'waiting' && ready(p)) {
      scenario = p.scenario;
      // Each call updates the store, which calls back here: not yet 'forwarding', or the half-done start would read as a takeover.
      phase = 'starting';
      p.setSpeed(Infinity);
      p.run();
      phase = 'forwarding';
    } else if (phase === 'forwarding' && !booting(p)) {
      stop();
      p.setSpeed(1);
      onSettled();
    }
  };
  const off = store.subscribe(check);
  check(store.getState());
  return stop;
}

/** Loads the scenario afresh and runs it at 1×, so the boot can be watched as it happens. */
export async function replayBoot(store: StoreApi<Playground>): Promise<void> {
  const p = store.getState();
  if (!(await p.loadScenario(p.scenario))) return;
  const waitReady = new Promise<void>((resolve) => {
    if (ready(store.getState())) return resolve();
    const off = store.subscribe((s) => {
      if (!ready(s)) return;
      off();
      resolve();
    });
  });
  await waitReady;
  store.getState().setSpeed(1);
  store.getState().run();
}
