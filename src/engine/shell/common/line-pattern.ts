/**
 * grep's patterns, matched without backtracking: a pattern compiles to a small program run
 * as a Pike VM (Thompson's NFA simulation), so matching costs at most pattern size × line
 * length and no pattern — `(a+)+$` included — can hang the shell the way a backtracking
 * RegExp would.
 *
 * Supports basic (grep) and extended (grep -E) syntax: `.`, `[...]` with ranges and
 * `[:class:]`, `*`, `+`, `?`, `|`, groups, `^`, `$`, `\w \W \s \S`. A pattern that does not
 * compile, uses what is not supported (intervals `{n,m}`, back-references, word
 * boundaries), or is longer than MAX_PATTERN is searched for as plain text.
 */

/** Longer patterns are taken literally, which keeps the program (and the matching cost) small. */
export const MAX_PATTERN = 200;

export interface LinePattern {
  test(line: string): boolean;
}

export interface PatternOptions {
  readonly ignoreCase: boolean;
  /** grep -F. */
  readonly fixed: boolean;
  /** grep -E: `+ ? | ( )` are operators without a backslash. */
  readonly extended: boolean;
}

type CharTest = (ch: string) => boolean;
type Op = '(' | ')' | '|' | '*' | '+' | '?' | '^' | '$';
type Token = { readonly kind: 'char'; readonly test: CharTest } | { readonly kind: 'op'; readonly op: Op };
type Node =
  | { readonly t: 'char'; readonly test: CharTest }
  | { readonly t: 'bol' | 'eol' }
  | { readonly t: 'cat'; readonly items: readonly Node[] }
  | { readonly t: 'alt'; readonly options: readonly Node[] }
  | { readonly t: '*' | '+' | '?'; readonly node: Node };
type Inst =
  | { op: 'char'; test: CharTest }
  | { op: 'split'; a: number; b: number }
  | { op: 'jmp'; a: number }
  | { op: 'bol' | 'eol' | 'match' };

class Unsupported extends Error {}

export function compileLinePattern(pattern: string, options: PatternOptions): LinePattern {
  if (!options.fixed && pattern.length <= MAX_PATTERN && /[.[\]()|*+?^$\\]/.test(pattern)) {
    try {
      const tokens = lex(pattern, options);
      const program = compile(new Parser(tokens).parse());
      return { test: (line) => run(program, options.ignoreCase ? line.toLowerCase() : line) };
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
    }
  }
  const needle = options.ignoreCase ? pattern.toLowerCase() : pattern;
  return { test: (line) => (options.ignoreCase ? line.toLowerCase() : line).includes(needle) };
}

