/**
 * The tests' own oracle for "clean", written apart from clean-line.ts so a mistake there
 * cannot hide itself: characters that must never reach a terminal raw — C0 (but a line's
 * own newline), DEL, C1, bidi controls, the BOM, line separators.
 */
// eslint-disable-next-line no-control-regex
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/u;

/** Whether a message is one line of at most 200 characters with no raw control character. */
export function isCleanMessage(text: string): boolean {
  return text.length <= 200 && !text.includes('\n') && !RAW_CONTROL.test(text);
}

/** Whether text is exactly one clean message line ended by its newline. */
export function isOneCleanLine(text: string): boolean {
  return text.endsWith('\n') && isCleanMessage(text.slice(0, -1));
}
