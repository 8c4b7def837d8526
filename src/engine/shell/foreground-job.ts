/**
 * A shell's foreground job: the pipelines of one command line, run in order. Each stage's
 * output becomes the next stage's input; a stage that takes virtual time (a
 * RunningCommand) holds the job until it is done, so `sleep 2 | echo x` waits two virtual
 * seconds and `ping -c 3 h | grep time` sees all three replies. Only the last stage's
 * output reaches the terminal, and only it receives keys.
 *
 * Commands are sandboxed here: one that throws ends with `<name>: internal error`, and each
 * stage's output is capped, so a broken or runaway command costs a line, not the session.
 */
import type { Command, CommandContext, CommandOutcome, RunningCommand } from './command.ts';
import { parseLine, type PipelineStep, type Syntax } from './parse-line.ts';
import { expandPathnames, machineNames } from './pathname-expansion.ts';
import { PipelineTimer } from './pipeline-timer.ts';
import { MIB } from '../sim/units.ts';

/** Most output one command may produce (in UTF-16 code units, about bytes for terminal text). */
export const MAX_COMMAND_OUTPUT = MIB;
const TRUNCATED_NOTE = '\n[output truncated: over 1 MiB]\n';

/** Exit statuses as bash sets them. */
const STATUS_NOT_FOUND = 127;
/** What bash exits with when it cannot run the command (its arguments too long for exec). */
const STATUS_CANNOT_RUN = 126;
const STATUS_INTERRUPTED = 130;
const STATUS_INTERNAL_ERROR = 1;

export interface JobHost {
  readonly ctx: CommandContext;
  readonly syntax: Syntax;
  /** `bash` or `sh`, to sign the shell's own messages. */
  readonly shellName: string;
  /** Whether a pipeline may start with bash's `time` keyword. */
  readonly timesPipelines?: boolean;
  find(name: string): Command | undefined;
  notFound(name: string): string;
  /** Writes text (with `\n` line ends) to the terminal. */
  print(text: string): void;
}

interface Running {
  readonly run: RunningCommand;
  readonly name: string;
  readonly last: boolean;
  readonly budget: OutputBudget;
  collected: string;
}

export class ForegroundJob {
  private stepIndex = 0;
  private stages: readonly (readonly string[])[] = [];
  private stageIndex = 0;
  private stdin: string | null = null;
  private running: Running | null = null;
  /** The `time` keyword's timer for the pipeline running now, if it had one. */
  private timer: PipelineTimer | null = null;
  private ended = false;
  private lastStatus: number;

  constructor(
    private readonly steps: readonly PipelineStep[],
    private readonly host: JobHost,
    statusBefore: number,
  ) {
    this.lastStatus = statusBefore;
    this.pump();
  }

  get finished(): boolean {
    return this.ended;
  }

  /** The exit status of the last pipeline that ran. */
  get status(): number {
    return this.lastStatus;
  }

  advance(nowNs: number): void {
    const current = this.running;
    if (current === null) return;
    const result = this.guard(current.name, () => current.run.advance(nowNs));
    if (result === null) return;
    this.deliver(current, result.output);
    if (result.done) this.stageDone(current, result.status);
  }

  nextWakeNs(): number | null {
    const current = this.running;
    if (current === null) return null;
    return this.guard(current.name, () => current.run.nextWakeNs());
  }

  /** Hands a key to the command in front; false when nothing there reads keys. */
  key(data: string): boolean {
    const current = this.running;
    if (current === null || !current.last || current.run.key === undefined) return false;
    this.guard(current.name, () => current.run.key?.(data));
    return true;
  }

  /** Ctrl-C: stops the command in front and drops the rest of the line; returns what it printed. */
  interrupt(): string {
    const current = this.running;
    this.running = null;
    this.ended = true;
    this.lastStatus = STATUS_INTERRUPTED;
    // bash still reports the times of a pipeline stopped with Ctrl-C.
    const times = (): string => {
      const text = this.timer?.finish() ?? '';
      this.timer = null;
      return text;
    };
    if (current === null) return times();
    try {
      return current.budget.take(current.run.interrupt()) + times();
    } catch {
      return times();
    }
  }

  /** Runs stages until the line is done or a stage has to wait for virtual time. */
  private pump(): void {
    while (this.running === null && !this.ended) {
      if (this.stageIndex < this.stages.length) this.startStage();
      else this.startStep();
    }
  }

