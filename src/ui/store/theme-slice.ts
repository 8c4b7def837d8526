/**
 * The theme slice: light or dark, saved per browser; at first the system's preference.
 */
import { readSaved, writeSaved } from '../session/browser-storage.ts';
import type { PlaygroundActions, PlaygroundState } from './playground-state.ts';

type Theme = PlaygroundState['theme'];
/** Saved as `virtscope.theme`; before version 1 that key held the bare word, still read. */
const THEME = 'theme';
const THEME_VERSION = 1;

export function themeSlice(set: (patch: Pick<PlaygroundState, 'theme'>) => void): Pick<PlaygroundState, 'theme'> & Pick<PlaygroundActions, 'setTheme'> {
  return {
    theme: initialTheme(),
    setTheme(theme) {
      writeSaved(THEME, THEME_VERSION, theme);
      set({ theme });
    },
  };
}

/** The saved theme, else the system's preference, else light. Storage may be absent or refuse access. */
function initialTheme(): Theme {
  const saved = readSaved(THEME, THEME_VERSION, (text) => text);
  if (saved === 'light' || saved === 'dark') return saved;
  const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return prefersDark ? 'dark' : 'light';
}
