/**
 * Splits a command line into what a shell runs: lists of pipelines joined by `;`, `&&`
 * and `||`, each pipeline a chain of commands joined by `|`, each command a list of words.
 *
 * Two syntaxes. POSIX (bash, sh): single quotes, double quotes, backslash escapes, `$VAR`,
 * `${VAR}`, `$?`, command substitution (`$( … )` and backquotes; the Bourne shell only the
 * backquotes) and `#` comments. cmd.exe: double quotes, `^` escapes, `%VAR%`, and `&` as
 * the sequence operator (backslashes are path separators there, not escapes). The variable
 * references are read by variable-reference.ts, a substitution's extent by substitution-scan.ts.
 * A command substitution is parsed here (a syntax error inside it refuses the whole line, as
 * bash 5 parses it) but run by the job (foreground-job.ts), which hands its output back
 * through `substitutions` for the step's final parse: the output's trailing newlines go, and
 * outside double quotes it is split into fields at blanks and newlines (IFS's default).
 * POSIX words also carry their pathname-expansion pattern: the word with the characters the
 * user quoted or escaped marked as literal, so `"*".log` and `\*.log` never expand while
 * `*.log` and an unquoted `$X` whose value has a `*` do (pathname-expansion.ts expands them
 * when the step runs). cmd.exe leaves wildcards to each command, so its words have none.
 *
 * Simplifies: no redirections but `2>&1` (a command's output and its messages are one stream
 * here, which is what it asks for), no subshells, no compound commands (`while`, `for`,
 * `if`, `{ …; }`, `( … )`, functions: a line that starts one is refused as a whole, once),
 * and no word splitting of expanded variables: an unquoted `$X` is one word whatever blanks
 * its value holds, and is pathname-expanded as that one word. No arithmetic `$(( ))`.
 */
import { hasWildcards, patternOf } from './glob-pattern.ts';
import { backquotedCommand, substitutionEnd } from './substitution-scan.ts';
import { cmdReference, posixReference } from './variable-reference.ts';

export type Syntax = 'posix' | 'cmd';

/** A word after variable expansion and quote removal. */
export interface Word {
  readonly text: string;
  /**
   * The word in pattern notation (glob-pattern.ts: quoted characters escaped) when it has an
   * unquoted `*`, `?` or `[`, else null: only then does the shell expand it to file names.
   */
  readonly pattern: string | null;
}

/** When a pipeline runs, given the status of the one before it. */
export type RunCondition = 'always' | 'if-success' | 'if-failure';

export interface PipelineStep {
  readonly when: RunCondition;
  /**
   * The step's own text. A shell expands a step's variables only when it runs (so that
   * `export X=1; echo $X` and `false; echo $?` work): re-parse this then.
   */
  readonly source: string;
  /** The commands of the step's command substitutions (the outermost), in the order they run. */
  readonly substitutions: readonly string[];
  /** Each stage's words; the first word names the command. */
  readonly stages: readonly (readonly string[])[];
  /** The same words with their patterns, for pathname expansion. */
  readonly words: readonly (readonly Word[])[];
}

export interface ParseOptions {
  readonly env: ReadonlyMap<string, string>;
  /** `$?` / `%ERRORLEVEL%`. */
  readonly lastStatus?: number;
  readonly syntax?: Syntax;
  /** Solaris 10's /sbin/sh, the Bourne shell: command substitution by backquotes only; `$(` is a syntax error there. */
  readonly bourne?: boolean;
  /**
   * The outputs of the line's command substitutions, in order, once the job has run them;
   * absent before, when each stands for a part of its word still to come.
   */
  readonly substitutions?: readonly string[];
}

export type ParseResult =
  | { readonly ok: true; readonly steps: readonly PipelineStep[] }
  | { readonly ok: false; readonly error: string };

/** Bounds on what one line may ask for, so a pasted monster line costs little. */
export const MAX_COMMANDS = 64;
export const MAX_ARGS = 256;
/** Command substitutions inside one another, at most; each level is parsed and run as a line of its own. */
export const MAX_SUBSTITUTION_DEPTH = 16;

type Operator = '|' | '||' | '&&' | ';' | '&';
/**
 * `at`: where the token starts in the line. `plain`: typed as it reads, with no quote, escape
 * or expansion — only such a word can be a reserved word such as `while`.
 */
