/**
 * A command check's pattern, matched by RE2 (re2js) in time linear in the line whatever
 * the pattern, so a lab file's pattern cannot freeze the page on what a student types:
 * JavaScript's backtracking RegExp took 33 s for `^(\w|\d)+$` on a line of 31 characters,
 * and no check of a pattern's shape catches every such one. RE2 has no look-around and no
 * back-references; a lab's patterns need neither.
 */
import { RE2JS } from 're2js';

/** A case-insensitive test of a typed line against `pattern` (found anywhere in it), or null if RE2 cannot compile it. */
export function linePattern(pattern: string): ((line: string) => boolean) | null {
  try {
    const re = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
    return (line) => re.matcher(line).find();
  } catch {
    return null;
  }
}
