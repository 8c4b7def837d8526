/**
 * Untrusted text made safe to show: characters a terminal or a page would act on instead
 * of showing (C0 and C1 controls, DEL, bidirectional overrides and marks, the byte-order
 * mark, line separators) are written as escapes, and a message is cut to one short line.
 * A hostile file or link can then neither clear a screen, set a window title, reorder
 * what the reader sees, nor bury a message under half a megabyte of key.
 */

/** The longest message line, in characters: one line on an 80-column terminal's second row, or a banner. */
export const MAX_MESSAGE_CHARS = 200;

// DEL and C1; U+061C, U+200E/F, U+202A–E and U+2066–9 reorder text (bidi); U+2028/9 break lines; U+FEFF is the BOM.
const BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ufeff';
/** The unsafe characters other than C0 controls (which JSON.stringify already escapes). */
export const UNSAFE_BEYOND_C0 = new RegExp(`[${BEYOND_C0}]`, 'gu');
const UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, 'gu');
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// For test(), so without the g flag (which would keep a lastIndex from one call to the next).
const ANY_UNSAFE = new RegExp(UNSAFE.source, 'u');
const UNSAFE_BESIDE_LINE_BREAKS = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f${BEYOND_C0}]`, 'u');

/** Whether text to be shown as it is holds a character that would act instead of showing (tabs and line breaks allowed where `multiline`). */
export function hasUnsafeCharacters(text: string, multiline = false): boolean {
  return (multiline ? UNSAFE_BESIDE_LINE_BREAKS : ANY_UNSAFE).test(text);
}

/** The text with every unsafe character written as `\n`, `\x1b` or `\u202e`. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/** At most `max` characters, the last one `…` when something was cut; never half a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let head = text.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  return `${head}…`;
}

/** One line of at most `max` characters, safe to print or render, from any text. */
export function cleanLine(text: string, max = MAX_MESSAGE_CHARS): string {
  return cut(escapeControls(text), max);
}

/** An untrusted name inside a message: quoted, escaped and cut short (`"web\x1b[2J…"`). */
export function quoted(text: string, max = 32): string {
  return `"${cut(escapeControls(text), max)}"`;
}
