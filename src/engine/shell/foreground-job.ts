/**
 * A shell's foreground job: the pipelines of one command line, run in order. Each stage's
 * output becomes the next stage's input; a stage that takes virtual time (a
 * RunningCommand) holds the job until it is done, so `sleep 2 | echo x` waits two virtual
 * seconds and `ping -c 3 h | grep time` sees all three replies. Only the last stage's
 * output reaches the terminal, and only it receives keys.
 *
 * A step with command substitutions runs them first (command-substitution.ts), then parses
 * itself again with their outputs.
 *
 * Commands are sandboxed here: one that throws ends with `<name>: internal error`, and each
 * stage's output is capped, so a broken or runaway command costs a line, not the session.
 */
import type { CommandOutcome, RunningCommand } from './command.ts';
import type { JobHost } from './job-host.ts';
import { parseLine, type PipelineStep } from './parse-line.ts';
import { expandPathnames, machineNames } from './pathname-expansion.ts';
import { PipelineTimer } from './pipeline-timer.ts';
import { OutputBudget } from './output-budget.ts';
import { SubstitutionRun } from './command-substitution.ts';

/** Exit statuses as bash sets them. */
const STATUS_NOT_FOUND = 127;
/** cmd.exe's %ERRORLEVEL% for a name it cannot find ("is not recognized"), which batch files test with `if errorlevel 9009`. */
const CMD_STATUS_NOT_FOUND = 9009;
/** What bash exits with when it cannot run the command (its arguments too long for exec). */
const STATUS_CANNOT_RUN = 126;
const STATUS_INTERRUPTED = 130;
const STATUS_INTERNAL_ERROR = 1;

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
  /** The step whose command substitutions run now, before it can. */
  private substituting: { readonly step: PipelineStep; readonly run: SubstitutionRun } | null = null;
  /** The exit status of the running step's last command substitution, if it had any. */
  private substitutionStatus: number | null = null;
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
    const substituting = this.substituting;
    if (substituting !== null) {
      substituting.run.advance(nowNs);
      this.afterSubstitutions();
      return;
    }
    const current = this.running;
    if (current === null) return;
    const result = this.guard(current.name, () => current.run.advance(nowNs));
    if (result === null) return;
    this.deliver(current, result.output);
    if (result.done) this.stageDone(current, result.status);
  }

  nextWakeNs(): number | null {
    const substituting = this.substituting;
    if (substituting !== null) {
      const wake = substituting.run.nextWakeNs();
      if (!substituting.run.done) return wake;
      // Asking ended them (a command that threw): on with the step, then ask again.
      this.afterSubstitutions();
      return this.nextWakeNs();
    }
    const current = this.running;
    if (current === null) return null;
    return this.guard(current.name, () => current.run.nextWakeNs());
  }

  /** Hands a key to the command in front; false when nothing there reads keys. */
  key(data: string): boolean {
    const substituting = this.substituting;
    if (substituting !== null) {
      const taken = substituting.run.key(data);
      this.afterSubstitutions();
      return taken;
    }
    const current = this.running;
    if (current === null || !current.last || current.run.key === undefined) return false;
    this.guard(current.name, () => current.run.key?.(data));
    return true;
  }

  /** Ctrl-C: stops the command in front and drops the rest of the line; returns what it printed. */
  interrupt(): string {
    this.substituting?.run.interrupt();
    this.substituting = null;
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
    while (this.running === null && this.substituting === null && !this.ended) {
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
    this.stageIndex = 0;
    this.stdin = null;
    this.substitutionStatus = null;
    this.stages = [];
    if (skip) return;
    if (step.substitutions.length === 0) {
      this.stages = this.timed(this.expand(step, undefined));
      return;
    }
    const run = new SubstitutionRun(step.substitutions, this.host, this.lastStatus, (command, host, status) => startSubshell(command, host, status));
    this.substituting = { step, run };
    if (run.done) this.takeSubstitutions();
  }

  /** Once the substitutions are done: the step's stages with their outputs, or the line's end if one overflowed. */
  private takeSubstitutions(): void {
    const substituting = this.substituting;
    if (substituting === null || !substituting.run.done) return;
    this.substituting = null;
    const outputs = substituting.run.outputs;
    this.substitutionStatus = substituting.run.status;
    if (outputs === null) {
      this.ended = true;
      this.lastStatus = substituting.run.status;
      return;
    }
    this.stages = this.timed(this.expand(substituting.step, outputs));
  }

  private afterSubstitutions(): void {
    if (this.substituting?.run.done !== true) return;
    this.takeSubstitutions();
    this.pump();
  }

  /** The stages without a leading `time`, which starts the pipeline's timer. */
  private timed(stages: readonly (readonly string[])[]): readonly (readonly string[])[] {
    const [first, ...rest] = stages;
    const report = this.host.time;
    if (report === undefined || first?.[0] !== 'time') return stages;
    if (report === 'bash') {
      this.timer = new PipelineTimer(this.host.ctx, report);
      return first.length > 1 ? [first.slice(1), ...rest] : rest;
    }
    // Solaris' time(1) is a program: `-p` picks POSIX's format, and it needs a utility to run.
    const posix = first[1] === '-p';
    const utility = first.slice(posix ? 2 : 1);
    if (utility.length === 0 || utility[0]?.startsWith('-') === true) {
      this.host.print('usage: time [-p] utility [argument...]\n');
      this.lastStatus = 1;
      return [];
    }
    this.timer = new PipelineTimer(this.host.ctx, posix ? 'posix' : report);
    return [utility, ...rest];
  }

  /** Prints the finished pipeline's times, if it was timed. */
  private endTiming(): void {
    if (this.timer === null) return;
    this.host.print(this.timer.finish());
    this.timer = null;
  }

  /**
   * The step's stages with variables expanded now, so earlier steps' assignments and status
   * count, with its command substitutions' `outputs` if it has any, then file name patterns;
   * none (the pipeline does not run) when expansion overflows or leaves no command.
   */
  private expand(step: PipelineStep, outputs: readonly string[] | undefined): readonly (readonly string[])[] {
    const options = { env: this.host.ctx.env, lastStatus: this.lastStatus, syntax: this.host.syntax, bourne: this.host.bourne ?? false };
    const reparsed = parseLine(step.source, outputs === undefined ? options : { ...options, substitutions: outputs });
    if (outputs !== undefined && !reparsed.ok) {
      this.host.print(`${this.host.shellName}: ${reparsed.error}\n`);
      this.lastStatus = STATUS_INTERNAL_ERROR;
      return [];
    }
    if (outputs !== undefined && reparsed.ok && reparsed.steps.length === 0) {
      // Substitutions that printed nothing and nothing else: no command runs, `$?` is theirs (`$(true)`).
      this.lastStatus = this.substitutionStatus ?? 0;
      return [];
    }
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
    if (last) this.host.output(output);
    this.finishStage(last, output, outcome.status);
  }

  private invoke(name: string, args: readonly string[]): CommandOutcome {
    if (this.host.syntax === 'posix' && isAssignment(name) && args.every(isAssignment)) {
      for (const word of [name, ...args]) {
        const eq = word.indexOf('=');
        this.host.ctx.env.set(word.slice(0, eq), word.slice(eq + 1));
      }
      // `X=$(false)` sets `$?` to the substitution's status, as sh does.
      return { kind: 'done', output: '', status: this.substitutionStatus ?? 0 };
    }
    const command = this.host.find(name);
    if (command === undefined) {
      this.host.print(this.host.notFound(name) + '\n');
      return { kind: 'done', output: '', status: this.host.syntax === 'cmd' ? CMD_STATUS_NOT_FOUND : STATUS_NOT_FOUND };
    }
    const ctx = this.timer?.ctx ?? this.host.ctx;
    const outcome = this.guard(name, () => command.run(ctx, args, this.stdin));
    return outcome ?? { kind: 'done', output: '', status: STATUS_INTERNAL_ERROR };
  }

  private deliver(current: Running, text: string): void {
    const output = current.budget.take(text);
    if (current.last) this.host.output(output);
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

/** A command substitution's command line as a job of its own. */
function startSubshell(command: string, host: JobHost, status: number): ForegroundJob {
  const parsed = parseLine(command, { env: host.ctx.env, lastStatus: status, syntax: host.syntax, bourne: host.bourne ?? false });
  if (!parsed.ok) host.print(`${host.shellName}: ${parsed.error}\n`);
  return new ForegroundJob(parsed.ok ? parsed.steps : [], host, status);
}

function isAssignment(word: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*=/.test(word);
}
