import { describe, expect, test } from 'vitest';
import { LeaveChord, terminalKeyAction, type KeyPress } from './terminal-keys.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods });
const ctrl = (key: string, shift = false): KeyPress => press(key, { ctrlKey: true, shiftKey: shift });

describe('terminal keys as in VS Code', () => {
  test('Ctrl+Shift+C copies; Ctrl+C copies only with a selection, else it is ^C for the shell', () => {
    expect(terminalKeyAction(ctrl('C', true), false, false)).toBe('copy');
    expect(terminalKeyAction(ctrl('c'), true, false)).toBe('copy');
    expect(terminalKeyAction(ctrl('c'), false, false)).toBeNull();
  });

  test('Ctrl+V and Ctrl+Shift+V paste; Ctrl+F finds', () => {
    expect(terminalKeyAction(ctrl('v'), false, false)).toBe('paste');
    expect(terminalKeyAction(ctrl('V', true), false, false)).toBe('paste');
    expect(terminalKeyAction(ctrl('f'), false, false)).toBe('find');
  });

  test('Ctrl+= and Ctrl+- zoom the font, Ctrl+0 resets it', () => {
    expect(terminalKeyAction(ctrl('='), false, false)).toBe('zoom-in');
    expect(terminalKeyAction(ctrl('+', true), false, false)).toBe('zoom-in');
    expect(terminalKeyAction(ctrl('-'), false, false)).toBe('zoom-out');
    expect(terminalKeyAction(ctrl('0'), false, false)).toBe('zoom-reset');
  });

  test('other keys, Alt chords and plain letters go to the shell', () => {
    expect(terminalKeyAction(ctrl('d'), false, false)).toBeNull();
    expect(terminalKeyAction(press('c'), true, false)).toBeNull();
    expect(terminalKeyAction(press('v', { ctrlKey: true, altKey: true }), false, false)).toBeNull();
  });

  test('on a Mac ⌘ does it and Ctrl+C stays ^C even with a selection', () => {
    expect(terminalKeyAction(press('c', { metaKey: true }), false, true)).toBe('copy');
    expect(terminalKeyAction(press('v', { metaKey: true }), false, true)).toBe('paste');
    expect(terminalKeyAction(ctrl('c'), true, true)).toBeNull();
  });
});

describe('Escape then Tab leaves the terminal', () => {
  const verdicts = (keys: readonly KeyPress[]): string[] => {
    const chord = new LeaveChord();
    return keys.map((k) => {
      const { verdict, releaseEscape } = chord.keydown(k);
      return releaseEscape ? `esc+${verdict}` : verdict;
    });
  };

  test('Escape is held, and the Tab after it leaves (also with Shift, pressed between them)', () => {
    expect(verdicts([press('Escape'), press('Tab')])).toEqual(['hold', 'leave']);
    expect(verdicts([press('Escape'), press('Shift', { shiftKey: true }), press('Tab', { shiftKey: true })])).toEqual(['hold', 'pass', 'leave']);
  });

  test('Tab alone, and every other key, reach the shell; a held Escape goes just before the next key', () => {
    expect(verdicts([press('Tab')])).toEqual(['pass']);
    expect(verdicts([press('Escape'), press('b'), press('Tab')])).toEqual(['hold', 'esc+pass', 'pass']);
    expect(verdicts([press('Escape'), press('Escape'), press('ArrowUp')])).toEqual(['hold', 'esc+hold', 'esc+pass']);
    expect(verdicts([press('Escape'), ctrl('c')])).toEqual(['hold', 'esc+pass']);
  });

  test('Escape then Ctrl+Tab is not the chord (the browser owns Ctrl+Tab)', () => {
    expect(verdicts([press('Escape'), press('Tab', { ctrlKey: true })])).toEqual(['hold', 'esc+pass']);
  });

  test('losing the keyboard drops a held Escape', () => {
    const chord = new LeaveChord();
    chord.keydown(press('Escape'));
    chord.reset();
    expect(chord.keydown(press('Tab'))).toEqual({ verdict: 'pass', releaseEscape: false });
  });
});
