/**
 * A command check's pattern, matched by RE2 (re2js) in time linear in the line whatever
 * the pattern, so a lab file's pattern cannot freeze the page on what a student types:
 * JavaScript's backtracking RegExp took 33 s for `^(\w|\d)+$` on a line of 31 characters,
 * and no check of a pattern's shape catches every such one. RE2 has no look-around and no
 * back-references; a lab's patterns need neither.
 */
import { RE2JS, RE2JSSyntaxException } from 're2js';

/** A case-insensitive test of a typed line against `pattern` (found anywhere in it), or null if RE2 cannot compile it. */
export function linePattern(pattern: string): ((line: string) => boolean) | null {
  const c = compiled(pattern);
  return 'problem' in c ? null : (line) => c.re.matcher(line).find();
}

/** Why RE2 cannot read `pattern`, in words (null when it can): what is wrong and where, and why when it is look-around or a back-reference. */
export function linePatternProblem(pattern: string): string | null {
  const c = compiled(pattern);
  return 'problem' in c ? c.problem : null;
}

function compiled(pattern: string): { re: RE2JS } | { problem: string } {
  try {
    return { re: RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE) };
  } catch (e) {
    if (!(e instanceof RE2JSSyntaxException)) throw e;
    // CASE_INSENSITIVE reaches RE2 as a (?i) before the pattern: the author did not write it.
    const input = (e.input ?? '').replace(/^\(\?i\)/, '');
    const why = /^\(\?<?[=!]/.test(input) ? ' (RE2 has no look-around)' : /^\\[1-9]/.test(input) ? ' (RE2 has no back-references)' : '';
    return { problem: `not a regular expression RE2 reads: ${e.error ?? 'cannot be read'}: \`${input}\`${why}` };
  }
}
