/**
 * The consoles slice: which terminals exist and which is in front, keystrokes and sizes
 * to their workers, and their output bytes to whoever listens (not kept in the state).
 * A line entered marks the platform's recording for fetching; while the clock is not
 * running the echo is brought at once.
 */
import type { Scenario } from '../../engine/index.ts';
import { consoleRefs, parseConsoleKey } from '../engine-client/console-refs.ts';
import type { LockstepClock } from './lockstep-clock.ts';
import type { PlaygroundActions, PlaygroundState } from './playground-state.ts';
import type { WorkerSlots } from './worker-slots.ts';

type ConsolesState = Pick<PlaygroundState, 'consoles' | 'activeConsole' | 'linesEntered'>;
type ConsolesActions = Pick<PlaygroundActions, 'setActiveConsole' | 'writeConsole' | 'resizeConsole' | 'onConsoleOutput'>;

export function consolesSlice(
  scenario: Scenario,
  slots: WorkerSlots,
  clock: LockstepClock,
  set: (patch: Partial<ConsolesState> | ((s: ConsolesState) => Partial<ConsolesState>)) => void,
): ConsolesState & ConsolesActions {
  const { router } = slots;
  return {
    consoles: consoleRefs(scenario),
    activeConsole: null,
    linesEntered: 0,
    setActiveConsole(key) {
      set({ activeConsole: key });
    },
    writeConsole(key, data) {
      const ref = parseConsoleKey(key);
      if (!ref || data.length === 0) return;
      void router.write(key, data).then(() => {
        if (/[\r\n]/.test(data)) {
          slots.markTyped(ref.platform);
          set((s) => ({ linesEntered: s.linesEntered + 1 }));
        }
        clock.echo(ref.platform);
      });
    },
    resizeConsole(key, columns, rows) {
      if (!(columns > 0 && rows > 0)) return;
      void router.resize(key, Math.floor(columns), Math.floor(rows));
    },
    onConsoleOutput(key, listener) {
      const off = router.listen(key, listener);
      const ref = parseConsoleKey(key);
      if (ref) void router.open(key).then((id) => id !== null && clock.echo(ref.platform));
      return off;
    },
  };
}
