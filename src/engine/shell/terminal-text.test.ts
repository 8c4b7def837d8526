import { describe, expect, test } from 'vitest';
import { columnAfter, toTerminalNewlines } from './terminal-text.ts';

describe('terminal text', () => {
  test('line ends become CR LF once', () => {
    expect(toTerminalNewlines('a\nb\r\nc')).toBe('a\r\nb\r\nc');
  });

  test('the column after text ignores colours and restarts at line breaks and cursor homes', () => {
    expect(columnAfter(0, '\x1b[01;32mroot@h\x1b[00m:~# ')).toBe(10);
    expect(columnAfter(5, 'abc')).toBe(8);
    expect(columnAfter(5, 'x\r\nab')).toBe(2);
    expect(columnAfter(9, '\x1b[2J\x1b[Hab')).toBe(2);
    expect(columnAfter(0, '\x1b]0;title\x07ok')).toBe(2);
  });
});
