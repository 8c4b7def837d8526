import { describe, expect, test } from 'vitest';
import { cssPropertyFor, fallbackColours, resolveColours } from './terminal-theme.ts';

describe('terminal colours', () => {
  test('a colour the page sets as a CSS property wins; the rest fall back to the theme palette', () => {
    const c = resolveColours('dark', (p) => (p === '--terminal-background' ? ' #000000 ' : ''));
    expect(c.background).toBe('#000000');
    expect(c.foreground).toBe(fallbackColours('dark').foreground);
    expect(c.brightBlack).toBe(fallbackColours('dark').brightBlack);
  });

  test('CSS properties are named after xterm theme keys in kebab case', () => {
    expect(cssPropertyFor('brightBlack')).toBe('--terminal-bright-black');
    expect(cssPropertyFor('selectionBackground')).toBe('--terminal-selection-background');
  });
});
