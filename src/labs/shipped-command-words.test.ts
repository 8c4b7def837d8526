/**
 * A shipped lab's command check matches the command its step asks for, word for word: a
 * command word with something glued on (`xm list-typo`, a usage error) is another command
 * and does not pass. The command is read from the step's own code block; its words up to
 * the first option or the first one the pattern does not name (`xm list`, `iostat` of
 * `iostat -d -x 5 2`) are the command words, and the last of them gets a suffix.
 */
import { describe, expect, test } from 'vitest';
import { linePattern } from './line-pattern.ts';
import { shippedIndex, shippedLab } from './testing/shipped-labs.node.ts';

/** Where a lab tells the student to start the clock: "Press **▶ Run**", "Run the playground …". */
const SAYS_RUN = /▶ Run|\bRun the playground\b/;

interface CommandStep {
  readonly where: string;
  readonly pattern: string;
  readonly line: string;
}

const steps: CommandStep[] = shippedIndex().labs.flatMap(({ id }) =>
  shippedLab(id).lab.steps.flatMap((s, i) => {
    const line = /```\n([^\n]+)\n```/.exec(s.instructions)?.[1];
    return s.check.kind === 'command' && line !== undefined ? [{ where: `${id} step ${i + 1}`, pattern: s.check.pattern, line }] : [];
  }),
);

/** The line with a suffix glued to its last command word: "xm list" → "xm list-typo". */
function misspelt({ pattern, line }: CommandStep): string {
  const words = line.split(' ');
  let n = 0;
  while (n < words.length && !(words[n] as string).startsWith('-') && pattern.includes(words[n] as string)) n++;
  return [...words.slice(0, n - 1), `${words[n - 1] ?? ''}-typo`, ...words.slice(n)].join(' ');
}

describe('a shipped command check', () => {
  test('there are command steps with their command in a code block', () => {
    expect(steps.length).toBeGreaterThan(10);
  });

  test.each(steps.map((s) => [s.where, s] as const))('%s: the command shown passes, one with a glued-on suffix does not', (_where, step) => {
    const matches = linePattern(step.pattern);
    expect(matches?.(step.line), step.line).toBe(true);
    expect(matches?.(misspelt(step)), misspelt(step)).toBe(false);
  });

  // What is typed into a guest's console before it has booted is lost (the page waits at 0:00:00 for Run),
  // so Verify would find nothing: bt-vs-hardware-assist's first steps never said to press Run.
  test.each(shippedIndex().labs.map((l) => [l.id]))('%s: a step that types into a guest says to run the playground, or a step before it does', (id) => {
    const { steps } = shippedLab(id).lab;
    const silent = steps.flatMap((s, i) =>
      s.check.kind === 'command' && s.check.console !== 'manager' && !steps.slice(0, i + 1).some((e) => SAYS_RUN.test(e.instructions)) ? [s.title] : [],
    );
    expect(silent).toEqual([]);
  });
});
