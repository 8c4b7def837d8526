/**
 * The cap on one command's output, so a runaway or broken command costs a screenful and a
 * note rather than the session's memory: what a stage prints, and what a command
 * substitution captures, stops at MAX_COMMAND_OUTPUT.
 */
import { MIB } from '../sim/units.ts';

/** Most output one command may produce (in UTF-16 code units, about bytes for terminal text). */
export const MAX_COMMAND_OUTPUT = MIB;
const TRUNCATED_NOTE = '\n[output truncated: over 1 MiB]\n';

/**
 * What gives a terminal back after a full-screen command (top's exit): leaving the alternate
 * screen, showing the cursor, resetting colours. These still pass after the cut, or a
 * monitor cut at 1 MiB would leave the terminal on its alternate screen.
 */
// eslint-disable-next-line no-control-regex -- the sequences start with ESC.
const TERMINAL_RESTORES = /\x1b\[\?1049l|\x1b\[\?25h|\x1b\[0?m/g;

/** Counts one command's output and cuts it at MAX_COMMAND_OUTPUT, noting the cut once. */
export class OutputBudget {
  private used = 0;
  private cut = false;

  take(text: string): string {
    if (this.cut) return text.match(TERMINAL_RESTORES)?.join('') ?? '';
    const room = MAX_COMMAND_OUTPUT - this.used;
    if (text.length <= room) {
      this.used += text.length;
      return text;
    }
    this.cut = true;
    this.used = MAX_COMMAND_OUTPUT;
    return text.slice(0, room) + TRUNCATED_NOTE;
  }
}
