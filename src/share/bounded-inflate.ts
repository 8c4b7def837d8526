/**
 * Inflating untrusted link data without letting it allocate without bound: the output
 * buffer is fixed, so a "zip bomb" fills it and stops growing. Shared by the run links and
 * the lab links.
 */
import { inflateSync } from 'fflate';

/**
 * Why a stream does not inflate: it stops before its last block ('ends-early': cut, or a
 * changed bit that made it read on), it cannot be a deflate stream ('not-deflate': a cut
 * leaves a valid beginning, so only a change or a forgery gives this), or it is too large.
 */
export type InflateProblem = 'ends-early' | 'not-deflate' | 'too-large';

/** The inflated bytes, or why not. */
export function inflateOrWhy(bytes: Uint8Array, maxBytes: number, dictionary?: Uint8Array): Uint8Array | InflateProblem {
  const out = new Uint8Array(maxBytes + 1);
  let inflated: Uint8Array;
  try {
    inflated = inflateSync(bytes, dictionary ? { out, dictionary } : { out });
  } catch (e) {
    // fflate's error code 0 is "unexpected EOF": the stream stops before its last block.
    return (e as { code?: unknown }).code === 0 ? 'ends-early' : 'not-deflate';
  }
  return inflated.length > maxBytes ? 'too-large' : inflated;
}

/** Why a link's data does not inflate, as a sentence about "the link". */
export function inflateProblemInWords(problem: InflateProblem, maxBytes: number): string {
  return {
    'ends-early': 'The link is truncated: its data ends too early (copy the whole link)',
    'not-deflate': 'The link is corrupted: its data cannot be decompressed',
    'too-large': `The link's data is too large: it decompresses to more than ${maxBytes} bytes`,
  }[problem];
}

/** The inflated bytes, or why not (a sentence about "the link"). */
export function inflateBounded(bytes: Uint8Array, maxBytes: number, dictionary?: Uint8Array): Uint8Array | string {
  const inflated = inflateOrWhy(bytes, maxBytes, dictionary);
  return typeof inflated === 'string' ? inflateProblemInWords(inflated, maxBytes) : inflated;
}
