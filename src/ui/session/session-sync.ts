/**
 * Keeps the session saved while it changes: the scenario, the lines typed, the open tab,
 * the speed and the console in front. A moment after each change (debounced, so typing
 * and speed clicks do not each encode a link) the address bar gets the scenario and view
 * as a share link (history.replaceState: no new history entry, no reload), so copying the
 * URL at any moment shares the current setup; and this browser saves the whole run. When
 * the page is hidden or left, the whole run is saved once more with the instant reached.
 * Loaded lazily with the link codec.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { PlatformKind, RecordedLine } from '../../engine/index.ts';
import { fittingLink } from '../../share/fitting-link.ts';
import type { SharedRun } from '../../share/shared-run.ts';
import type { Playground } from '../store/playground-state.ts';
import { isLabFragment } from '../components/labs/lab-link.ts';
import { viewOf } from '../store/share-slice.ts';
import { writeSavedSession } from './saved-session.ts';

/** Wall ms after the last change before the session is saved. */
const DEBOUNCE_MS = 400;

type Recordings = Partial<Record<PlatformKind, readonly RecordedLine[]>>;

const fragmentOf = (link: string | null): string | null => (link === null ? null : link.slice(link.indexOf('#')));

/** Starts saving; returns the stop. */
export function startSessionSync(store: StoreApi<Playground>, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let recordings: Recordings = {};
  let stopped = false;
  // The fragment in the address bar as the browser will reload it: on leaving, the address can no longer change.
  let address = win.location.hash;

  /** Saves the session; `leaving`: the page is going, so the address bar is left as it is. */
  const save = (leaving: boolean): void => {
    const s = store.getState();
    const setup: SharedRun = { scenario: s.scenario, view: viewOf(s) };
    const typed = Object.values(recordings).some((lines) => lines.length > 0);
    const shown = fragmentOf(fittingLink(setup, win.location.href).link);
    // No link holds even the setup: nothing to save. Before anything was typed or run the whole run is the setup: one link to encode, not two (a thousand guests' link takes tens of ms).
    if (shown === null) return;
    const run = typed || s.nowNs > 0 ? fragmentOf(fittingLink({ ...setup, ...(typed ? { commands: recordings } : {}), ...(s.nowNs > 0 ? { atNs: s.nowNs } : {}) }, win.location.href).link) : shown;
    if (run === null) return;
    if (leaving) return writeSavedSession({ address, run });
    // The address bar and the storage take a task of their own: with a thousand guests the encoding and the
    // replaceState of a 30 KB address each take tens of ms, and one task holding both kept the page from input.
    setTimeout(() => {
      if (stopped) return;
      const { pathname, search, hash } = win.location;
      // A lab's own link (#lab=…, #lab-data=…, #lab-report=…) stays while the lab is open: the labs own that address.
      if (!isLabFragment(hash) && hash !== shown) win.history.replaceState(win.history.state, '', `${pathname}${search}${shown}`);
      address = win.location.hash;
      writeSavedSession({ address, run });
    }, 0);
  };

  const soon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void store
        .getState()
        .commandRecordings()
        .then((r) => {
          if (stopped) return;
          recordings = r;
          save(false);
        });
    }, DEBOUNCE_MS);
  };

  const unsubscribe = store.subscribe((now, before) => {
    if (now.scenario !== before.scenario || now.tab !== before.tab || now.speed !== before.speed || now.activeConsole !== before.activeConsole || now.linesEntered !== before.linesEntered) soon();
  });
  // Leaving or hiding the page: save now, with the recordings fetched last (no time for a worker round trip).
  const onLeave = (): void => save(true);
  const onHide = (): void => {
    if (win.document.visibilityState === 'hidden') save(true);
  };
  win.addEventListener('pagehide', onLeave);
  win.document.addEventListener('visibilitychange', onHide);
  soon();

  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
    win.removeEventListener('pagehide', onLeave);
    win.document.removeEventListener('visibilitychange', onHide);
  };
}
