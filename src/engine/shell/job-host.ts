/**
 * What a foreground job needs of the shell that runs it: the commands' context, the line
 * syntax, the command table, and where its messages and its output go. The session gives one
 * for a typed line; a command substitution gives its inner command a subshell's.
 */
import type { Command, CommandContext } from './command.ts';
import type { Syntax } from './parse-line.ts';
import type { TimeReport } from './pipeline-timer.ts';

export interface JobHost {
  readonly ctx: CommandContext;
  readonly syntax: Syntax;
  /** `bash` or `sh`, to sign the shell's own messages. */
  readonly shellName: string;
  /**
   * What a leading `time` is and how it reports: bash's keyword, or Solaris' /usr/bin/time
   * (which takes -p and needs a utility to run); absent: an ordinary command name.
   */
  readonly time?: TimeReport | undefined;
  /** Solaris 10's Bourne shell: command substitution by backquotes only. */
  readonly bourne?: boolean;
  find(name: string): Command | undefined;
  notFound(name: string): string;
  /** Writes the shell's own messages (text with `\n` line ends) to the terminal. */
  print(text: string): void;
  /** Takes the last stage's output: the terminal's for a typed line, a capture for a command substitution. */
  output(text: string): void;
}
