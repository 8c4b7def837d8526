/**
 * A console's context menu (right-click in its terminal): Copy, Paste, Clear and Find…, as
 * in VS Code. A WAI-ARIA menu: the first item takes the keyboard, arrows move, Escape or
 * a click elsewhere closes it and the keyboard goes back to the terminal.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { TerminalPool } from './terminal-pool.ts';

export interface MenuPlace {
  readonly consoleKey: string;
  /** Viewport coordinates of the click. */
  readonly x: number;
  readonly y: number;
}

export interface TerminalContextMenuProps {
  readonly pool: TerminalPool;
  readonly place: MenuPlace;
  readonly onFind: (key: string) => void;
  readonly onClose: () => void;
}

export function TerminalContextMenu({ pool, place, onFind, onClose }: TerminalContextMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const key = place.consoleKey;
  const terminal = pool.terminal(key);

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    const away = (e: PointerEvent): void => {
      if (!menu.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [onClose]);

  const act = (what: () => void): void => {
    onClose();
    what();
    pool.focus(key);
  };
  const items: readonly { label: string; disabled?: boolean; run: () => void }[] = [
    { label: 'Copy', disabled: !terminal?.hasSelection(), run: () => void terminal?.copy().catch(() => undefined) },
    { label: 'Paste', run: () => void terminal?.paste().catch(() => undefined) },
    { label: 'Clear', run: () => terminal?.clear() },
    { label: 'Find…', run: () => onFind(key) },
  ];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const enabled = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const at = enabled.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') act(() => undefined);
    else if (e.key === 'ArrowDown') enabled[(at + 1) % enabled.length]?.focus();
    else if (e.key === 'ArrowUp') enabled[(at - 1 + enabled.length) % enabled.length]?.focus();
    else return;
    e.preventDefault();
  };

  return (
    <div ref={menu} className="terminal-menu" role="menu" aria-label="Console" style={{ left: place.x, top: place.y }} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button key={item.label} type="button" role="menuitem" tabIndex={-1} className="terminal-menu-item" disabled={item.disabled} onClick={() => act(item.run)}>
          {item.label}
        </button>
      ))}
    </div>
  );
}
