/**
 * The one module that knows xterm.js (STYLE 6). It binds one xterm `Terminal` to one
 * console of the store: keystrokes → `writeConsole`, the console's output → the screen,
 * the fitted size → `resizeConsole`. Everything it subscribes to is released by the
 * returned handle's `dispose()` (STYLE 12).
 *
 * Loaded lazily (see load-terminals.ts): xterm is ≈ 330 KB of JS that the first paint
 * does not need.
 */
import { Terminal, type IDisposable } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import { SearchAddon } from '@xterm/addon-search';
import '@xterm/xterm/css/xterm.css';
import { LEAVE_KEYS, LeaveChord, terminalKeyAction, type TerminalAction } from './terminal-keys.ts';
import type { TerminalColours } from './terminal-theme.ts';

/** What a terminal needs from the store (a subset of PlaygroundActions). */
export interface ConsoleIo {
  writeConsole(key: string, data: string): void;
  resizeConsole(key: string, columns: number, rows: number): void;
  onConsoleOutput(key: string, listener: (data: string) => void): () => void;
}

export interface ConsoleTerminal {
  readonly key: string;
  /** Sizes the terminal to its element (does nothing while the element is hidden). */
  fit(): void;
  focus(): void;
  setColours(colours: TerminalColours): void;
  hasSelection(): boolean;
  /** Copies the selection to the clipboard (nothing selected: nothing copied). */
  copy(): Promise<void>;
  /** Types the clipboard's text into the console, as a paste (bracketed if the program asked). */
  paste(): Promise<void>;
  /** Clears the screen and the scrollback, keeping the line being typed. */
  clear(): void;
  /** Selects and scrolls to the next (or previous) match of `text`; false when there is none. */
  find(text: string, backwards: boolean): boolean;
  setFontSize(px: number): void;
  /** The whole buffer as text, scrollback included, one line per row (for tests). */
  text(): string;
  dispose(): void;
}

/** 15 px reads from the back of a classroom; the DOM renderer keeps text selectable and testable. */
export const FONT_SIZE_PX = 15;
const FONT_FAMILY = '"DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace';
/** Lines kept above the screen: a boot log plus a few commands' output. */
const SCROLLBACK_LINES = 2000;

/** What a terminal asks of its owner: the keyboard's actions beyond copy and paste (find, zoom). */
export type OwnerAction = Exclude<TerminalAction, 'copy' | 'paste'>;

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Opens a terminal for console `key` inside `element` (which it fills). `label` names the
 * console for assistive technology; `onFocus` hears when the terminal gets the keyboard,
 * `onAction` when a key asks for find or zoom.
 */
export function openConsoleTerminal(
  element: HTMLElement,
  key: string,
  io: ConsoleIo,
  colours: TerminalColours,
  label: string,
  onFocus: () => void,
  onAction: (action: OwnerAction) => void,
  fontSize = FONT_SIZE_PX,
): ConsoleTerminal {
  const term = new Terminal({
    fontSize,
    fontFamily: FONT_FAMILY,
    scrollback: SCROLLBACK_LINES,
    cursorBlink: false,
    theme: { ...colours },
    // The engine sends \r\n itself; this only guards against a bare \n from a command.
    convertEol: true,
  });
  const fitAddon = new FitAddon();
  const search = new SearchAddon();
  term.loadAddon(fitAddon);
  term.loadAddon(search);
  term.open(element);
  const copy = async (): Promise<void> => {
    const text = term.getSelection();
    if (text !== '') await navigator.clipboard.writeText(text);
  };
  const paste = async (): Promise<void> => {
    const text = await navigator.clipboard.readText();
    if (text !== '') term.paste(text);
  };
  const leave = new LeaveChord();
  term.attachCustomKeyEventHandler((e) => {
    if (e.type === 'keydown') {
      const { verdict, releaseEscape } = leave.keydown(e);
      if (releaseEscape) term.input('\x1b');
      // Held or leaving, xterm does not see it; a leaving Tab is not prevented, so the browser moves the focus on.
      if (verdict !== 'pass') return false;
    }
    const action = terminalKeyAction(e, term.hasSelection(), MAC);
    if (action === null) return true;
    // Ours on keydown, and no keypress/keyup of the same chord reaches the shell either.
    // A paste key is left to the browser: its paste event brings the text to xterm with no
    // clipboard permission to ask for (the menu's Paste has to ask).
    if (action === 'paste') return false;
    if (e.type === 'keydown') {
      e.preventDefault(); // no browser zoom or find besides ours
      if (action === 'copy') void copy().catch(() => undefined);
      else onAction(action);
    }
    return false;
  });
  const subscriptions: IDisposable[] = [
    term.onData((data) => io.writeConsole(key, data)),
    term.onResize(({ cols, rows }) => io.resizeConsole(key, cols, rows)),
    { dispose: io.onConsoleOutput(key, (data) => term.write(data)) },
  ];
  const input = term.textarea;
  if (input) {
    input.setAttribute('aria-label', `${label} console input (${LEAVE_KEYS} leaves it)`);
    const onBlur = (): void => leave.reset();
    input.addEventListener('focus', onFocus);
    input.addEventListener('blur', onBlur);
    subscriptions.push({
      dispose: () => {
        input.removeEventListener('focus', onFocus);
        input.removeEventListener('blur', onBlur);
      },
    });
  }

  let sizedOnce = false;
  let disposed = false;
  const fit = (): void => {
    if (disposed || element.clientWidth === 0 || element.clientHeight === 0) return;
    const proposed = fitAddon.proposeDimensions();
    if (!proposed || !Number.isFinite(proposed.cols) || !Number.isFinite(proposed.rows)) return;
    if (proposed.cols !== term.cols || proposed.rows !== term.rows) fitAddon.fit();
    // onResize fires only on a change: tell the console its size once even if it matched the default.
    if (!sizedOnce) {
      sizedOnce = true;
      io.resizeConsole(key, term.cols, term.rows);
    }
  };

  return {
    key,
    fit,
    focus: () => term.focus(),
    setColours: (c) => {
      term.options.theme = { ...c };
    },
    hasSelection: () => term.hasSelection(),
    copy,
    paste,
    clear: () => term.clear(),
    find: (text, backwards) => (backwards ? search.findPrevious(text) : search.findNext(text)),
    setFontSize: (px) => {
      term.options.fontSize = px;
    },
    text: () => {
      const buffer = term.buffer.active;
      const lines: string[] = [];
      for (let y = 0; y < buffer.length; y++) lines.push(buffer.getLine(y)?.translateToString(true) ?? '');
      return lines.join('\n');
    },
    dispose: () => {
      if (disposed) return;
      disposed = true;
      for (const s of subscriptions) s.dispose();
      term.dispose(); // disposes the addons too
    },
  };
}
