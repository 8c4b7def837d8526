import { describe, expect, test } from 'vitest';
import { commandOutput, compareOutput, printedLines } from './command-output.ts';

describe('a command’s output on a console', () => {
  test('escape sequences are dropped and CR LF ends a line', () => {
    expect(printedLines('\x1b[1mbold\x1b[0m\r\nnext\r\n')).toEqual(['bold', 'next', '']);
  });

  test('runs from the echo of the command to the prompt it was typed at, shown again', () => {
    const prompt = 'root@web1:~# ';
    expect(commandOutput('uname -r\r\n2.6.18-8.el5\r\n\x1b[1mroot@web1:~# \x1b[0m', 'uname -r', prompt)).toEqual({ lines: ['2.6.18-8.el5'], done: true });
    expect(commandOutput('uname -r\r\n2.6.18', 'uname -r', prompt)).toEqual({ lines: ['2.6.18'], done: false });
    expect(commandOutput('una', 'uname -r', prompt)).toBeNull();
  });
});

describe('outputs compared with native’s', () => {
  test('the lines the reference did not print are marked, and the count of its lines missing', () => {
    const d = compareOutput(['Linux web1 2.6.18', 'same line'], ['Linux web1 2.6.9', 'same line', 'extra']);
    expect(d.lines).toEqual([
      { text: 'Linux web1 2.6.18', differs: true },
      { text: 'same line', differs: false },
    ]);
    expect(d.missing).toBe(2);
    expect(d.same).toBe(false);
    expect(compareOutput(['a', 'b'], ['a', 'b']).same).toBe(true);
  });
});
