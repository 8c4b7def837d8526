/**
 * One command's output on one console, read from the bytes the console sent back after the
 * command was typed at `prompt`: the output follows the command's echo and runs until the
 * prompt comes again. Then how the platforms' outputs differ, line by line, from a
 * reference (native's). Pure: text in, lines out; the page shows what the engines printed.
 */
import { plainText } from '../../../engine/index.ts';

/** The lines the bytes print, escape sequences dropped (the engine's own plain-text reading of a console). */
export function printedLines(bytes: string): string[] {
  return plainText(bytes).split('\n');
}

export interface CommandOutput {
  /** The lines the command printed (the echo and the next prompt excluded). */
  readonly lines: readonly string[];
  /** Whether the prompt came back: the command has finished. */
  readonly done: boolean;
}

/**
 * What `command` printed in `bytes` (everything a console sent since it was typed at
 * `prompt`, the line the console showed then), or null before its echo.
 */
export function commandOutput(bytes: string, command: string, prompt: string): CommandOutput | null {
  const lines = printedLines(bytes);
  const echo = lines.findIndex((l) => l.trimEnd().endsWith(command.trim()));
  if (echo < 0) return null;
  const rest = lines.slice(echo + 1);
  const end = prompt.trim() === '' ? -1 : rest.findIndex((l) => l.trimEnd() === prompt.trimEnd());
  return end < 0 ? { lines: rest.filter((l, i) => i < rest.length - 1 || l !== ''), done: false } : { lines: rest.slice(0, end), done: true };
}

export interface OutputDifference {
  /** Each line of this platform's output, and whether the reference printed it too. */
  readonly lines: readonly { readonly text: string; readonly differs: boolean }[];
  /** How many of the reference's lines this output lacks. */
  readonly missing: number;
  readonly same: boolean;
}

/** Compares an output with the reference's: a line differs when the reference has no such line left to match it. */
export function compareOutput(lines: readonly string[], reference: readonly string[]): OutputDifference {
  const left = new Map<string, number>();
  for (const l of reference) left.set(l.trimEnd(), (left.get(l.trimEnd()) ?? 0) + 1);
  const marked = lines.map((text) => {
    const n = left.get(text.trimEnd()) ?? 0;
    if (n > 0) left.set(text.trimEnd(), n - 1);
    return { text, differs: n === 0 };
  });
  const missing = [...left.values()].reduce((s, n) => s + n, 0);
  return { lines: marked, missing, same: missing === 0 && marked.every((l) => !l.differs) };
}
