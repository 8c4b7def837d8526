/**
 * Find in a console (Ctrl+F in its terminal, or its menu's Find…), as in VS Code: type to
 * find the next match, Enter for the next, Shift+Enter for the previous, Escape to close
 * and go back to the terminal. The match is selected in the terminal and scrolled into view.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TerminalPool } from './terminal-pool.ts';

export interface TerminalFindBarProps {
  readonly pool: TerminalPool;
  /** The console searched. */
  readonly consoleKey: string;
  readonly title: string;
  readonly onClose: () => void;
}

export function TerminalFindBar({ pool, consoleKey, title, onClose }: TerminalFindBarProps) {
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), [consoleKey]);

  const find = (value: string, backwards: boolean): void => {
    setMissing(value !== '' && !(pool.terminal(consoleKey)?.find(value, backwards) ?? false));
  };
  const close = (): void => {
    onClose();
    pool.focus(consoleKey);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Escape') close();
    else if (e.key === 'Enter') find(text, e.shiftKey);
    else return;
    e.preventDefault();
  };

  return (
    <div className="terminal-find" role="search" aria-label={`Find in ${title}`}>
      <input
        ref={input}
        className="input terminal-find-input"
        type="search"
        aria-label={`Find in ${title}`}
        placeholder="Find"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          find(e.target.value, false);
        }}
        onKeyDown={onKeyDown}
      />
      <span className="terminal-find-status" role="status">
        {missing ? 'No matches' : ''}
      </span>
      <button type="button" className="small-button" aria-label="Previous match" title="Previous match (Shift+Enter)" onClick={() => find(text, true)}>
        ↑
      </button>
      <button type="button" className="small-button" aria-label="Next match" title="Next match (Enter)" onClick={() => find(text, false)}>
        ↓
      </button>
      <button type="button" className="small-button" aria-label="Close find" title="Close (Escape)" onClick={close}>
        ×
      </button>
    </div>
  );
}
