/**
 * An interactive shell on a machine's console: terminal bytes in, terminal bytes out.
 * It greets, prompts, edits the line, runs what is entered as a foreground job, and gives
 * the prompt back when the job is done — all in virtual time, driven by `advance()`.
 *
 * Like a tty in cooked mode while a command runs: Ctrl-C interrupts it (and discards what
 * was typed ahead), a command that reads keys gets them, and other typing waits, bounded,
 * until the prompt returns. Nothing a command or the user does may throw out of here.
 */
import type { Command, CommandContext } from './command.ts';
import type { Machine } from '../os/machine.ts';
import type { ShellFlavour } from './shell-flavour.ts';
import { CLEAR_SCREEN } from './common/clear.ts';
import { complete } from './completion.ts';
import { ForegroundJob } from './foreground-job.ts';
import { LineEditor, type LineEvent } from './line-editor.ts';
import { parseLine } from './parse-line.ts';
import { KeyDecoder, type Key } from './terminal-keys.ts';
import { columnAfter, toTerminalNewlines } from './terminal-text.ts';

export interface ShellSessionOptions {
  readonly columns?: number;
  readonly rows?: number;
  /**
   * False for a shell that runs lines given to it (`sh -c`, as `docker exec`, `vzctl exec`
   * and `zlogin` run one): no greeting and no prompt, and `runLine` instead of typing.
   */
  readonly interactive?: boolean;
}

/**
 * A line entered at the prompt, the virtual time it was entered and the terminal's size then
 * (ps, top and ls lay their output out to it): enough to replay a session as it printed.
 */
export interface TranscriptEntry {
  readonly atNs: number;
  readonly line: string;
  readonly columns: number;
  readonly rows: number;
}

/** The context commands see; the session updates the terminal size in place. */
type SessionContext = { -readonly [K in keyof CommandContext]: CommandContext[K] };

/** Keys typed ahead while a command runs; beyond this they are dropped, like a full tty buffer. */
export const MAX_TYPEAHEAD = 4096;
/** Unread output kept; if nobody reads, the oldest goes (a terminal's scrollback is bounded too). */
export const MAX_UNREAD_OUTPUT = 8 * 1024 * 1024;
/** Completion candidates listed at most (bash asks before showing more than 100). */
const MAX_LISTED = 100;
const STATUS_SYNTAX_ERROR = 2;
const STATUS_INTERRUPTED = 130;

export class ShellSession {
  private readonly entries: TranscriptEntry[] = [];
  private readonly editor: LineEditor;
  private readonly decoder = new KeyDecoder();
  private readonly ctx: SessionContext;
  /** Commands by the name a user types (lower-cased for a case-insensitive shell). */
  private readonly lookup = new Map<string, Command>();
  private job: ForegroundJob | null = null;
  private lastStatus = 0;
  private output: string[] = [];
  private unread = 0;
  /** The terminal cursor's column, to tell the line editor where a prompt ends. */
  private column = 0;
  private typeahead: Key[] = [];
  private draining = false;
  private columns: number;
  private rows: number;
  private readonly interactive: boolean;

  constructor(
    private readonly machine: Machine,
    private readonly flavour: ShellFlavour,
    options: ShellSessionOptions = {},
  ) {
    this.interactive = options.interactive ?? true;
    this.columns = clampSize(options.columns ?? 80, 80);
    this.rows = clampSize(options.rows ?? 24, 24);
    this.editor = new LineEditor(this.columns);
    const byName = new Map<string, Command>();
    for (const command of flavour.commands) {
      byName.set(command.name, command);
      this.lookup.set(this.key(command.name), command);
    }
    this.ctx = {
      machine,
      cwd: flavour.home,
      env: new Map(flavour.initialEnv(machine)),
      commands: byName,
      // The editor's history array itself: it grows in place.
      history: this.editor.history,
      columns: this.columns,
      rows: this.rows,
    };
    if (this.interactive) this.print(this.safely(() => flavour.banner?.(machine) ?? '', ''));
    this.showPrompt();
  }

