/**
 * The terminal's keyboard conventions, as in VS Code's integrated terminal: Ctrl+Shift+C
 * copies; Ctrl+C copies when text is selected and otherwise reaches the shell as ^C;
 * Ctrl+V and Ctrl+Shift+V paste; Ctrl+F finds; Ctrl+= / Ctrl+- / Ctrl+0 zoom the font.
 * On a Mac ⌘ does what Ctrl does here, and Ctrl keeps going to the shell. Pure: which
 * action a key press asks for; the adapter carries it out.
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
