/**
 * Inflating untrusted link data without letting it allocate without bound: the output
 * buffer is fixed, so a "zip bomb" fills it and stops growing. Shared by the run links and
 * the lab links.
 */
import { inflateSync } from 'fflate';

/** The inflated bytes, or why not (a sentence about "the link"). */
export function inflateBounded(bytes: Uint8Array, maxBytes: number, dictionary?: Uint8Array): Uint8Array | string {
  const out = new Uint8Array(maxBytes + 1);
  let inflated: Uint8Array;
  try {
    inflated = inflateSync(bytes, dictionary ? { out, dictionary } : { out });
  } catch (e) {
    // fflate's error code 0 is "unexpected EOF": the stream stops before its last block.
    const truncated = (e as { code?: unknown }).code === 0;
    return truncated ? 'The link is truncated: its data ends too early (copy the whole link)' : 'The link is corrupted: its data cannot be decompressed';
  }
  if (inflated.length > maxBytes) return `The link's data is too large: it decompresses to more than ${maxBytes} bytes`;
  return inflated;
}