type Token =
  | { readonly kind: 'word'; readonly word: Word; readonly at: number; readonly plain: boolean; readonly vanished: boolean }
  | { readonly kind: 'op'; readonly op: Operator; readonly at: number };

class SyntaxError extends Error {}

export function parseLine(line: string, options: ParseOptions): ParseResult {
  return parseNested(line, options, 0);
}

/** `depth`: how many command substitutions the line is inside. */
function parseNested(line: string, options: ParseOptions, depth: number): ParseResult {
  try {
    const tokenizer = new Tokenizer(line, options, depth);
    const tokens = tokenizer.tokens();
    return { ok: true, steps: group(line, tokens, options.syntax ?? 'posix', tokenizer.substitutions) };
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, error: error.message };
    throw error;
  }
}

/** A command substitution met in the line: where its `$(` or backquote is, and the command inside. */
interface Substitution {
  readonly at: number;
  readonly command: string;
}

/** Builds pipelines and lists from the token stream, enforcing the grammar and the bounds. */
function group(line: string, tokens: readonly Token[], syntax: Syntax, substitutions: readonly Substitution[]): PipelineStep[] {
  const steps: PipelineStep[] = [];
  let stepStart: number | null = null;
  let stages: Word[][] = [];
  let words: Word[] = [];
  let when: RunCondition = 'always';
  let commands = 0;
  let pendingOp: Operator | null = null;

  const endStage = (op: Operator): void => {
    if (words.length === 0) throw new SyntaxError(`syntax error near unexpected token \`${op}'`);
    commands += 1;
    if (commands > MAX_COMMANDS) throw new SyntaxError(`too many commands on one line (max ${MAX_COMMANDS})`);
    stages.push(words);
    words = [];
  };
  const endStep = (end: number | undefined): void => {
    const from = stepStart ?? 0;
    const to = end ?? line.length;
    const source = line.slice(from, to).trim();
    const inside = substitutions.filter((s) => s.at >= from && s.at < to).map((s) => s.command);
    steps.push({ when, source, substitutions: inside, stages: stages.map((stage) => stage.map((w) => w.text)), words: stages });
  };

  for (const token of tokens) {
    if (token.kind === 'word') {
      stepStart ??= token.at;
      if (token.vanished) continue;
      if (words.length > MAX_ARGS) throw new SyntaxError(`too many arguments (max ${MAX_ARGS})`);
      if (words.length === 0 && syntax === 'posix' && token.plain) refuseCompound(token.word.text);
      words.push(token.word);
      pendingOp = null;
      continue;
    }
    const op = token.op;
    if (op === '&' && syntax === 'posix') throw new SyntaxError('background jobs (&) are not supported');
    endStage(op);
    pendingOp = op;
    if (op === '|') continue;
    endStep(token.at);
    stepStart = null;
    stages = [];
    when = op === '&&' ? 'if-success' : op === '||' ? 'if-failure' : 'always';
  }
  if (words.length > 0) {
    endStage(';');
    endStep(undefined);
  } else if (pendingOp === '|' || pendingOp === '&&' || pendingOp === '||') {
    throw new SyntaxError(`syntax error: unexpected end of line after \`${pendingOp}'`);
  }
  return steps;
}

/** sh's reserved words that open, continue or close a compound command, and bash's `function` and `select`. */
const COMPOUND_WORDS = new Set(['while', 'until', 'for', 'select', 'if', 'then', 'elif', 'else', 'fi', 'do', 'done', 'case', 'esac', 'function', '{', '}']);

/**
 * A command word that starts or belongs to a compound command (a loop, `if`, a group, a
 * subshell `( … )`, a function definition `f()`): refused, the whole line with one message
 * rather than a "command not found" for each of `while`, `do` and `done`.
 */
function refuseCompound(text: string): void {
  if (!COMPOUND_WORDS.has(text) && !text.startsWith('(') && !text.endsWith('()')) return;
  const shown = text.startsWith('(') ? '(' : text;
  throw new SyntaxError(`loops and compound commands (\`${shown}') are not supported in this shell; run the command itself`);
}

