/**
 * Splits a command line into what a shell runs: lists of pipelines joined by `;`, `&&`
 * and `||`, each pipeline a chain of commands joined by `|`, each command a list of words.
 *
 * Two syntaxes. POSIX (bash, sh): single quotes, double quotes, backslash escapes, `$VAR`,
 * `${VAR}`, `$?` and `#` comments. cmd.exe: double quotes, `^` escapes, `%VAR%`, and `&` as
 * the sequence operator (backslashes are path separators there, not escapes).
 * POSIX words also carry their pathname-expansion pattern: the word with the characters the
 * user quoted or escaped marked as literal, so `"*".log` and `\*.log` never expand while
 * `*.log` and an unquoted `$X` whose value has a `*` do (pathname-expansion.ts expands them
 * when the step runs). cmd.exe leaves wildcards to each command, so its words have none.
 *
 * Simplifies: no redirections but `2>&1` (a command's output and its messages are one stream
 * here, which is what it asks for), no subshells, no compound commands (`while`, `for`,
 * `if`, `{ …; }`, `( … )`, functions: a line that starts one is refused as a whole, once),
 * and no word splitting of expanded values: an unquoted `$X` is one word whatever blanks
 * its value holds, and is pathname-expanded as that one word.
 */
import { hasWildcards, patternOf } from './glob-pattern.ts';

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
}

export type ParseResult =
  | { readonly ok: true; readonly steps: readonly PipelineStep[] }
  | { readonly ok: false; readonly error: string };

/** Bounds on what one line may ask for, so a pasted monster line costs little. */
export const MAX_COMMANDS = 64;
export const MAX_ARGS = 256;

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
  try {
    const tokens = new Tokenizer(line, options).tokens();
    return { ok: true, steps: group(line, tokens, options.syntax ?? 'posix') };
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, error: error.message };
    throw error;
  }
}

/** Builds pipelines and lists from the token stream, enforcing the grammar and the bounds. */
function group(line: string, tokens: readonly Token[], syntax: Syntax): PipelineStep[] {
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
    const source = line.slice(stepStart ?? 0, end).trim();
    steps.push({ when, source, stages: stages.map((stage) => stage.map((w) => w.text)), words: stages });
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

/** Reads words and operators, expanding variables and removing quotes as it goes. */
class Tokenizer {
  private i = 0;
  private readonly out: Token[] = [];
  private readonly syntax: Syntax;

  constructor(
    private readonly line: string,
    private readonly options: ParseOptions,
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

  private word(): void {
    const at = this.i;
    let text = '';
    /** Which of `text`'s characters were quoted or escaped (never pattern characters). */
    const quotedMask: boolean[] = [];
    let quoted = false;
    const add = (part: string, isQuoted: boolean): void => {
      text += part;
      for (let k = 0; k < part.length; k += 1) quotedMask.push(isQuoted);
    };
    while (this.i < this.line.length) {
      const ch = this.line[this.i] ?? '';
      if (ch === ' ' || ch === '\t' || ch === '>' || ch === '<' || this.operatorAt() !== null) break;
      if (ch === '"') {
        quoted = true;
        add(this.doubleQuoted(), true);
      } else if (ch === "'" && this.syntax === 'posix') {
        quoted = true;
        add(this.singleQuoted(), true);
      } else if (ch === '\\' && this.syntax === 'posix') {
        add(this.line[this.i + 1] ?? '\\', true);
        this.i += 2;
      } else if (ch === '^' && this.syntax === 'cmd') {
        add(this.line[this.i + 1] ?? '', true);
        this.i += 2;
      } else {
        const expanded = this.expansion();
        add(expanded ?? ch, false);
        if (expanded === null) this.i += 1;
      }
    }
    const pattern = this.syntax === 'posix' ? patternOf(text, quotedMask) : '';
    this.out.push({
      kind: 'word',
      word: { text, pattern: hasWildcards(pattern) ? pattern : null },
      at,
      plain: this.line.slice(at, this.i) === text,
      // An unquoted variable that expands to nothing leaves no word, as in sh.
      vanished: text === '' && !quoted,
    });
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
      const expanded = this.expansion();
      text += expanded ?? ch;
      if (expanded === null) this.i += 1;
    }
    throw new SyntaxError('unexpected EOF while looking for matching `"\'');
  }

  /** A variable reference at the cursor: its value (cursor moved past it), or null if there is none. */
  private expansion(): string | null {
    return this.syntax === 'posix' ? this.posixExpansion() : this.cmdExpansion();
  }

  private posixExpansion(): string | null {
    if (this.line[this.i] !== '$') return null;
    const rest = this.line.slice(this.i + 1);
    if (rest.startsWith('?')) {
      this.i += 2;
      return String(this.options.lastStatus ?? 0);
    }
    if (rest.startsWith('{')) {
      const match = /^\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(rest);
      if (match === null) throw new SyntaxError(`\${: bad substitution`);
      this.i += 1 + match[0].length;
      return this.options.env.get(match[1] ?? '') ?? '';
    }
    if (/^[0-9]/.test(rest)) {
      this.i += 2; // A positional parameter: an interactive shell has none.
      return '';
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)?.[0];
    if (name === undefined) return null;
    this.i += 1 + name.length;
    return this.options.env.get(name) ?? '';
  }

  private cmdExpansion(): string | null {
    if (this.line[this.i] !== '%') return null;
    const close = this.line.indexOf('%', this.i + 1);
    if (close < 0) return null;
    const name = this.line.slice(this.i + 1, close);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return null;
    const value = name.toUpperCase() === 'ERRORLEVEL' ? String(this.options.lastStatus ?? 0) : lookupIgnoringCase(this.options.env, name);
    // cmd leaves an undefined %NAME% as typed.
    if (value === undefined) return null;
    this.i = close + 1;
    return value;
  }
}

function lookupIgnoringCase(env: ReadonlyMap<string, string>, name: string): string | undefined {
  const exact = env.get(name);
  if (exact !== undefined) return exact;
  const upper = name.toUpperCase();
  for (const [key, value] of env) if (key.toUpperCase() === upper) return value;
  return undefined;
}
