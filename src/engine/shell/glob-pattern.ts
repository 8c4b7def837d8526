/**
 * sh's pattern matching notation (POSIX XCU 2.13), for one file name: `*` any string, `?`
 * any character, a bracket expression `[abc]`, `[a-z]`, `[!x]` or `[^x]` one character of
 * a set, `\c` the character c itself. A `[` that does not start a complete bracket expression
 * is an ordinary character, as in bash. Not supported: character classes (`[[:digit:]]`),
 * equivalence classes and collating symbols inside brackets.
 *
 * The shell hands patterns over in this notation with the characters the user quoted
 * escaped (`"*".log` is `\*.log`), so quoting reaches the matcher as escapes.
 * Ranges compare code points (the C locale's order), and characters are code points.
 */

/** One element of a compiled pattern. */
type Piece =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'star' }
  | { readonly kind: 'set'; readonly negated: boolean; readonly test: (char: string) => boolean };

export interface NamePattern {
  readonly pieces: readonly Piece[];
  /** Whether it has a `*`, `?` or bracket expression; if not, it names one file. */
  readonly wild: boolean;
  /** Whether it begins with a literal `.`: only such a pattern matches hidden names. */
  readonly dotFirst: boolean;
}

/** Characters that mean something in a pattern, escaped when the user quoted them. */
const SPECIAL = new Set(['*', '?', '[', ']', '\\', '!', '^', '-']);

/** The pattern notation for a word whose `quoted[i]` characters must match only themselves. */
export function patternOf(text: string, quoted: readonly boolean[]): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    // An unquoted backslash can only come from a variable's value: taken as itself here.
    out += SPECIAL.has(ch) && (quoted[i] === true || ch === '\\') ? `\\${ch}` : ch;
  }
  return out;
}

/** Whether any `/`-separated component has a wildcard (a lone `[` is not one): worth matching at all. */
export function hasWildcards(pattern: string): boolean {
  return pattern.split('/').some((part) => compileName(part).wild);
}

/** The name a pattern without wildcards stands for: its escapes removed. */
export function literalOf(pattern: string): string {
  return pattern.replace(/\\(.)/gsu, '$1');
}

/** Compiles one path component (no `/`). */
export function compileName(pattern: string): NamePattern {
  const chars = Array.from(pattern);
  const pieces: Piece[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] ?? '';
    if (ch === '\\' && i + 1 < chars.length) {
      pieces.push({ kind: 'char', char: chars[i + 1] ?? '' });
      i += 2;
    } else if (ch === '*') {
      if (pieces.at(-1)?.kind !== 'star') pieces.push({ kind: 'star' });
      i += 1;
    } else if (ch === '?') {
      pieces.push({ kind: 'any' });
      i += 1;
    } else {
      const bracket = ch === '[' ? bracketAt(chars, i) : null;
      pieces.push(bracket?.piece ?? { kind: 'char', char: ch });
      i = bracket?.end ?? i + 1;
    }
  }
  const first = pieces[0];
  return {
    pieces,
    wild: pieces.some((p) => p.kind !== 'char'),
    dotFirst: first?.kind === 'char' && first.char === '.',
  };
}

/** Whether `name` matches, all of it. A hidden name only matches a pattern that starts with `.`. */
export function matchesName(pattern: NamePattern, name: string): boolean {
  if (name.startsWith('.') && !pattern.dotFirst) return false;
  return matchPieces(pattern.pieces, Array.from(name));
}

/**
 * The classic wildcard match: on a mismatch, go back to the last `*` and let it take one
 * more character. Only the last star is ever revisited, so it is O(pattern × name).
 */
function matchPieces(pieces: readonly Piece[], chars: readonly string[]): boolean {
  let p = 0;
  let c = 0;
  let starP = -1;
  let starC = 0;
  while (c < chars.length) {
    const piece = pieces[p];
    if (piece?.kind === 'star') {
      starP = p;
      starC = c;
      p += 1;
    } else if (piece !== undefined && matchesOne(piece, chars[c] ?? '')) {
      p += 1;
      c += 1;
    } else if (starP >= 0) {
      p = starP + 1;
      starC += 1;
      c = starC;
    } else {
      return false;
    }
  }
  while (pieces[p]?.kind === 'star') p += 1;
  return p === pieces.length;
}

function matchesOne(piece: Piece, char: string): boolean {
  switch (piece.kind) {
    case 'char':
      return piece.char === char;
    case 'any':
      return true;
    case 'set':
      return piece.test(char) !== piece.negated;
    case 'star':
      return false;
  }
}

/**
 * The bracket expression opening at `start`, or null when there is no closing `]` (then the
 * `[` is an ordinary character). A `]` first in the set, or after `!`/`^`, is a member.
 */
function bracketAt(chars: readonly string[], start: number): { piece: Piece; end: number } | null {
  let i = start + 1;
  const negated = chars[i] === '!' || chars[i] === '^';
  if (negated) i += 1;
  const tests: ((char: string) => boolean)[] = [];
  let first = true;
  while (i < chars.length) {
    const ch = chars[i] ?? '';
    if (ch === ']' && !first) return { piece: { kind: 'set', negated, test: (c) => tests.some((t) => t(c)) }, end: i + 1 };
    first = false;
    const low = ch === '\\' ? (chars[i + 1] ?? '\\') : ch;
    i += ch === '\\' ? 2 : 1;
    if (chars[i] === '-' && chars[i + 1] !== undefined && chars[i + 1] !== ']') {
      const highAt = chars[i + 1] === '\\' ? i + 2 : i + 1;
      const high = chars[highAt] ?? '';
      i = highAt + 1;
      const from = low.codePointAt(0) ?? 0;
      const to = high.codePointAt(0) ?? 0;
      tests.push((c) => (c.codePointAt(0) ?? -1) >= from && (c.codePointAt(0) ?? -1) <= to);
    } else {
      tests.push((c) => c === low);
    }
  }
  return null;
}
