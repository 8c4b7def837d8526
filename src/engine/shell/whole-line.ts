/**
 * A line a shell runs as a whole, which its parser does not take apart: bash's fork bomb
 * (a function definition and a call), a redirection into a /proc trigger file. Each is
 * recognised by its shape and finishes at once, as its real counterpart returns at once.
 */
import type { CommandContext, CommandDone } from './command.ts';

export interface WholeLine {
  matches(line: string): boolean;
  run(ctx: CommandContext, line: string): CommandDone;
}
