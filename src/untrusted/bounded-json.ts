/**
 * JSON from outside (a file, a link, a lab), bounded before it is parsed: its length and
 * how deeply it nests are checked first, so no later recursive step — a schema, a message
 * builder, JSON.stringify — can run out of stack on a document nested thousands deep.
 * Pure ECMAScript: the engine reads scenario text through it too.
 */
import { cleanLine } from './clean-line.ts';

/** The deepest nesting read: a scenario or a lab is under ten levels deep; thousands overflow recursive code. */
export const MAX_JSON_DEPTH = 64;

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

const depthMessage = (max: number): string => `nested deeper than ${max} levels`;

/** Why the JSON text nests too deeply, or null: one pass over the characters, strings skipped. */
export function textDepthProblem(text: string, max = MAX_JSON_DEPTH): string | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return depthMessage(max);
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return null;
}

/** Why an already-parsed value nests too deeply, or null; iterative, so a deep value cannot overflow it. */
export function valueDepthProblem(value: unknown, max = MAX_JSON_DEPTH): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [v, depth] = next;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return depthMessage(max);
    for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return null;
}

/** JSON text parsed after its bounds are checked; a leading byte-order mark is skipped. */
export function parseBoundedJson(text: string, maxChars: number): JsonResult {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (body.length > maxChars) return { ok: false, error: `larger than ${maxChars} characters` };
  const deep = textDepthProblem(body);
  if (deep !== null) return { ok: false, error: deep };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${cleanLine(e instanceof Error ? e.message : String(e), 120)}` };
  }
}
