/**
 * The consoles: a tab strip of every guest's and every platform's management console,
 * grouped by platform, above the active console's terminal, fitted to the panel. Arrow
 * keys (and Home/End) move along the tabs; Enter, Space or a click opens one and puts the
 * keyboard in its terminal, which Escape then Tab leaves (a note in its corner says so).
 * With many guests the strip keeps the management consoles and the shown guest's tabs, and a picker beside it finds any guest by name. "All platforms" shows the active console's guest on every
 * platform side by side. xterm itself arrives in a lazily loaded chunk. Typing that a guest
 * without a shell, or a paused clock, cannot answer yet gets a note above the terminal.
 */
import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { getPlayground, usePlayground } from '../store/use-playground.ts';
import type { ConsoleRef } from '../store/playground-state.ts';
import { PLATFORM_TITLE } from '../components/names/platform-names.ts';
import { groupByPlatform, guestConsole, guestNames, idFragment, MANY_GUESTS, sameTargetEverywhere, shortTitle, shownConsole, stripConsoles, tabIndexAfterKey } from './console-tabs-model.ts';
import { ConsolePicker } from './ConsolePicker.tsx';
import { TerminalContextMenu, type MenuPlace } from './TerminalContextMenu.tsx';
import { TerminalFindBar } from './TerminalFindBar.tsx';
import { SendToAll } from './send-to-all/SendToAll.tsx';
import { useTerminalPool } from './use-terminal-pool.ts';
import { TypingWatch, type TypingSnag } from './typing-note.ts';
import { TypingNote } from './TypingNote.tsx';
import { LEAVE_KEYS } from './terminal-keys.ts';
import './terminal.css';

export interface TerminalPanelProps {
  /** The consoles went side by side: four terminals want a taller panel than one. */
  readonly onGridOpened?: () => void;
}

export function TerminalPanel({ onGridOpened }: TerminalPanelProps) {
  const consoles = usePlayground((s) => s.consoles);
  const active = usePlayground((s) => s.activeConsole);
  const [grid, setGrid] = useState(false);
  const current = shownConsole(consoles, active);
  const shown = useMemo(() => (current === null ? [] : grid ? sameTargetEverywhere(consoles, current) : [current]), [consoles, current, grid]);
  const guests = useMemo(() => guestNames(consoles), [consoles]);
  const strip = useMemo(() => stripConsoles(consoles, current), [consoles, current]);
  const viewportRef = useRef<HTMLDivElement>(null);
  const [finding, setFinding] = useState<string | null>(null);
  const [menu, setMenu] = useState<MenuPlace | null>(null);
  // The leave hint sits over the terminal's top right: gone once a key is typed (it would cover wide output), back with Esc.
  const [typed, setTyped] = useState(false);
  const closeMenu = useCallback(() => setMenu(null), []);
  const [snag, setSnag] = useState<TypingSnag | null>(null);
  const [typing] = useState(() => new TypingWatch(() => getPlayground().getState(), setSnag));
  const { pool, loadError } = useTerminalPool(viewportRef, consoles, shown, current?.key ?? null, active, setFinding, typing);
  const snagIn = snag && shown.find((c) => c.key === snag.key);
  const findIn = consoles.find((c) => c.key === finding && shown.includes(c));
  const baseId = useId();
  const panelId = `${baseId}-console`;
  const tabId = (key: string): string => `${baseId}-tab-${idFragment(key)}`;

  const activate = (key: string): void => {
    // A change of the active console moves the keyboard to it (useTerminalPool); the same one needs a nudge.
    if (key === active) pool?.focus(key);
    else getPlayground().getState().setActiveConsole(key);
  };

  return (
    <div className="terminal-panel">
      <div className="terminal-bar">
        {guests.length > MANY_GUESTS ? (
          <ConsolePicker
            guests={guests}
            onPick={(guest) => {
              const c = guestConsole(consoles, guest, current?.platform);
              if (c) activate(c.key);
            }}
          />
        ) : null}
        <ConsoleTabs consoles={strip} shownKey={current?.key ?? null} tabId={tabId} panelId={panelId} onActivate={activate} />
        {consoles.length > 0 && (
          <button
            type="button"
            className="terminal-tab terminal-grid-toggle"
            aria-pressed={grid}
            aria-label="All platforms side by side"
            title="All platforms side by side: this guest's console on every platform"
            onClick={() => {
              if (!grid) onGridOpened?.();
              setGrid(!grid);
              if (current) pool?.focus(current.key);
            }}
          >
            <span aria-hidden="true">⊞</span>
          </button>
        )}
      </div>
      {pool && grid && shown.length > 1 ? <SendToAll key={current?.target} consoles={shown} pool={pool} /> : null}
      {pool && findIn ? <TerminalFindBar pool={pool} consoleKey={findIn.key} title={findIn.title} onClose={() => setFinding(null)} /> : null}
      {snag && snagIn ? <TypingNote snag={snag} title={snagIn.title} onDone={typing.forget} /> : null}
      <div
        ref={viewportRef}
        onContextMenu={(e) => setMenu(menuPlace(e))}
        onFocus={() => setTyped(false)}
        onKeyDownCapture={(e) => setTyped(e.key !== 'Escape')}
        className="terminal-viewport"
        role="tabpanel"
        id={panelId}
        {...(current ? { 'aria-labelledby': tabId(current.key) } : { 'aria-label': 'Console' })}
      >
        {consoles.length === 0 && <p className="terminal-message">No consoles: load a scenario to get one per guest.</p>}
        {/* Shown while the keyboard is in a terminal; the terminal's input says it to a screen reader. */}
        {consoles.length > 0 && (
          <p className="terminal-leave-hint" data-typed={typed || undefined} aria-hidden="true">
            {LEAVE_KEYS}: leave the terminal
          </p>
        )}
        {loadError && <p className="terminal-message">The terminal could not be loaded: {loadError}</p>}
      </div>
      {pool && menu ? <TerminalContextMenu pool={pool} place={menu} onFind={setFinding} onClose={closeMenu} /> : null}
    </div>
  );
}

