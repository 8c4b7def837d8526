/**
 * Links that carry a whole lab, or a student's hand-in, in the URL fragment — no server:
 * `#lab-data=<data>` (a lab a teacher wrote, opened like a shipped one) and
 * `#lab-report=<data>` (a completed lab, opened by the teacher). The data is the file's
 * JSON text, deflated and base64url-encoded. Decoding is bounded like the run links'; what
 * comes out is only text, which the caller validates as it would a file.
 */
import { deflateSync } from 'fflate';
import { utf8Text } from '../untrusted/utf8-text.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { inflateBounded } from './bounded-inflate.ts';
import { MAX_LINK_CHARS } from './link-limits.ts';

export type LabLinkKind = 'lab-data' | 'lab-report';

/** The largest text a lab link inflates to: a lab file's own limit (parse-lab.ts, MAX_LAB_BYTES). */
const MAX_TEXT_BYTES = 200_000;

/** The page's address with the text in a `#<kind>=` fragment, or why it is too long for a link. */
export function encodeLabLink(kind: LabLinkKind, text: string, base: string): { ok: true; link: string } | { ok: false; error: string } {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_TEXT_BYTES) return { ok: false, error: `it takes ${bytes.length} bytes, a link carries at most ${MAX_TEXT_BYTES}` };
  const data = toBase64Url(deflateSync(bytes, { level: 9 }));
  if (data.length > MAX_LINK_CHARS) return { ok: false, error: `the link would have ${data.length} characters of data, at most ${MAX_LINK_CHARS}: hand it in as a file` };
  const hash = base.indexOf('#');
  return { ok: true, link: `${hash >= 0 ? base.slice(0, hash) : base}#${kind}=${data}` };
}

/** What kind of lab link a fragment is, and its data; null for any other fragment. */
export function labLinkOf(fragment: string): { kind: LabLinkKind; data: string } | null {
  const m = /^#(lab-data|lab-report)=(.*)$/s.exec(fragment);
  return m ? { kind: m[1] as LabLinkKind, data: m[2] ?? '' } : null;
}

/** The text a lab link's data carries, or what is wrong with it. */
export function decodeLabLink(data: string): { ok: true; text: string } | { ok: false; error: string } {
  if (data.length === 0) return { ok: false, error: 'The link is truncated: it has no data' };
  if (data.length > MAX_LINK_CHARS) return { ok: false, error: `The link is too long: ${data.length} characters of data, at most ${MAX_LINK_CHARS}` };
  const bytes = fromBase64Url(data);
  if (bytes === 'alphabet') return { ok: false, error: 'The link is corrupted: its data has characters a link never contains (only letters, digits, "-" and "_")' };
  if (bytes === 'length') return { ok: false, error: 'The link is truncated: its data ends part-way (copy the whole link)' };
  const inflated = inflateBounded(bytes, MAX_TEXT_BYTES);
  if (typeof inflated === 'string') return { ok: false, error: inflated };
  const text = utf8Text(inflated);
  return text === null ? { ok: false, error: 'The link is corrupted: its data is not text' } : { ok: true, text };
}