const MERGE_STDERR = '2>&1';
/** A word that assigns a variable, as sh recognises it before the command name. */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Where an unquoted substitution's output splits into fields: IFS's default, blanks and newlines. */
const FIELD_SEPARATORS = /[ \t\n]+/;

/** One word as it is built: its text, which of its characters were quoted, and whether it may vanish. */
interface Field {
  text: string;
  readonly quotedMask: boolean[];
  /** Has a quoted part: it stays a word even when empty. */
  quoted: boolean;
  /** Has a command substitution that has not run yet: its words are still to come. */
  pending: boolean;
}

function emptyField(): Field {
  return { text: '', quotedMask: [], quoted: false, pending: false };
}

/** Reads words and operators, expanding variables and removing quotes as it goes. */
class Tokenizer {
  private i = 0;
  private readonly out: Token[] = [];
  private readonly syntax: Syntax;
  /** The command substitutions met so far, outermost only. */
  readonly substitutions: Substitution[] = [];
  /** Only assignments so far in this command: a `NAME=` word now is one too. */
  private assigning = true;

  constructor(
    private readonly line: string,
    private readonly options: ParseOptions,
    private readonly depth: number,
  ) {
    this.syntax = options.syntax ?? 'posix';
  }

  tokens(): Token[] {
    while (this.i < this.line.length) {
      const ch = this.line[this.i] ?? '';
      if (ch === ' ' || ch === '\t') {
        this.i += 1;
      } else if (ch === '#' && this.syntax === 'posix') {
        break; // A comment runs to the end of the line.
      } else if (this.mergesStderr()) {
        this.i += MERGE_STDERR.length; // A command's messages and its output are one stream here already.
      } else if (ch === '>' || ch === '<') {
        throw new SyntaxError('redirection (> <) is not supported in this shell; use a pipe');
      } else if (this.operatorAt() !== null) {
        const op = this.operatorAt() ?? ';';
        this.out.push({ kind: 'op', op, at: this.i });
        this.assigning = true;
        this.i += op.length;
      } else {
        this.word();
      }
    }
    return this.out;
  }

  /** `2>&1` as a word of its own (bash and cmd.exe alike): errors sent where the output goes. */
  private mergesStderr(): boolean {
    if (!this.line.startsWith(MERGE_STDERR, this.i)) return false;
    const after = this.line[this.i + MERGE_STDERR.length];
    return after === undefined || ' \t|&;'.includes(after);
  }

  private operatorAt(): Operator | null {
    const two = this.line.slice(this.i, this.i + 2);
    if (two === '||' || two === '&&') return two;
    const one = this.line[this.i];
    if (one === '|' || one === '&') return one;
    if (one === ';' && this.syntax === 'posix') return ';';
    return null;
  }

  /** A word as typed: usually one word, several when an unquoted command substitution's output has blanks. */
  private word(): void {
    const at = this.i;
    // An assignment's value is neither split nor pathname-expanded (`X=$(ls)` keeps the newlines).
    const assignment = this.assigning && ASSIGNMENT.test(this.line.slice(at));
    this.assigning = assignment;
    const fields: Field[] = [];
    let field = emptyField();
    const add = (part: string, isQuoted: boolean): void => {
      field.text += part;
      for (let k = 0; k < part.length; k += 1) field.quotedMask.push(isQuoted);
    };
    while (this.i < this.line.length) {
      const ch = this.line[this.i] ?? '';
      if (ch === ' ' || ch === '\t' || ch === '>' || ch === '<' || this.operatorAt() !== null) break;
      if (ch === '"') {
        field.quoted = true;
        add(this.doubleQuoted(), true);
      } else if (ch === "'" && this.syntax === 'posix') {
        field.quoted = true;
        add(this.singleQuoted(), true);
      } else if (ch === '\\' && this.syntax === 'posix') {
        add(this.line[this.i + 1] ?? '\\', true);
        this.i += 2;
      } else if (ch === '^' && this.syntax === 'cmd') {
        add(this.line[this.i + 1] ?? '', true);
        this.i += 2;
      } else if (this.substitutionAt()) {
        const output = this.substitution();
        if (output === null) field.pending = true;
        else if (assignment) add(output, true);
        else output.split(FIELD_SEPARATORS).forEach((part, index) => {
          if (index > 0) {
            fields.push(field);
            field = emptyField();
          }
          add(part, false);
        });
      } else {
        const expanded = this.expansion();
        add(expanded ?? ch, false);
        if (expanded === null) this.i += 1;
      }
    }
    fields.push(field);
    const plain = fields.length === 1 && this.line.slice(at, this.i) === field.text;
    for (const { text, quotedMask, quoted, pending } of fields) {
      const pattern = this.syntax === 'posix' ? patternOf(text, quotedMask) : '';
      this.out.push({
        kind: 'word',
        word: { text, pattern: hasWildcards(pattern) ? pattern : null },
        at,
        plain,
        // An unquoted variable or substitution that expands to nothing leaves no word, as in sh.
        vanished: text === '' && !quoted && !pending,
      });
    }
  }