const CLASSES: Readonly<Record<string, RegExp>> = {
  alpha: /\p{L}/u,
  digit: /[0-9]/,
  alnum: /[\p{L}0-9]/u,
  upper: /\p{Lu}/u,
  lower: /\p{Ll}/u,
  space: /\s/,
  blank: /[ \t]/,
  punct: /[!-/:-@[-`{-~]/,
  xdigit: /[0-9A-Fa-f]/,
};

const ESCAPES: Readonly<Record<string, CharTest>> = {
  w: (c) => /[\p{L}0-9_]/u.test(c),
  W: (c) => !/[\p{L}0-9_]/u.test(c),
  s: (c) => /\s/.test(c),
  S: (c) => !/\s/.test(c),
};

function literal(ch: string, ignoreCase: boolean): CharTest {
  const want = ignoreCase ? ch.toLowerCase() : ch;
  return (c) => c === want;
}

function lex(pattern: string, { ignoreCase, extended }: PatternOptions): Token[] {
  const chars = Array.from(pattern);
  const tokens: Token[] = [];
  const ERE_OPS = '()|+?';
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? '';
    if (ch === '\\') {
      const next = chars[i + 1];
      i += 1;
      if (next === undefined) throw new Unsupported();
      if (!extended && ERE_OPS.includes(next)) tokens.push({ kind: 'op', op: next as Op });
      else if (next in ESCAPES) tokens.push({ kind: 'char', test: ESCAPES[next] ?? (() => false) });
      else if (/[0-9bB<>{}]/.test(next)) throw new Unsupported();
      else tokens.push({ kind: 'char', test: literal(next, ignoreCase) });
    } else if (ch === '[') {
      const end = bracketEnd(chars, i);
      tokens.push({ kind: 'char', test: bracket(chars.slice(i + 1, end), ignoreCase) });
      i = end;
    } else if (ch === '.') {
      tokens.push({ kind: 'char', test: () => true });
    } else if (ch === '*' || ch === '^' || ch === '$' || (extended && ERE_OPS.includes(ch))) {
      tokens.push({ kind: 'op', op: ch as Op });
    } else if (extended && ch === '{') {
      throw new Unsupported();
    } else {
      tokens.push({ kind: 'char', test: literal(ch, ignoreCase) });
    }
  }
  return tokens;
}

/** Index of the `]` closing the bracket expression opened at `start`. */
function bracketEnd(chars: readonly string[], start: number): number {
  let i = start + 1;
  if (chars[i] === '^') i += 1;
  if (chars[i] === ']') i += 1; // A leading `]` is a member.
  for (; i < chars.length; i += 1) {
    if (chars[i] === '[' && chars[i + 1] === ':') {
      const close = chars.indexOf(']', i + 2);
      if (close < 0) throw new Unsupported();
      i = close;
    } else if (chars[i] === ']') {
      return i;
    }
  }
  throw new Unsupported();
}

function bracket(body: readonly string[], ignoreCase: boolean): CharTest {
  const negate = body[0] === '^';
  const members = negate ? body.slice(1) : body;
  const tests: CharTest[] = [];
  for (let i = 0; i < members.length; i += 1) {
    const ch = members[i] ?? '';
    if (ch === '[' && members[i + 1] === ':') {
      const close = members.indexOf(']', i);
      const re = CLASSES[members.slice(i + 2, close - 1).join('')];
      if (re === undefined || members[close - 1] !== ':') throw new Unsupported();
      tests.push((c) => re.test(c));
      i = close;
    } else if (members[i + 1] === '-' && members[i + 2] !== undefined) {
      const low = ch;
      const high = members[i + 2] ?? '';
      tests.push((c) => c >= low && c <= high);
      i += 2;
    } else {
      tests.push((c) => c === ch);
    }
  }
  const inSet = (c: string): boolean => tests.some((t) => t(c));
  // Input is lower-cased under -i, so an upper-case member must also be tried.
  const member = ignoreCase ? (c: string): boolean => inSet(c) || inSet(c.toUpperCase()) : inSet;
  return negate ? (c) => !member(c) : member;
}

/** Recursive descent over the tokens: alternation of concatenations of quantified atoms. */
class Parser {
  private i = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.tokens.length) throw new Unsupported(); // An unmatched `)`.
    return node;
  }

  private alternation(): Node {
    const options = [this.concatenation()];
    while (this.peekOp() === '|') {
      this.i += 1;
      options.push(this.concatenation());
    }
    return options.length === 1 ? (options[0] ?? { t: 'cat', items: [] }) : { t: 'alt', options };
  }

  private concatenation(): Node {
    const items: Node[] = [];
    for (;;) {
      const token = this.tokens[this.i];
      if (token === undefined || (token.kind === 'op' && (token.op === ')' || token.op === '|'))) break;
      this.i += 1;
      let atom = this.atom(token, items.length === 0);
      for (let op = this.peekOp(); op === '*' || op === '+' || op === '?'; op = this.peekOp()) {
        this.i += 1;
        atom = { t: op, node: atom };
      }
      items.push(atom);
    }
    return items.length === 1 ? (items[0] ?? { t: 'cat', items }) : { t: 'cat', items };
  }

  private atom(token: Token, first: boolean): Node {
    if (token.kind === 'char') return { t: 'char', test: token.test };
    switch (token.op) {
      case '(': {
        const inner = this.alternation();
        if (this.peekOp() !== ')') throw new Unsupported();
        this.i += 1;
        return inner;
      }
      case '^':
        return first ? { t: 'bol' } : { t: 'char', test: (c) => c === '^' };
      case '$':
        return this.atBranchEnd() ? { t: 'eol' } : { t: 'char', test: (c) => c === '$' };
      default:
        // A quantifier with nothing before it stands for itself, as in grep.
        return { t: 'char', test: literalOp(token.op) };
    }
  }

  private atBranchEnd(): boolean {
    const next = this.peekOp();
    return this.i >= this.tokens.length || next === ')' || next === '|';
  }

  private peekOp(): Op | null {
    const token = this.tokens[this.i];
    return token?.kind === 'op' ? token.op : null;
  }
}

function literalOp(op: string): CharTest {
  return (c) => c === op;
}

function compile(root: Node): Inst[] {
  const program: Inst[] = [];
  const emit = (node: Node): void => {
    switch (node.t) {
      case 'char':
        program.push({ op: 'char', test: node.test });
        return;
      case 'bol':
      case 'eol':
        program.push({ op: node.t });
        return;
      case 'cat':
        for (const item of node.items) emit(item);
        return;
      case 'alt': {
        const jumps: { op: 'jmp'; a: number }[] = [];
        node.options.forEach((option, index) => {
          const last = index === node.options.length - 1;
          const split: Inst = { op: 'split', a: program.length + 1, b: 0 };
          if (!last) program.push(split);
          emit(option);
          if (!last) {
            const jump = { op: 'jmp' as const, a: 0 };
            jumps.push(jump);
            program.push(jump);
            split.b = program.length;
          }
        });
        for (const jump of jumps) jump.a = program.length;
        return;
      }
      case '*': {
        const start = program.length;
        const split: Inst = { op: 'split', a: start + 1, b: 0 };
        program.push(split);
        emit(node.node);
        program.push({ op: 'jmp', a: start });
        split.b = program.length;
        return;
      }
      case '+': {
        const start = program.length;
        emit(node.node);
        program.push({ op: 'split', a: start, b: program.length + 1 });
        return;
      }
      case '?': {
        const split: Inst = { op: 'split', a: program.length + 1, b: 0 };
        program.push(split);
        emit(node.node);
        split.b = program.length;
        return;
      }
    }
  };
  emit(root);
  program.push({ op: 'match' });
  return program;
}

/** Runs the program over every start position at once; true when any thread reaches `match`. */
function run(program: readonly Inst[], line: string): boolean {
  const chars = Array.from(line);
  const n = chars.length;
  const seen = new Int32Array(program.length).fill(-1);
  const stack: number[] = [];

  // Follows jumps, splits and assertions from `pc` at position `i`; collects char threads.
  const add = (list: number[], pc: number, i: number): boolean => {
    stack.push(pc);
    while (stack.length > 0) {
      const at = stack.pop() ?? 0;
      if (seen[at] === i) continue;
      seen[at] = i;
      const inst = program[at];
      if (inst === undefined) continue;
      switch (inst.op) {
        case 'match':
          stack.length = 0;
          return true;
        case 'jmp':
          stack.push(inst.a);
          break;
        case 'split':
          stack.push(inst.b, inst.a);
          break;
        case 'bol':
          if (i === 0) stack.push(at + 1);
          break;
        case 'eol':
          if (i === n) stack.push(at + 1);
          break;
        case 'char':
          list.push(at);
          break;
      }
    }
    return false;
  };

  let current: number[] = [];
  for (let i = 0; ; i += 1) {
    if (add(current, 0, i)) return true;
    if (i === n) return false;
    const ch = chars[i] ?? '';
    const next: number[] = [];
    for (const pc of current) {
      const inst = program[pc];
      if (inst?.op === 'char' && inst.test(ch) && add(next, pc + 1, i + 1)) return true;
    }
    current = next;
  }
}