  /** Lines entered so far, with the virtual time of each. */
  get transcript(): readonly TranscriptEntry[] {
    return this.entries;
  }

  /** The exit status of the last command ($?). */
  get status(): number {
    return this.lastStatus;
  }

  /** A command is running (the prompt is not shown). */
  get busy(): boolean {
    return this.job !== null;
  }

  /** Runs `line` as if it had been entered, without echoing it (a shell that is not interactive). */
  runLine(line: string): void {
    this.entries.push({ atNs: this.machine.now(), line, columns: this.columns, rows: this.rows });
    this.run(line);
  }

  /** Terminal input, as xterm.js sends it. */
  write(data: string): void {
    for (const key of this.decoder.decode(data)) this.accept(key);
  }

  /** Drains the output produced since the last read. */
  read(): string {
    const text = this.output.join('');
    this.output = [];
    this.unread = 0;
    return text;
  }

  /** Lets the running command catch up to virtual time `nowNs`. */
  advance(nowNs: number): void {
    if (this.job === null) return;
    this.job.advance(nowNs);
    this.afterJobStep();
  }

  /** When the running command next needs `advance()`, or null (idle, or it only waits for keys). */
  nextWakeNs(): number | null {
    const wake = this.job?.nextWakeNs() ?? null;
    // Asking can end a command that throws; then nothing is left to wake for.
    this.afterJobStep();
    return this.job === null ? null : wake;
  }

  resize(columns: number, rows: number): void {
    this.columns = clampSize(columns, this.columns);
    this.rows = clampSize(rows, this.rows);
    this.ctx.columns = this.columns;
    this.ctx.rows = this.rows;
    this.editor.setColumns(this.columns);
  }

  private accept(key: Key): void {
    const job = this.job;
    if (job === null) {
      this.edit(key);
    } else if (key.name === 'interrupt') {
      this.interrupt(job);
    } else if (job.key(key.raw)) {
      // Keys take effect at once, not at the command's next wake-up.
      job.advance(this.machine.now());
      this.afterJobStep();
    } else if (this.typeahead.length < MAX_TYPEAHEAD) {
      this.typeahead.push(key);
    }
  }

  private edit(key: Key): void {
    const step = this.editor.press(key);
    this.emit(step.echo);
    if (step.event !== null) this.onLineEvent(step.event);
  }

  private onLineEvent(event: LineEvent): void {
    switch (event.kind) {
      case 'line':
        this.entries.push({ atNs: this.machine.now(), line: event.line, columns: this.columns, rows: this.rows });
        this.run(event.line);
        return;
      case 'interrupt':
        this.lastStatus = STATUS_INTERRUPTED;
        this.showPrompt();
        return;
      case 'clear':
        this.emit(CLEAR_SCREEN);
        this.showPrompt();
        this.emit(this.editor.render());
        return;
      case 'complete':
        this.complete(event.line, event.cursor);
        return;
    }
  }

  private run(line: string): void {
    if (line.trim() === '') {
      this.showPrompt();
      return;
    }
    const whole = this.flavour.wholeLines?.find((w) => w.matches(line));
    if (whole) {
      const r = this.safely(() => whole.run(this.ctx, line), { kind: 'done' as const, output: '', status: 1 });
      this.print(r.output);
      this.lastStatus = r.status;
      this.promptAfterCommand();
      return;
    }
    const bourne = this.flavour.bourne ?? false;
    const parsed = parseLine(line, { env: this.ctx.env, lastStatus: this.lastStatus, syntax: this.flavour.syntax, bourne });
    if (!parsed.ok) {
      this.print(this.flavour.syntax === 'cmd' ? `${parsed.error}\n` : `${this.flavour.name}: ${parsed.error}\n`);
      this.lastStatus = STATUS_SYNTAX_ERROR;
      this.promptAfterCommand();
      return;
    }
    this.job = new ForegroundJob(
      parsed.steps,
      {
        ctx: this.ctx,
        syntax: this.flavour.syntax,
        shellName: this.flavour.name,
        time: this.flavour.name === 'bash' ? 'bash' : this.flavour.name === 'sh' ? 'sunos' : undefined,
        bourne,
        find: (name) => this.lookup.get(this.key(name)),
        notFound: (name) => this.safely(() => this.flavour.notFound(name), `${name}: not found`),
        print: (text) => this.print(text),
        output: (text) => this.print(text),
      },
      this.lastStatus,
    );
    this.afterJobStep();
  }

