/**
 * JSON for a terminal: JSON.stringify escapes C0 controls but leaves C1 controls, DEL,
 * bidi overrides and the BOM raw, and a terminal acts on some of them. They only occur
 * inside strings, where `\uXXXX` means the same character: the JSON stays equal.
 */
import { UNSAFE_BEYOND_C0 } from '../untrusted/clean-line.ts';

export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_BEYOND_C0, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
