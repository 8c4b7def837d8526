/**
 * The React side of the terminal pool: loads xterm lazily once the panel is mounted, shows
 * the consoles the panel asks for, follows the store's console list and theme, fits on
 * resize, and disposes everything on unmount (STYLE 12).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { getPlayground, usePlayground } from '../store/use-playground.ts';
import type { ConsoleRef } from '../store/playground-state.ts';
import type { ConsoleIo } from './xterm-adapter.ts';
import type { TerminalPool } from './terminal-pool.ts';
import type { TypingWatch } from './typing-note.ts';
import { readTerminalColours } from './terminal-theme.ts';
import { exposeTerminalTestHook } from './terminal-test-hook.ts';

/** The store's console actions, looked up on each call. */
const storeIo: ConsoleIo = {
  writeConsole: (key, data) => getPlayground().getState().writeConsole(key, data),
  resizeConsole: (key, columns, rows) => getPlayground().getState().resizeConsole(key, columns, rows),
  onConsoleOutput: (key, listener) => getPlayground().getState().onConsoleOutput(key, listener),
};

/** A terminal that gets the keyboard (a click into the grid) makes its console the active one. */
const activate = (key: string): void => {
  if (getPlayground().getState().activeConsole !== key) getPlayground().getState().setActiveConsole(key);
};

export interface TerminalPoolHandle {
  readonly pool: TerminalPool | null;
  readonly loadError: string | null;
}

/**
 * Shows `shown` (one console, or the grid's several; keep the array stable between renders)
 * with `focusKey` among them; `onFind` hears a terminal's Ctrl+F, `typing` each keystroke sent and what each console prints. When the
 * store's active console changes (a tab, a guest card's console button), the keyboard goes
 * to its terminal.
 */
export function useTerminalPool(
  viewportRef: RefObject<HTMLDivElement | null>,
  consoles: readonly ConsoleRef[],
  shown: readonly ConsoleRef[],
  focusKey: string | null,
  active: string | null,
  onFind: (key: string) => void,
  typing: Pick<TypingWatch, 'typed' | 'printed'>,
): TerminalPoolHandle {
  const theme = usePlayground((s) => s.theme);
  const scenario = usePlayground((s) => s.scenario);
  const [pool, setPool] = useState<TerminalPool | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const shownScenario = useRef(scenario);
  const focusedActive = useRef(active);
  const findHandler = useRef(onFind);
  const typingWatch = useRef(typing);
  useEffect(() => {
    findHandler.current = onFind;
    typingWatch.current = typing;
  }, [onFind, typing]);

  // Load xterm and create the pool; the pool dies with the panel.
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    let cancelled = false;
    let created: TerminalPool | null = null;
    import('./terminal-pool.ts').then(
      ({ TerminalPool }) => {
        if (cancelled) return;
        const io: ConsoleIo = {
          ...storeIo,
          writeConsole: (key, data) => {
            storeIo.writeConsole(key, data);
            typingWatch.current.typed(key, data);
          },
          onConsoleOutput: (key, listener) =>
            storeIo.onConsoleOutput(key, (data) => {
              listener(data);
              typingWatch.current.printed(key, data);
            }),
        };
        created = new TerminalPool(viewport, io, readTerminalColours(viewport, getPlayground().getState().theme), activate, (key) => findHandler.current(key));
        setPool(created);
      },
      (error: unknown) => {
        if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
      created?.dispose();
      setPool(null);
    };
  }, [viewportRef]);

  useEffect(() => {
    if (!pool) return;
    // A new scenario reboots every guest: its consoles start on fresh screens.
    if (shownScenario.current !== scenario) {
      shownScenario.current = scenario;
      pool.closeAll();
    }
    pool.show(shown.map((c) => ({ key: c.key, label: c.title })));
    if (active !== focusedActive.current) {
      focusedActive.current = active;
      if (active !== null && active === focusKey) pool.focus(active);
    }
  }, [pool, shown, focusKey, scenario, active]);

  useEffect(() => {
    pool?.retain(new Set(consoles.map((c) => c.key)));
  }, [pool, consoles]);

  // Colours: read after the frame, once the page has applied its theme.
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!pool || !viewport) return;
    const frame = requestAnimationFrame(() => pool.setColours(readTerminalColours(viewport, theme)));
    return () => cancelAnimationFrame(frame);
  }, [pool, theme, viewportRef]);

  // Fit on resize, at most once a frame.
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!pool || !viewport) return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => pool.fit());
    });
    observer.observe(viewport);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [pool, viewportRef]);

  useEffect(() => (pool && focusKey !== null ? exposeTerminalTestHook(() => pool.text(focusKey)) : undefined), [pool, focusKey]);

  return { pool, loadError };
}
