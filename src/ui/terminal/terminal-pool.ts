/**
 * The terminals a panel has opened, one per console, each in its own element inside the
 * panel's viewport. A console's terminal is created the first time it is shown and kept
 * (hidden, with `visibility`, so that xterm keeps its scroll place) while the console
 * exists, so its history survives switching tabs; only the shown ones are fitted. One console fills the viewport; several (the grid: one guest on every
 * platform) share it, each under a caption. Loaded lazily together with xterm.
 */
import { FONT_SIZE_PX, openConsoleTerminal, type ConsoleIo, type ConsoleTerminal, type OwnerAction } from './xterm-adapter.ts';
import type { TerminalColours } from './terminal-theme.ts';

interface Entry {
  readonly host: HTMLElement;
  readonly terminal: ConsoleTerminal;
}

export interface ShownConsole {
  readonly key: string;
  /** The console's name, for its caption in the grid and its input's label. */
  readonly label: string;
}

/** Font zoom steps, px, as Ctrl+= and Ctrl+- walk them: readable from 11 px up to a projector's 28. */
const FONT_SIZES = [11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28];

export class TerminalPool {
  private readonly entries = new Map<string, Entry>();
  private shown: readonly string[] = [];
  private disposed = false;
  private fontSize = FONT_SIZE_PX;

  /**
   * `onFocus` hears which console's terminal got the keyboard (a click into one of the grid);
   * `onFind` that a terminal's keys asked to find text in it. Zoom applies to every terminal.
   */
  constructor(
    private readonly viewport: HTMLElement,
    private readonly io: ConsoleIo,
    private colours: TerminalColours,
    private readonly onFocus: (key: string) => void,
    private readonly onFind: (key: string) => void,
  ) {
    viewport.style.background = colours.background;
  }

  /** Shows these consoles' terminals (opening them if needed) and hides the others. */
  show(consoles: readonly ShownConsole[]): void {
    if (this.disposed) return;
    for (const c of consoles) if (!this.entries.has(c.key)) this.entries.set(c.key, this.open(c));
    const keys = consoles.map((c) => c.key);
    for (const [k, e] of this.entries) {
      e.host.hidden = !keys.includes(k);
      e.host.style.order = String(keys.indexOf(k));
    }
    this.viewport.dataset['layout'] = keys.length > 1 ? 'grid' : 'single';
    this.shown = keys;
    this.fit();
  }

  /** Fits the shown terminals to their space (after a resize). */
  fit(): void {
    for (const k of this.shown) this.entries.get(k)?.terminal.fit();
  }

  focus(key: string): void {
    this.entries.get(key)?.terminal.focus();
  }

  /** The console's terminal, to copy, paste, clear or find in; null when it has none. */
  terminal(key: string): ConsoleTerminal | null {
    return this.entries.get(key)?.terminal ?? null;
  }

  /** Zooms every terminal's font one step in or out, or back to the default, and refits them. */
  zoom(step: 1 | -1 | 0): void {
    const at = FONT_SIZES.indexOf(this.fontSize);
    const next = step === 0 ? FONT_SIZE_PX : FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, at + step))];
    if (next === undefined || next === this.fontSize) return;
    this.fontSize = next;
    for (const e of this.entries.values()) e.terminal.setFontSize(next);
    this.fit();
  }

  /** A console's whole buffer as text, or '' when it has no terminal (a test hook). */
  text(key: string): string {
    return this.entries.get(key)?.terminal.text() ?? '';
  }

  setColours(colours: TerminalColours): void {
    this.colours = colours;
    this.viewport.style.background = colours.background;
    for (const e of this.entries.values()) e.terminal.setColours(colours);
  }

  /** Closes the terminals of consoles that no longer exist. */
  retain(keys: ReadonlySet<string>): void {
    for (const [k, e] of this.entries) if (!keys.has(k)) this.close(k, e);
  }

  /** Closes every terminal (the next `show` opens fresh ones). */
  closeAll(): void {
    for (const [k, e] of this.entries) this.close(k, e);
  }

  dispose(): void {
    this.disposed = true;
    this.closeAll();
    this.viewport.style.background = '';
  }

  private open(c: ShownConsole): Entry {
    const host = document.createElement('div');
    host.className = 'terminal-host';
    host.dataset['console'] = c.key;
    const caption = document.createElement('div');
    caption.className = 'terminal-caption';
    caption.setAttribute('aria-hidden', 'true'); // the input's label names the console
    caption.textContent = c.label;
    const screen = document.createElement('div');
    screen.className = 'terminal-screen';
    host.append(caption, screen);
    this.viewport.append(host);
    const onAction = (action: OwnerAction): void => {
      if (action === 'find') this.onFind(c.key);
      else this.zoom(action === 'zoom-in' ? 1 : action === 'zoom-out' ? -1 : 0);
    };
    const terminal = openConsoleTerminal(screen, c.key, this.io, this.colours, c.label, () => this.onFocus(c.key), onAction, this.fontSize);
    return { host, terminal };
  }

  private close(key: string, entry: Entry): void {
    entry.terminal.dispose();
    entry.host.remove();
    this.entries.delete(key);
    this.shown = this.shown.filter((k) => k !== key);
  }
}