  private startStep(): void {
    this.endTiming();
    const step = this.steps[this.stepIndex];
    this.stepIndex += 1;
    if (step === undefined) {
      this.ended = true;
      return;
    }
    const skip = (step.when === 'if-success' && this.lastStatus !== 0) || (step.when === 'if-failure' && this.lastStatus === 0);
    this.stages = skip ? [] : this.timed(this.expand(step));
    this.stageIndex = 0;
    this.stdin = null;
  }

  /** The stages without a leading `time`, which starts the pipeline's timer. */
  private timed(stages: readonly (readonly string[])[]): readonly (readonly string[])[] {
    const [first, ...rest] = stages;
    if (!this.host.timesPipelines || first?.[0] !== 'time') return stages;
    this.timer = new PipelineTimer(this.host.ctx);
    return first.length > 1 ? [first.slice(1), ...rest] : rest;
  }

  /** Prints the finished pipeline's times, if it was timed. */
  private endTiming(): void {
    if (this.timer === null) return;
    this.host.print(this.timer.finish());
    this.timer = null;
  }

  /**
   * The step's stages with variables expanded now, so earlier steps' assignments and status
   * count, then file name patterns; none (the pipeline does not run) when expansion overflows.
   */
  private expand(step: PipelineStep): readonly (readonly string[])[] {
    const reparsed = parseLine(step.source, { env: this.host.ctx.env, lastStatus: this.lastStatus, syntax: this.host.syntax });
    const words = reparsed.ok && reparsed.steps.length === 1 ? (reparsed.steps[0]?.words ?? step.words) : step.words;
    const expanded = expandPathnames(words, machineNames(this.host.ctx), this.host.ctx.cwd);
    if (expanded.ok) return expanded.stages;
    this.host.print(`${this.host.shellName}: ${expanded.error}\n`);
    this.lastStatus = STATUS_CANNOT_RUN;
    return [];
  }

  private startStage(): void {
    const words = this.stages[this.stageIndex] ?? [];
    const last = this.stageIndex === this.stages.length - 1;
    const name = words[0] ?? '';
    const budget = new OutputBudget();
    const outcome = this.invoke(name, words.slice(1));
    if (outcome.kind === 'running') {
      this.running = { run: outcome.run, name, last, budget, collected: '' };
      return;
    }
    const output = budget.take(outcome.output);
    if (last) this.host.print(output);
    this.finishStage(last, output, outcome.status);
  }

  private invoke(name: string, args: readonly string[]): CommandOutcome {
    if (this.host.syntax === 'posix' && isAssignment(name) && args.every(isAssignment)) {
      for (const word of [name, ...args]) {
        const eq = word.indexOf('=');
        this.host.ctx.env.set(word.slice(0, eq), word.slice(eq + 1));
      }
      return { kind: 'done', output: '', status: 0 };
    }
    const command = this.host.find(name);
    if (command === undefined) {
      this.host.print(this.host.notFound(name) + '\n');
      return { kind: 'done', output: '', status: STATUS_NOT_FOUND };
    }
    const ctx = this.timer?.ctx ?? this.host.ctx;
    const outcome = this.guard(name, () => command.run(ctx, args, this.stdin));
    return outcome ?? { kind: 'done', output: '', status: STATUS_INTERNAL_ERROR };
  }

  private deliver(current: Running, text: string): void {
    const output = current.budget.take(text);
    if (current.last) this.host.print(output);
    else current.collected += output;
  }

  private stageDone(current: Running, status: number): void {
    this.running = null;
    this.finishStage(current.last, current.collected, status);
    this.pump();
  }

  private finishStage(last: boolean, output: string, status: number): void {
    this.lastStatus = status;
    this.stdin = last ? null : output;
    this.stageIndex += 1;
  }

  /** Runs a command's code; if it throws, reports it, ends the stage and returns null. */
  private guard<T>(name: string, body: () => T): T | null {
    try {
      return body();
    } catch {
      this.host.print(`${name}: internal error\n`);
      const current = this.running;
      if (current !== null) this.stageDone(current, STATUS_INTERNAL_ERROR);
      return null;
    }
  }
}

function isAssignment(word: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*=/.test(word);
}

/**
 * What gives a terminal back after a full-screen command (top's exit): leaving the alternate
 * screen, showing the cursor, resetting colours. These still pass after the cut, or a
 * monitor cut at 1 MiB would leave the terminal on its alternate screen.
 */
// eslint-disable-next-line no-control-regex -- the sequences start with ESC.
const TERMINAL_RESTORES = /\x1b\[\?1049l|\x1b\[\?25h|\x1b\[0?m/g;

/** Counts one command's output and cuts it at MAX_COMMAND_OUTPUT, noting the cut once. */
class OutputBudget {
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
