/**
 * The theme slice: light or dark, saved per browser; at first the system's preference.
 */
import { readStored, writeStored } from './browser-storage.ts';
import type { PlaygroundActions, PlaygroundState } from './playground-state.ts';

type Theme = PlaygroundState['theme'];
const THEME_KEY = 'virtscope.theme';

export function themeSlice(set: (patch: Pick<PlaygroundState, 'theme'>) => void): Pick<PlaygroundState, 'theme'> & Pick<PlaygroundActions, 'setTheme'> {
  return {
    theme: initialTheme(),
    setTheme(theme) {
      writeStored(THEME_KEY, theme);
      set({ theme });
    },
  };
}

/** The saved theme, else the system's preference, else light. Storage may be absent or refuse access. */
function initialTheme(): Theme {
  const saved = readStored(THEME_KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return prefersDark ? 'dark' : 'light';
}
