/**
 * Decodes what a terminal (xterm.js) sends for keystrokes into keys: printable text, the
 * C0 control bytes a shell reacts to, and the CSI/SS3 escape sequences of the cursor keys.
 *
 * Stateful because a sequence may arrive split across writes (`\x1b` in one, `[A` in the
 * next). Anything it does not know — other sequences, other control bytes, C1 codes — is
 * dropped, and a malformed or over-long sequence is abandoned rather than swallowing input.
 */

export type KeyName =
  | 'char'
  | 'enter'
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'tab'
  | 'interrupt'
  | 'clear'
  | 'kill-line';

export interface Key {
  readonly name: KeyName;
  /** The bytes the terminal sent for this key, for commands that read keys (top's `q`). */
  readonly raw: string;
}

/** Longest CSI parameter string we keep; real cursor keys use a few bytes, so more is garbage. */
const MAX_CSI_LENGTH = 16;

const CONTROL_KEYS: ReadonlyMap<string, KeyName> = new Map([
  ['\r', 'enter'],
  ['\n', 'enter'],
  ['\x7f', 'backspace'],
  ['\b', 'backspace'],
  ['\t', 'tab'],
  ['\x03', 'interrupt'],
  ['\x0c', 'clear'],
  ['\x15', 'kill-line'],
  ['\x01', 'home'],
  ['\x05', 'end'],
]);

/** Final bytes of CSI sequences without parameters, and of SS3 sequences (application cursor mode). */
const CURSOR_FINALS: ReadonlyMap<string, KeyName> = new Map([
  ['A', 'up'],
  ['B', 'down'],
  ['C', 'right'],
  ['D', 'left'],
  ['H', 'home'],
  ['F', 'end'],
]);

/** `CSI n ~` keys (VT220 editing keypad). */
const TILDE_KEYS: ReadonlyMap<string, KeyName> = new Map([
  ['1', 'home'],
  ['7', 'home'],
  ['4', 'end'],
  ['8', 'end'],
  ['3', 'delete'],
]);

type State = 'ground' | 'escape' | 'csi' | 'ss3';

export class KeyDecoder {
  private state: State = 'ground';
  /** Bytes of the escape sequence being collected (including the ESC). */
  private seq = '';
  /** A `\r` was the last byte: a following `\n` is the same Enter (pasted CRLF). */
  private afterCr = false;

  decode(data: string): Key[] {
    const keys: Key[] = [];
    for (const ch of data) this.step(ch, keys);
    return keys;
  }

  private step(ch: string, keys: Key[]): void {
    switch (this.state) {
      case 'ground':
        this.ground(ch, keys);
        return;
      case 'escape':
        this.escape(ch, keys);
        return;
      case 'csi':
        this.csi(ch, keys);
        return;
      case 'ss3':
        this.ss3(ch, keys);
        return;
    }
  }

  private ground(ch: string, keys: Key[]): void {
    const wasAfterCr = this.afterCr;
    this.afterCr = ch === '\r';
    if (ch === '\x1b') {
      this.state = 'escape';
      this.seq = ch;
      return;
    }
    if (ch === '\n' && wasAfterCr) return;
    const control = CONTROL_KEYS.get(ch);
    if (control !== undefined) {
      keys.push({ name: control, raw: ch });
      return;
    }
    if (isPrintable(ch)) keys.push({ name: 'char', raw: ch });
  }

  private escape(ch: string, keys: Key[]): void {
    if (ch === '[') {
      this.state = 'csi';
      this.seq += ch;
    } else if (ch === 'O') {
      this.state = 'ss3';
      this.seq += ch;
    } else if (ch === '\x1b') {
      this.seq = ch; // ESC ESC: the first one was a lone Escape key.
    } else {
      // Alt+key or an unknown sequence: drop the ESC; a control byte still counts.
      this.reset();
      if (!isPrintable(ch)) this.ground(ch, keys);
    }
  }

  private csi(ch: string, keys: Key[]): void {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x40 && code <= 0x7e) {
      const params = this.seq.slice(2);
      const raw = this.seq + ch;
      this.reset();
      const name = ch === '~' ? TILDE_KEYS.get(params) : params === '' ? CURSOR_FINALS.get(ch) : undefined;
      if (name !== undefined) keys.push({ name, raw });
      return;
    }
    if (code >= 0x20 && code <= 0x3f && this.seq.length < MAX_CSI_LENGTH) {
      this.seq += ch;
      return;
    }
    // Not a valid CSI byte (or far too long): abandon the sequence, and let a control byte act.
    this.reset();
    if (!isPrintable(ch)) this.ground(ch, keys);
  }

  private ss3(ch: string, keys: Key[]): void {
    const name = CURSOR_FINALS.get(ch);
    const raw = this.seq + ch;
    this.reset();
    if (name !== undefined) keys.push({ name, raw });
    else if (!isPrintable(ch)) this.ground(ch, keys);
  }

  private reset(): void {
    this.state = 'ground';
    this.seq = '';
  }
}

/** Text a line may hold: not C0, DEL or C1 controls. */
export function isPrintable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code <= 0x9f);
}
