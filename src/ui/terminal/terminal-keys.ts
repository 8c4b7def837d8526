/**
 * The terminal's keyboard conventions, as in VS Code's integrated terminal: Ctrl+Shift+C
 * copies; Ctrl+C copies when text is selected and otherwise reaches the shell as ^C;
 * Ctrl+V and Ctrl+Shift+V paste; Ctrl+F finds; Ctrl+= / Ctrl+- / Ctrl+0 zoom the font.
 * On a Mac ⌘ does what Ctrl does here, and Ctrl keeps going to the shell. Escape then Tab
 * leaves the terminal. Pure: which action a key press asks for; the adapter carries it out.
 */

export type TerminalAction = 'copy' | 'paste' | 'find' | 'zoom-in' | 'zoom-out' | 'zoom-reset';

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

/** The action a key press asks for, or null: the key goes to the shell as usual. */
export function terminalKeyAction(e: KeyPress, hasSelection: boolean, mac: boolean): TerminalAction | null {
  const command = mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  if (!command || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'c') return e.shiftKey || hasSelection || mac ? 'copy' : null;
  if (key === 'v') return 'paste';
  if (key === 'f') return 'find';
  if (e.shiftKey) return key === '+' ? 'zoom-in' : null;
  if (key === '=' || key === '+') return 'zoom-in';
  if (key === '-') return 'zoom-out';
  if (key === '0') return 'zoom-reset';
  return null;
}

/**
 * The way out of a terminal, whose Tab belongs to the shell: Escape and then Tab (Shift+Tab
 * for the control before), CodeMirror's escape hatch, so the terminal is no keyboard trap
 * (WCAG 2.1.2, which asks that the way out be told: Help, the console bar and the input's label say it).
 */
export const LEAVE_KEYS = 'Esc, then Tab';

/** What the terminal does with a key press: passes it on, keeps back an Escape, or lets the browser's Tab move the focus. */
export type LeaveVerdict = 'pass' | 'hold' | 'leave';

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock']);

/**
 * Watches key presses for Escape-then-Tab. The Escape is kept back until the next key: when
 * that is Tab the shell never sees either, else the Escape goes first and the key after it, so
 * the shell gets what it always got. (A lone Escape makes a shell wait for the key it
 * prefixes, as Alt; one that reached it before a Tab that left would eat the first letter
 * typed on coming back.)
 */
export class LeaveChord {
  private held = false;

  /** For each keydown: what to do with it, and whether a held Escape must reach the shell first. */
  keydown(e: KeyPress): { readonly verdict: LeaveVerdict; readonly releaseEscape: boolean } {
    if (MODIFIER_KEYS.has(e.key)) return { verdict: 'pass', releaseEscape: false };
    const plain = !e.ctrlKey && !e.altKey && !e.metaKey;
    const releaseEscape = this.held;
    if (e.key === 'Escape' && plain && !e.shiftKey) {
      this.held = true;
      return { verdict: 'hold', releaseEscape };
    }
    this.held = false;
    if (e.key === 'Tab' && plain && releaseEscape) return { verdict: 'leave', releaseEscape: false };
    return { verdict: 'pass', releaseEscape };
  }

  /** The terminal lost the keyboard: a held Escape is dropped, as it prefixed nothing. */
  reset(): void {
    this.held = false;
  }
}

/** The terminal's own keys, for Help (⌘ for Ctrl on a Mac). */
export const TERMINAL_KEYS_HELP: readonly { readonly keys: string; readonly does: string }[] = [
  { keys: LEAVE_KEYS, does: 'Leave the terminal for the next control (Esc, then Shift+Tab: the one before)' },
  { keys: 'Ctrl+Shift+C', does: 'Copy (Ctrl+C too while text is selected; otherwise it interrupts)' },
  { keys: 'Ctrl+V', does: 'Paste' },
  { keys: 'Ctrl+F', does: 'Find in the terminal' },
  { keys: 'Ctrl+= / Ctrl+- / Ctrl+0', does: 'Larger / smaller / usual text' },
];
