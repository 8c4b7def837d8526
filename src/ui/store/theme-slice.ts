/**
 * The theme slice: light or dark, saved per browser; at first the system's preference.
 */
import type { PlaygroundActions, PlaygroundState } from './playground-state.ts';

type Theme = PlaygroundState['theme'];
const THEME_KEY = 'virtscope.theme';

export function themeSlice(set: (patch: Pick<PlaygroundState, 'theme'>) => void): Pick<PlaygroundState, 'theme'> & Pick<PlaygroundActions, 'setTheme'> {
  return {
    theme: initialTheme(),
    setTheme(theme) {
      saveTheme(theme);
      set({ theme });
    },
  };
}

/** The saved theme, else the system's preference, else light. Storage may be absent or refuse access. */
function initialTheme(): Theme {
  try {
    const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(THEME_KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // No storage (private mode, sandboxed frame): fall through to the system preference.
  }
  const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return prefersDark ? 'dark' : 'light';
}

function saveTheme(theme: Theme): void {
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Not persisted; the choice still holds for this page.
  }
}
