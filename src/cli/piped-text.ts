/**
 * A terminal's output written where there is no terminal (a pipe, a file): plain text. A
 * full-screen program such as `top` clears the screen before each frame instead of ending
 * the last one with a line break; on paper each frame starts on a line of its own.
 */
import { plainText } from '../engine/index.ts';

/** Erase in display, alone or after the cursor's move home: what `clear` and top's frames send. */
// eslint-disable-next-line no-control-regex
const CLEAR_SCREEN = /(?:\x1b\[H)?\x1b\[2J/;

export function pipedText(terminal: string): string {
  let text = '';
  for (const part of terminal.split(CLEAR_SCREEN)) {
    const plain = plainText(part);
    text += text === '' || text.endsWith('\n') || plain === '' ? plain : `\n${plain}`;
  }
  return text;
}
