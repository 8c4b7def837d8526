/**
 * A shell's line editor (what readline does for bash, or the console's line mode for
 * cmd.exe): keeps the line being typed and the cursor, echoes edits with ANSI cursor
 * movement, and keeps the history that up/down recall.
 *
 * Pure: keys in, echo bytes and events out. It knows the terminal width and where the
 * prompt ends so that edits on a line that wraps onto further rows still land in the
 * right place. Simplifies: every character is one column wide (no CJK double width).
 */
import { KeyDecoder, type Key } from './terminal-keys.ts';

/** Longest line accepted; like a kernel tty's 4096-byte canonical buffer, a bound on what one line can cost. */
export const MAX_LINE = 1024;
/** History entries kept (bash's HISTSIZE defaults to 500). */
export const MAX_HISTORY = 500;

const BELL = '\x07';

export type LineEvent =
  | { readonly kind: 'line'; readonly line: string }
  | { readonly kind: 'interrupt' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'complete'; readonly line: string; readonly cursor: number };

export interface EditorStep {
  /** Bytes to send to the terminal. */
  readonly echo: string;
  readonly event: LineEvent | null;
}

export class LineEditor {
  /** The line as code points, so the cursor never splits a surrogate pair. */
  private chars: string[] = [];
  private cursor = 0;
  private columns: number;
  /** Column at which the line starts (the prompt's visible width, possibly wider than a row). */
  private origin = 0;
  private readonly entries: string[] = [];
  /** Index into entries while browsing history; entries.length means the line being typed. */
  private browsing = 0;
  /** The unfinished line saved while browsing history. */
  private draft: string[] = [];
  private readonly decoder = new KeyDecoder();

  constructor(columns = 80) {
    this.columns = clampColumns(columns);
  }

  get history(): readonly string[] {
    return this.entries;
  }

  get line(): string {
    return this.chars.join('');
  }

  get cursorIndex(): number {
    return this.cursor;
  }

  setColumns(columns: number): void {
    this.columns = clampColumns(columns);
  }

  /**
   * A prompt has just been printed and the terminal cursor stands at `column`. Returns
   * what to send next: a line break if the prompt filled its last row exactly.
   */
  begin(column: number): string {
    this.origin = Math.max(0, Math.floor(column));
    return this.origin > 0 && this.origin % this.columns === 0 ? '\r\n' : '';
  }

  /** Decodes terminal input and applies each key. */
  feed(data: string): EditorStep[] {
    return this.decoder.decode(data).map((key) => this.press(key));
  }

  press(key: Key): EditorStep {
    switch (key.name) {
      case 'char':
        return echo(this.insert(key.raw));
      case 'enter':
        return this.enter();
      case 'backspace':
        return echo(this.cursor === 0 ? '' : this.splice(this.cursor - 1, 1, []));
      case 'delete':
        return echo(this.cursor === this.chars.length ? '' : this.splice(this.cursor, 1, []));
      case 'kill-line':
        return echo(this.cursor === 0 ? '' : this.splice(0, this.cursor, []));
      case 'left':
        return echo(this.cursor === 0 ? '' : this.moveCursor(this.cursor - 1));
      case 'right':
        return echo(this.cursor === this.chars.length ? '' : this.moveCursor(this.cursor + 1));
      case 'home':
        return echo(this.moveCursor(0));
      case 'end':
        return echo(this.moveCursor(this.chars.length));
      case 'up':
        return echo(this.recall(-1));
      case 'down':
        return echo(this.recall(1));
      case 'tab':
        return { echo: '', event: { kind: 'complete', line: this.line, cursor: this.cursor } };
      case 'interrupt':
        return this.interrupt();
      case 'clear':
        return { echo: '', event: { kind: 'clear' } };
    }
  }

  /** Inserts text at the cursor (typing); rings the bell for what does not fit. */
  insert(text: string): string {
    return this.replace(this.cursor, this.cursor, text);
  }

  /**
   * Replaces code points [from, to) with `text` and leaves the cursor after it (completion
   * rewrites the word before the cursor); rings the bell for what does not fit.
   */
  replace(from: number, to: number, text: string): string {
    const start = Math.max(0, Math.min(from, this.chars.length));
    const end = Math.max(start, Math.min(to, this.chars.length));
    const incoming = Array.from(text);
    const room = MAX_LINE - (this.chars.length - (end - start));
    const fitting = incoming.slice(0, Math.max(0, room));
    const bell = fitting.length < incoming.length ? BELL : '';
    if (fitting.length === 0 && start === end) return bell;
    return this.splice(start, end - start, fitting) + bell;
  }

