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
import '@xterm/xterm/css/xterm.css';
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
  /** The whole buffer as text, scrollback included, one line per row (for tests). */
  text(): string;
  dispose(): void;
}

/** 15 px reads from the back of a classroom; the DOM renderer keeps text selectable and testable. */
const FONT_SIZE_PX = 15;
const FONT_FAMILY = '"DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace';
/** Lines kept above the screen: a boot log plus a few commands' output. */
const SCROLLBACK_LINES = 2000;

/**
 * Opens a terminal for console `key` inside `element` (which it fills). `label` names the
 * console for assistive technology; `onFocus` hears when the terminal gets the keyboard.
 */
export function openConsoleTerminal(
  element: HTMLElement,
  key: string,
  io: ConsoleIo,
  colours: TerminalColours,
  label: string,
  onFocus: () => void,
): ConsoleTerminal {
  const term = new Terminal({
    fontSize: FONT_SIZE_PX,
    fontFamily: FONT_FAMILY,
    scrollback: SCROLLBACK_LINES,
    cursorBlink: false,
    theme: { ...colours },
    // The engine sends \r\n itself; this only guards against a bare \n from a command.
    convertEol: true,
  });
  const fitAddon = new FitAddon();
  term.loadAddon(fitAddon);
  term.open(element);
  const subscriptions: IDisposable[] = [
    term.onData((data) => io.writeConsole(key, data)),
    term.onResize(({ cols, rows }) => io.resizeConsole(key, cols, rows)),
    { dispose: io.onConsoleOutput(key, (data) => term.write(data)) },
  ];
  const input = term.textarea;
  if (input) {
    input.setAttribute('aria-label', `${label} console input`);
    input.addEventListener('focus', onFocus);
    subscriptions.push({ dispose: () => input.removeEventListener('focus', onFocus) });
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
      term.dispose(); // disposes the fit addon too
    },
  };
}
