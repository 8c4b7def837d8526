/**
 * Commands are action objects (one object per command: its name, a one-line summary, what
 * it does), registered per shell flavour and dispatched by the shell session alike for
 * typed lines, replayed recordings and tests.
 */
import type { Machine } from '../os/machine.ts';

export interface CommandContext {
  readonly machine: Machine;
  /** The working directory, absolute. `cd` changes it. */
  cwd: string;
  readonly env: Map<string, string>;
  /** Lines entered so far, oldest first. */
  readonly history: readonly string[];
  /** This shell's commands, for `help` and completion. */
  readonly commands: ReadonlyMap<string, Command>;
  /** Terminal size, for full-screen commands such as top. */
  readonly columns: number;
  readonly rows: number;
}

export interface CommandDone {
  readonly kind: 'done';
  /** Text with `\n` line ends (the session converts for the terminal); ANSI colours allowed. */
  readonly output: string;
  readonly status: number;
}

/** A command that takes virtual time: sleep, ping, top, a benchmark. */
export interface RunningCommand {
  /** Called as virtual time passes; returns what to print since the last call. */
  advance(nowNs: number): { readonly output: string; readonly done: boolean; readonly status: number };
  /** The virtual time at which it next has something to do (the engine wakes it then), or null. */
  nextWakeNs(): number | null;
  /** A key typed while it runs (e.g. `q` in top). */
  key?(data: string): void;
  /** Ctrl-C: stop now; returns what to print. */
  interrupt(): string;
}

export type CommandOutcome = CommandDone | { readonly kind: 'running'; readonly run: RunningCommand };

export interface Command {
  readonly name: string;
  /** One line for `help`. */
  readonly summary: string;
  run(ctx: CommandContext, args: readonly string[], stdin: string | null): CommandOutcome;
  /** Whether this machine has the program at all (systemd's tools only on systemd distributions); absent: every machine of the family. */
  installedOn?(machine: Machine): boolean;
}

/** Shorthand for a command that finished at once. */
export function done(output: string, status = 0): CommandDone {
  return { kind: 'done', output, status };
}
