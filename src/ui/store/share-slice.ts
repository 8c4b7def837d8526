/**
 * The share slice: a shared run loaded from a link (its scenario, its typed lines replayed
 * at their virtual times, the view it names, and a run to its instant with its migrations
 * made on the way), and the lines typed so far on every platform, for a new link.
 */
import { PLATFORM_KINDS } from '../../engine/index.ts';
import type { SharedView } from '../../share/shared-run.ts';
import { catchUp, type LockstepClock } from './lockstep-clock.ts';
import { migrateEverywhere } from './migration-slice.ts';
import type { Playground, PlaygroundActions, PlaygroundState } from './playground-state.ts';
import { perPlatform, type WorkerSlots } from './worker-slots.ts';

type ShareActions = Pick<PlaygroundActions, 'loadSharedRun' | 'commandRecordings'>;

export function shareSlice(
  slots: WorkerSlots,
  clock: LockstepClock,
  get: () => Playground,
  set: (patch: Partial<Playground>) => void,
  now: () => number,
): ShareActions {
  return {
    async loadSharedRun(run) {
      // Paused first, so nothing advances between the load and the replay: every line is typed at its own instant.
      get().pause();
      if (!(await get().loadScenario(run.scenario))) return false;
      const gen = clock.generation;
      await Promise.all(
        PLATFORM_KINDS.map(async (k) => {
          const lines = run.commands?.[k] ?? [];
          slots.setRecording(k, lines);
          if (lines.length > 0) await slots.use(k, (w) => w.replay(lines));
        }),
      );
      const current = (): boolean => gen === clock.generation && !slots.isDisposed;
      // Lines of this instant were typed at once: their output and effects show before any step.
      if (current()) await clock.exclusive(() => clock.advanceAll(get().nowNs, false));
      showView(run.view, get);
      const atNs = run.atNs;
      if (atNs === undefined || !current()) return true;
      set({ runState: 'paused' });
      // In steps, like a restart's catch-up, so no single call nears the hang timeout; the clock shows the way.
      const runTo = (toNs: number): Promise<void> =>
        catchUp(get().nowNs, () => toNs, now, async (target) => {
          await clock.exclusive(() => clock.advanceAll(target));
          return current() ? target : null;
        });
      // Each migration at its own instant on the way, as the sender's ⇄ made it: the figures after it depend on it.
      for (const m of run.migrations ?? []) {
        await runTo(m.atNs);
        if (!current()) return true;
        await migrateEverywhere(slots, clock, get, m.guest);
      }
      if (current()) await runTo(atNs);
      return true;
    },
    async commandRecordings() {
      await slots.refreshRecordings(
        PLATFORM_KINDS.filter((k) => slots.health(k) === 'ok'),
        true,
      );
      return perPlatform((k) => slots.recording(k));
    },
  };
}

/** How the page shows the run now, for a link: the inverse of showView. */
export function viewOf(s: PlaygroundState): SharedView {
  return { tab: s.tab, speed: s.speed, ...(s.activeConsole === null ? {} : { console: s.activeConsole }) };
}

/** The tab, speed and console a shared run names (validated against its scenario when the link was read). */
function showView(view: SharedView | undefined, get: () => Playground): void {
  if (view?.tab !== undefined) get().setTab(view.tab);
  if (view?.speed !== undefined) get().setSpeed(view.speed);
  if (view?.console !== undefined) get().setActiveConsole(view.console);
}