  private interrupt(job: ForegroundJob): void {
    const said = job.interrupt();
    this.job = null;
    this.typeahead = [];
    this.lastStatus = STATUS_INTERRUPTED;
    // The terminal echoes ^C; a tool that prints right after it (dd's "^C5+0 records in") brings its own.
    if (!said.startsWith('^C')) this.emit('^C\r\n');
    this.print(said === '' || said.endsWith('\n') ? said : said + '\n');
    this.showPrompt();
  }

  /** If the job has just finished: back to the prompt, then on with what was typed ahead. */
  private afterJobStep(): void {
    const job = this.job;
    if (job === null || !job.finished) return;
    this.job = null;
    this.lastStatus = job.status;
    this.promptAfterCommand();
    this.drainTypeahead();
  }

  private promptAfterCommand(): void {
    if (this.flavour.blankLineAfterCommand && this.interactive) this.emit('\r\n');
    this.showPrompt();
  }

  private drainTypeahead(): void {
    // The loop below already feeds keys one by one; a nested drain would reorder them.
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.job === null && this.typeahead.length > 0) {
        const key = this.typeahead.shift();
        if (key !== undefined) this.accept(key);
      }
    } finally {
      this.draining = false;
    }
  }

  private complete(line: string, cursor: number): void {
    const names = [...this.lookup.values()].map((c) => c.name);
    const result = this.safely(
      () =>
        complete(line, cursor, {
          commandNames: names,
          caseInsensitive: this.flavour.caseInsensitive,
          syntax: this.flavour.syntax,
          fs: this.machine.fs,
          cwd: this.ctx.cwd,
        }),
      { kind: 'none' as const },
    );
    if (result.kind === 'none') {
      this.emit('\x07');
    } else if (result.kind === 'replace') {
      this.emit(this.editor.replace(result.from, cursor, result.text));
    } else {
      this.emit(this.editor.leave() + '\r\n');
      this.print(this.layOut(result.items));
      this.showPrompt();
      this.emit(this.editor.render());
    }
  }

  /** Candidates in columns across the terminal, as bash lists them. */
  private layOut(items: readonly string[]): string {
    const shown = items.slice(0, MAX_LISTED);
    const width = Math.max(...shown.map((s) => s.length)) + 2;
    const perRow = Math.max(1, Math.floor(this.columns / width));
    let text = '';
    for (let i = 0; i < shown.length; i += perRow) {
      text += shown.slice(i, i + perRow).map((s) => s.padEnd(width)).join('').trimEnd() + '\n';
    }
    return items.length > shown.length ? `${text}... and ${items.length - shown.length} more\n` : text;
  }

  private showPrompt(): void {
    if (!this.interactive) return;
    this.emit(this.safely(() => this.flavour.prompt(this.ctx), '$ '));
    this.emit(this.editor.begin(this.column));
  }

  /** Command output: `\n` line ends become the terminal's `\r\n`. */
  private print(text: string): void {
    this.emit(toTerminalNewlines(text));
  }

  private emit(text: string): void {
    if (text === '') return;
    this.output.push(text);
    this.unread += text.length;
    this.column = columnAfter(this.column, text);
    while (this.unread > MAX_UNREAD_OUTPUT && this.output.length > 1) this.unread -= this.output.shift()?.length ?? 0;
  }

  private key(name: string): string {
    return this.flavour.caseInsensitive ? name.toLowerCase() : name;
  }

  /** Runs flavour code that must not break the session; falls back when it throws. */
  private safely<T>(body: () => T, fallback: T): T {
    try {
      return body();
    } catch {
      return fallback;
    }
  }
}

function clampSize(value: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(10_000, Math.max(1, Math.floor(value))) : fallback;
}