/** Where a right-click in a console's terminal opens its menu (and no browser menu); null outside a terminal. */
function menuPlace(e: MouseEvent<HTMLDivElement>): MenuPlace | null {
  const key = (e.target as Element).closest<HTMLElement>('.terminal-host')?.dataset['console'];
  if (key === undefined) return null;
  e.preventDefault();
  return { consoleKey: key, x: e.clientX, y: e.clientY };
}

interface ConsoleTabsProps {
  readonly consoles: readonly ConsoleRef[];
  readonly shownKey: string | null;
  readonly tabId: (key: string) => string;
  readonly panelId: string;
  readonly onActivate: (key: string) => void;
}

/** The tab strip (WAI-ARIA tabs with manual activation and a roving tabindex). */
function ConsoleTabs({ consoles, shownKey, tabId, panelId, onActivate }: ConsoleTabsProps) {
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const tabs = useRef(new Map<string, HTMLButtonElement>());
  const groups = groupByPlatform(consoles);
  const flat = groups.flatMap((g) => g.consoles);
  const tabbable = flat.some((c) => c.key === focusKey) ? focusKey : shownKey;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const current = Math.max(0, flat.findIndex((c) => c.key === tabbable));
    const next = tabIndexAfterKey(event.key, current, flat.length);
    const target = next === null ? undefined : flat[next];
    if (!target) return;
    event.preventDefault();
    setFocusKey(target.key);
    tabs.current.get(target.key)?.focus();
  };

  if (flat.length === 0) return null;
  return (
    <div className="terminal-tabs" role="tablist" aria-label="Consoles by platform" onKeyDown={onKeyDown}>
      {groups.map((group) => (
        // The group and its heading are layout only: each tab's name says its platform.
        <div key={group.platform} className="terminal-tab-group" role="presentation" data-platform={group.platform}>
          <span className="terminal-tab-group-label" aria-hidden="true">
            {PLATFORM_TITLE[group.platform]}
          </span>
          {group.consoles.map((c) => (
            <button
              key={c.key}
              ref={(el) => {
                if (el) tabs.current.set(c.key, el);
                else tabs.current.delete(c.key);
              }}
              type="button"
              role="tab"
              id={tabId(c.key)}
              className="terminal-tab"
              aria-label={c.title}
              aria-selected={c.key === shownKey}
              aria-controls={panelId}
              tabIndex={c.key === tabbable ? 0 : -1}
              onFocus={() => setFocusKey(c.key)}
              onClick={() => onActivate(c.key)}
            >
              {shortTitle(c)}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
