/** clear (POSIX) and cls (cmd.exe): erase the screen and put the cursor home. */
import { done, type Command } from '../command.ts';

/** ED 2 (erase display) then CUP (cursor home): what `clear` prints for an xterm. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[H';

export const clearCommand: Command = {
  name: 'clear',
  summary: 'clear the terminal screen',
  run: () => done(CLEAR_SCREEN),
};

export const clsCommand: Command = {
  name: 'cls',
  summary: 'clear the screen',
  run: () => done(CLEAR_SCREEN),
};
