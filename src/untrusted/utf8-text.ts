/**
 * Bytes from outside read as UTF-8, strictly: invalid sequences are refused (as links
 * refuse them), never replaced silently; a leading byte-order mark is dropped.
 */

/** The text, or null when the bytes are not UTF-8. */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    // ignoreBOM false (the default): the decoder drops a leading BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export const NOT_UTF8 = 'not UTF-8 text';
