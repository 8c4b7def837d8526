/**
 * A step's command substitutions (`$(hostname)`, `` `date` ``), run one after another before
 * the step itself, as sh runs them while it expands the step's words. Each runs as a job of
 * its own in a subshell: a copy of the variables and of the working directory (so
 * `$(cd /tmp)` and `$(X=1)` change nothing outside), the session's commands, the machine's
 * virtual time. Its output is captured; the shell's own messages (command not found) still
 * reach the terminal, as they go to stderr. Nested substitutions run inside the inner job.
 *
 * Bounded as a runaway command is: a command's output is cut at MAX_COMMAND_OUTPUT, and past
 * that much captured the substitution is stopped and the line ends with a message, where
 * bash would go on growing until it ran out of memory. Ctrl-C stops it as any command.
 */
import type { JobHost } from './job-host.ts';
import { MAX_COMMAND_OUTPUT } from './output-budget.ts';

/** A running command line, as the shell's foreground job is. */
export interface Job {
  readonly finished: boolean;
  readonly status: number;
  advance(nowNs: number): void;
  nextWakeNs(): number | null;
  key(data: string): boolean;
  interrupt(): string;
}

/** Starts `command` as a job for `host`, `$?` being `status`. */
export type StartJob = (command: string, host: JobHost, status: number) => Job;

const STATUS_OVERFLOW = 1;

export class SubstitutionRun {
  private readonly captured: string[] = [];
  private job: Job | null = null;
  private text = '';
  private overflowed = false;
  private lastStatus: number;

  constructor(
    private readonly commands: readonly string[],
    private readonly host: JobHost,
    statusBefore: number,
    private readonly start: StartJob,
  ) {
    this.lastStatus = statusBefore;
    this.settle();
  }

  /** Every substitution has run, or one was stopped for its output. */
  get done(): boolean {
    return this.job === null;
  }

  /** Their outputs in order; null when one was stopped. */
  get outputs(): readonly string[] | null {
    return this.overflowed ? null : this.captured;
  }

  /** The last substitution's exit status: `$?` after a line of assignments only. */
  get status(): number {
    return this.overflowed ? STATUS_OVERFLOW : this.lastStatus;
  }

  advance(nowNs: number): void {
    this.job?.advance(nowNs);
    this.settle();
  }

  nextWakeNs(): number | null {
    const wake = this.job?.nextWakeNs() ?? null;
    this.settle();
    return wake;
  }

  /** The inner command reads the terminal, as a substitution's command does. */
  key(data: string): boolean {
    const taken = this.job?.key(data) ?? false;
    this.settle();
    return taken;
  }

  /** Ctrl-C: what the inner command prints as it stops goes into the substitution, and so nowhere. */
  interrupt(): void {
    this.job?.interrupt();
    this.job = null;
  }

  /** Takes the running substitution's output once it is done (or over the cap) and starts the next. */
  private settle(): void {
    for (;;) {
      const job = this.job;
      if (job !== null && this.text.length > MAX_COMMAND_OUTPUT) {
        job.interrupt();
        this.job = null;
        this.overflowed = true;
        this.host.print(`${this.host.shellName}: command substitution: output over 1 MiB; stopped\n`);
        return;
      }
      if (job !== null && !job.finished) return;
      if (job !== null) {
        this.captured.push(this.text);
        this.lastStatus = job.status;
        this.job = null;
      }
      const command = this.commands[this.captured.length];
      if (command === undefined) return;
      this.text = '';
      this.job = this.start(command, this.subshell(), this.lastStatus);
    }
  }

  /** The host an inner command runs for: its own copy of the variables and directory, its output captured. */
  private subshell(): JobHost {
    const ctx = { ...this.host.ctx, env: new Map(this.host.ctx.env) };
    return {
      ...this.host,
      ctx,
      output: (text) => {
        // Past the cap the rest is dropped; settle() then stops the command.
        if (this.text.length <= MAX_COMMAND_OUTPUT) this.text += text;
      },
    };
  }
}
