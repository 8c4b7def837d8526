/**
 * The terminal's colours, taken from the page's light/dark theme: CSS custom properties
 * (`--terminal-background`, `--terminal-foreground`, `--terminal-cursor`, `--terminal-selection`,
 * and `--terminal-<ansi name>` for the 16 ANSI colours) read from the element that holds the
 * terminal, so whatever theme class or media query the page applies reaches xterm too. A
 * property the page does not set falls back to the palette below for the store's theme.
 * No xterm import here: this module is in the initial bundle, xterm is not.
 */

/** The ANSI colour names xterm's theme uses (and that the CSS properties are named after). */
export const ANSI_NAMES = [
  'black',
  'red',
  'green',
  'yellow',
  'blue',
  'magenta',
  'cyan',
  'white',
  'brightBlack',
  'brightRed',
  'brightGreen',
  'brightYellow',
  'brightBlue',
  'brightMagenta',
  'brightCyan',
  'brightWhite',
] as const;

export type AnsiName = (typeof ANSI_NAMES)[number];

/** Structurally the subset of xterm's ITheme that VirtScope sets. */
export type TerminalColours = {
  readonly background: string;
  readonly foreground: string;
  readonly cursor: string;
  readonly cursorAccent: string;
  readonly selectionBackground: string;
} & Readonly<Record<AnsiName, string>>;

/**
 * Fallback palettes. The light one darkens yellow/cyan/white so that every colour keeps a
 * contrast of at least 4.5:1 on the white background (WCAG AA, readable on a projector);
 * the dark one is the usual VS Code–like set on a near-black background.
 */
const LIGHT: TerminalColours = {
  background: '#ffffff',
  foreground: '#1f2328',
  cursor: '#1f2328',
  cursorAccent: '#ffffff',
  selectionBackground: '#b6d6fd',
  black: '#1f2328',
  red: '#b3261e',
  green: '#116329',
  yellow: '#7a5200',
  blue: '#0550ae',
  magenta: '#8250df',
  cyan: '#0a6674',
  white: '#57606a',
  brightBlack: '#57606a',
  brightRed: '#a40e26',
  brightGreen: '#1a7f37',
  brightYellow: '#6e4b00',
  brightBlue: '#0969da',
  brightMagenta: '#6639ba',
  brightCyan: '#0b5c68',
  brightWhite: '#24292f',
};

const DARK: TerminalColours = {
  background: '#14161a',
  foreground: '#e6e6e6',
  cursor: '#e6e6e6',
  cursorAccent: '#14161a',
  selectionBackground: '#3a4a66',
  black: '#3b3f45',
  red: '#ff7b72',
  green: '#7ee787',
  yellow: '#e3b341',
  blue: '#79c0ff',
  magenta: '#d2a8ff',
  cyan: '#76e3ea',
  white: '#d0d7de',
  brightBlack: '#8b949e',
  brightRed: '#ffa198',
  brightGreen: '#a5f0ab',
  brightYellow: '#f2cc60',
  brightBlue: '#a5d6ff',
  brightMagenta: '#e2c5ff',
  brightCyan: '#b3f0ff',
  brightWhite: '#ffffff',
};

export function fallbackColours(theme: 'light' | 'dark'): TerminalColours {
  return theme === 'dark' ? DARK : LIGHT;
}

/** `brightBlack` → `--terminal-bright-black`. */
export function cssPropertyFor(name: keyof TerminalColours): string {
  return `--terminal-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Resolves the colours for `theme` from `read` (a CSS custom property lookup; '' when unset). */
export function resolveColours(theme: 'light' | 'dark', read: (property: string) => string): TerminalColours {
  const base = fallbackColours(theme);
  const pick = (name: keyof TerminalColours): string => read(cssPropertyFor(name)).trim() || base[name];
  const ansi = Object.fromEntries(ANSI_NAMES.map((n) => [n, pick(n)])) as Record<AnsiName, string>;
  return {
    ...ansi,
    background: pick('background'),
    foreground: pick('foreground'),
    cursor: pick('cursor'),
    cursorAccent: pick('cursorAccent'),
    selectionBackground: pick('selectionBackground'),
  };
}

/** The colours the page's theme gives `element` right now. */
export function readTerminalColours(element: Element, theme: 'light' | 'dark'): TerminalColours {
  const style = getComputedStyle(element);
  return resolveColours(theme, (p) => style.getPropertyValue(p));
}
