/**
 * Share links: a run (shared-run.ts) as JSON, deflated against a preset dictionary,
 * base64url-encoded into the URL fragment behind a format version — `#v2.<data>` — so no
 * server is involved. Pure functions of strings; they run in Node and in the page.
 *
 * v2 puts the CRC-32 of the JSON before the deflate stream: a link changed on its way (a
 * character mistyped from a projector, cut by a mail program) is refused instead of
 * opening another experiment. v1 links, without it, still open with a note.
 *
 * Decoding is built for hostile input: the encoded length and the inflated size are
 * capped (a zip bomb cannot allocate past the cap), then the JSON is validated with the
 * scenario schema. Each way a link can be bad gets its own message.
 */
import CRC32 from 'crc-32';
import { deflateSync } from 'fflate';
import { parseBoundedJson } from '../untrusted/bounded-json.ts';
import { cleanLine } from '../untrusted/clean-line.ts';
import { utf8Text } from '../untrusted/utf8-text.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { inflateBounded, inflateOrWhy, inflateProblemInWords } from './bounded-inflate.ts';
import { LINK_DICTIONARY_V1 } from './link-dictionary.ts';
import { MAX_INFLATED_BYTES, MAX_LINK_CHARS } from './link-limits.ts';
import { readSharedRun, sharedRunProblems, toWire, type SharedRun } from './shared-run.ts';

export const LINK_FORMAT_VERSION = 2;
/** The older format still read: the same layout without the checksum. */
const UNVERIFIED_VERSION = 1;
const CHECKSUM_BYTES = 4;
export const UNVERIFIED_NOTE = 'This link is in the older v1 format, which has no checksum: it opens, but cannot be verified';
export const DAMAGED = 'This link was damaged in transit';

const DICTIONARY = new TextEncoder().encode(LINK_DICTIONARY_V1);

/** A decoded run; `note` says what the reader should know (a v1 link cannot be verified). */
export type DecodedLink = { ok: true; run: SharedRun; note?: string } | { ok: false; error: string };

/** A link, or what in the run is more than a link carries (the decoder's own limits). */
export type EncodedLink = { ok: true; link: string } | { ok: false; problems: string[] };

/**
 * The page's address with the run in its fragment (any fragment `base` had is replaced),
 * unless the run is more than a link carries: then no link, since its recipient would be refused.
 */
export function encodeShareLink(run: SharedRun, base: string): EncodedLink {
  const problems = sharedRunProblems(run);
  if (problems.length > 0) return { ok: false, problems };
  const json = new TextEncoder().encode(JSON.stringify(toWire(run)));
  if (json.length > MAX_INFLATED_BYTES) return { ok: false, problems: [`the run takes ${json.length} bytes, a link carries at most ${MAX_INFLATED_BYTES}`] };
  const fragment = encodeFragment(json);
  const dataChars = fragment.length - `#v${LINK_FORMAT_VERSION}.`.length;
  if (dataChars > MAX_LINK_CHARS) return { ok: false, problems: [`the link would have ${dataChars} characters of data, at most ${MAX_LINK_CHARS}`] };
  const hash = base.indexOf('#');
  return { ok: true, link: `${hash >= 0 ? base.slice(0, hash) : base}${fragment}` };
}

/** The fragment (with its `#`) that carries a run's JSON. */
function encodeFragment(json: Uint8Array): string {
  const deflated = deflateSync(json, { level: 9, dictionary: DICTIONARY });
  const payload = new Uint8Array(CHECKSUM_BYTES + deflated.length);
  new DataView(payload.buffer).setInt32(0, CRC32.buf(json));
  payload.set(deflated, CHECKSUM_BYTES);
  return `#v${LINK_FORMAT_VERSION}.${toBase64Url(payload)}`;
}

/** Reads a link: a whole URL, a fragment (`#v1.…`) or the fragment without its `#`. */
export function decodeShareLink(link: string): DecodedLink {
  const hash = link.indexOf('#');
  const fragment = (hash >= 0 ? link.slice(hash + 1) : link).trim();
  const head = /^v(\d{1,6})\./.exec(fragment);
  if (!head) return fail(`The link is not a VirtScope scenario link: its part after "#" should start with "v${LINK_FORMAT_VERSION}."`);
  const version = Number(head[1]);
  if (version !== LINK_FORMAT_VERSION && version !== UNVERIFIED_VERSION)
    return fail(`The link uses format v${version}, which this VirtScope does not know (it reads v${UNVERIFIED_VERSION} and v${LINK_FORMAT_VERSION}); it may come from a newer VirtScope`);
  const data = fragment.slice(head[0].length);
  if (data.length > MAX_LINK_CHARS) return fail(`The link is too long: ${data.length} characters of data, at most ${MAX_LINK_CHARS}`);
  if (data.length === 0) return fail(`The link is truncated: it has no data after "v${version}."`);
  const bytes = fromBase64Url(data);
  if (bytes === 'alphabet') return fail('The link is corrupted: its data has characters a link never contains (only letters, digits, "-" and "_")');
  if (bytes === 'length') return fail('The link is truncated: its data ends part-way (copy the whole link)');
  const verified = version === LINK_FORMAT_VERSION;
  if (verified && bytes.length <= CHECKSUM_BYTES) return fail('The link is truncated: its data ends too early (copy the whole link)');
  const inflated = verified ? inflateVerified(bytes.subarray(CHECKSUM_BYTES)) : inflateBounded(bytes, MAX_INFLATED_BYTES, DICTIONARY);
  if (typeof inflated === 'string') return fail(inflated);
  if (verified && new DataView(bytes.buffer, bytes.byteOffset).getInt32(0) !== CRC32.buf(inflated))
    return fail(`${DAMAGED}: its checksum does not match its contents (copy the whole link again)`);
  const text = utf8Text(inflated);
  const json = text === null ? null : parseBoundedJson(text, MAX_INFLATED_BYTES);
  if (json === null || (!json.ok && json.error.startsWith('not valid JSON')))
    return fail('The link is corrupted: its data decompresses, but not to a scenario (not valid JSON text)');
  if (!json.ok) return fail(`The link's data is ${json.error}`);
  const run = readSharedRun(json.value);
  if (!run.ok) return fail(run.error);
  return verified ? run : { ...run, note: UNVERIFIED_NOTE };
}

/**
 * A v2 link's JSON, or why not, telling a cut from a change where the data can: a cut
 * leaves the beginning of a valid deflate stream, so data that is no deflate stream was
 * changed (or forged); a stream that ends early may be either, since v2 does not carry its
 * length, and the message says so rather than guess.
 */
function inflateVerified(deflated: Uint8Array): Uint8Array | string {
  const inflated = inflateOrWhy(deflated, MAX_INFLATED_BYTES, DICTIONARY);
  if (typeof inflated !== 'string') return inflated;
  if (inflated === 'not-deflate') return `${DAMAGED}: a character in it was changed, so its data cannot be decompressed (copy the whole link again)`;
  if (inflated === 'ends-early') return 'The link is truncated, or a character in it was changed: its data ends before its contents do (copy the whole link again)';
  return inflateProblemInWords(inflated, MAX_INFLATED_BYTES);
}

/** Every message is one clean line: parts of it come from the link. */
function fail(error: string): DecodedLink {
  return { ok: false, error: cleanLine(error) };
}