  /** A command substitution starts at the cursor: `$(` (not in the Bourne shell) or a backquote. */
  private substitutionAt(): boolean {
    if (this.syntax !== 'posix') return false;
    const ch = this.line[this.i];
    if (ch === '`') return true;
    if (ch !== '$' || this.line[this.i + 1] !== '(') return false;
    if (this.options.bourne === true) throw new SyntaxError("syntax error: `(' unexpected");
    if (this.line[this.i + 2] === '(') throw new SyntaxError('arithmetic expansion $(( )) is not supported in this shell');
    return true;
  }

  /**
   * Reads the command substitution at the cursor and checks its command parses; returns its
   * output without the trailing newlines, or null when it has not run yet.
   */
  private substitution(): string | null {
    const at = this.i;
    const backquoted = this.line[at] === '`';
    const from = at + (backquoted ? 1 : 2);
    const end = substitutionEnd(this.line, from, backquoted ? 'back' : 'paren');
    if (end < 0) throw new SyntaxError(`unexpected EOF while looking for matching \`${backquoted ? '`' : ')'}'`);
    const inner = this.line.slice(from, end - 1);
    const command = backquoted ? backquotedCommand(inner) : inner;
    if (this.depth + 1 > MAX_SUBSTITUTION_DEPTH) throw new SyntaxError(`command substitutions nested too deep (max ${MAX_SUBSTITUTION_DEPTH})`);
    const { env, lastStatus, syntax, bourne } = this.options;
    // The inner command's own substitutions have not run: only its syntax is checked here.
    const parsed = parseNested(command, { env, syntax: syntax ?? 'posix', lastStatus: lastStatus ?? 0, bourne: bourne ?? false }, this.depth + 1);
    if (!parsed.ok) throw new SyntaxError(parsed.error);
    this.i = end;
    const output = this.options.substitutions?.[this.substitutions.length];
    this.substitutions.push({ at, command });
    return output === undefined ? null : output.replace(/\n+$/, '');
  }

  private singleQuoted(): string {
    const close = this.line.indexOf("'", this.i + 1);
    if (close < 0) throw new SyntaxError("unexpected EOF while looking for matching `''");
    const text = this.line.slice(this.i + 1, close);
    this.i = close + 1;
    return text;
  }

  private doubleQuoted(): string {
    let text = '';
    this.i += 1;
    while (this.i < this.line.length) {
      const ch = this.line[this.i] ?? '';
      if (ch === '"') {
        this.i += 1;
        return text;
      }
      const next = this.line[this.i + 1] ?? '';
      if (ch === '\\' && this.syntax === 'posix' && (next === '"' || next === '\\' || next === '$' || next === '`')) {
        text += next;
        this.i += 2;
        continue;
      }
      if (this.substitutionAt()) {
        text += this.substitution() ?? '';
        continue;
      }
      const expanded = this.expansion();
      text += expanded ?? ch;
      if (expanded === null) this.i += 1;
    }
    throw new SyntaxError('unexpected EOF while looking for matching `"\'');
  }

  /** A variable reference at the cursor: its value (cursor moved past it), or null if there is none. */
  private expansion(): string | null {
    const read = this.syntax === 'posix' ? posixReference : cmdReference;
    const reference = read(this.line, this.i, this.options.env, this.options.lastStatus ?? 0);
    if (reference === null) return null;
    if ('error' in reference) throw new SyntaxError(reference.error);
    this.i = reference.end;
    return reference.value;
  }
}