  /**
   * Moves the terminal cursor past the end of the line so other output can follow on a new
   * row. The line and its cursor are kept for `render()` after the next prompt.
   */
  leave(): string {
    return this.path(this.cursor, this.chars.length);
  }

  /** Draws the whole line after a freshly printed prompt (after a clear screen or a completion list). */
  render(): string {
    const end = this.chars.length;
    return this.chars.join('') + this.wrapFix(end) + this.path(end, this.cursor);
  }

  private enter(): EditorStep {
    const line = this.line;
    const out = this.leave() + '\r\n';
    this.addHistory(line);
    this.reset();
    return { echo: out, event: { kind: 'line', line } };
  }

  private interrupt(): EditorStep {
    const out = this.leave() + '^C\r\n';
    this.reset();
    return { echo: out, event: { kind: 'interrupt' } };
  }

  private reset(): void {
    this.chars = [];
    this.cursor = 0;
    this.draft = [];
    this.browsing = this.entries.length;
  }

  private addHistory(line: string): void {
    // Like HISTCONTROL=ignorespace:ignoredups — blank lines and immediate repeats are not kept.
    if (line.trim() === '' || this.entries[this.entries.length - 1] === line) return;
    this.entries.push(line);
    if (this.entries.length > MAX_HISTORY) this.entries.shift();
  }

  private recall(direction: -1 | 1): string {
    const target = this.browsing + direction;
    if (target < 0 || target > this.entries.length) return '';
    if (this.browsing === this.entries.length) this.draft = this.chars;
    this.browsing = target;
    const next = target === this.entries.length ? this.draft : Array.from(this.entries[target] ?? '');
    return this.replaceAll(next);
  }

  private replaceAll(next: string[]): string {
    const out = this.splice(0, this.chars.length, next);
    return out + this.moveCursor(this.chars.length);
  }

  /**
   * Replaces `count` characters at `start` with `items`, then redraws from `start` to the end
   * of the line and puts the cursor after the inserted items.
   */
  private splice(start: number, count: number, items: readonly string[]): string {
    const oldLength = this.chars.length;
    let out = this.path(this.cursor, start);
    this.chars = [...this.chars.slice(0, start), ...items, ...this.chars.slice(start + count)];
    const end = this.chars.length;
    const tail = this.chars.slice(start).join('');
    // Only written text leaves a wrap pending; a cursor move lands on the cell itself.
    out += tail === '' ? '' : tail + this.wrapFix(end);
    if (end < oldLength) out += '\x1b[J';
    this.cursor = start + items.length;
    return out + this.path(end, this.cursor);
  }

  private moveCursor(to: number): string {
    const out = this.path(this.cursor, to);
    this.cursor = to;
    return out;
  }

  /**
   * After writing up to the last column the terminal holds the cursor there with a wrap
   * pending; a CR LF makes the wrap real so relative moves start from a known place.
   */
  private wrapFix(index: number): string {
    const pos = this.origin + index;
    return index > 0 && pos % this.columns === 0 ? '\r\n' : '';
  }

  /** ANSI movement from the cell of line index `from` to that of index `to`. */
  private path(from: number, to: number): string {
    if (from === to) return '';
    const a = this.origin + from;
    const b = this.origin + to;
    const rowA = Math.floor(a / this.columns);
    const rowB = Math.floor(b / this.columns);
    const colB = b % this.columns;
    if (rowA === rowB) {
      const delta = colB - (a % this.columns);
      return delta > 0 ? `\x1b[${delta}C` : `\x1b[${-delta}D`;
    }
    const vertical = rowB > rowA ? `\x1b[${rowB - rowA}B` : `\x1b[${rowA - rowB}A`;
    return vertical + '\r' + (colB > 0 ? `\x1b[${colB}C` : '');
  }
}

function echo(out: string): EditorStep {
  return { echo: out, event: null };
}

function clampColumns(columns: number): number {
  return Number.isFinite(columns) ? Math.min(10_000, Math.max(1, Math.floor(columns))) : 80;
}
