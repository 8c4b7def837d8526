/**
 * Where a command substitution's text ends, as sh finds it before running anything (POSIX
 * XCU 2.6.3): `$(` runs to its matching `)`, past what quotes, escapes, nested
 * substitutions and backquotes hold; a backquoted command runs to the next unescaped
 * backquote. The scan keeps its own stack rather than recursing, so a pasted line of a
 * thousand `"$(` costs a loop, not the call stack.
 *
 * Simplified: a `#` inside `$( … )` does not start a comment that could hide a `)`.
 */

type Open = 'paren' | 'double' | 'back';

/** The index just past the `)` or backquote that closes what opened before `from`, or -1 when the line ends first. */
export function substitutionEnd(line: string, from: number, open: 'paren' | 'back'): number {
  const stack: Open[] = [open];
  let i = from;
  while (i < line.length) {
    const ch = line[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    i += 1;
    const top = stack[stack.length - 1];
    if (top === 'back') {
      // Within backquotes only an escape and the closing backquote count.
      if (ch === '`') stack.pop();
    } else if (top === 'double') {
      if (ch === '"') stack.pop();
      else if (ch === '`') stack.push('back');
      else if (ch === '$' && line[i] === '(') {
        stack.push('paren');
        i += 1;
      }
    } else if (ch === "'") {
      const close = line.indexOf("'", i);
      if (close < 0) return -1;
      i = close + 1;
    } else if (ch === '"') stack.push('double');
    else if (ch === '`') stack.push('back');
    else if (ch === '(') stack.push('paren');
    else if (ch === ')') stack.pop();
    if (stack.length === 0) return i;
  }
  return -1;
}

/** A backquoted command as sh runs it: `\$`, `` \` `` and `\\` lose their backslash, others keep it. */
export function backquotedCommand(raw: string): string {
  return raw.replace(/\\([$`\\])/g, '$1');
}
