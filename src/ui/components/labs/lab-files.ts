/** Labs and hand-ins as files and links: saved with the browser's download, read back bounded and strictly UTF-8. */
import { MAX_LAB_BYTES } from '../../../labs/parse-lab.ts';
import { encodeLabLink, type LabLinkKind } from '../../../share/lab-data-link.ts';
import { NOT_UTF8, utf8Text } from '../../../untrusted/utf8-text.ts';
import { downloadBlob } from '../export/download.ts';
import { labProblems, openLabText } from './open-lab-text.ts';

/** A hand-in carries its lab and a run link besides: room for both. */
const MAX_FILE_BYTES = 2 * MAX_LAB_BYTES;

export function downloadText(text: string, fileName: string): void {
  downloadBlob(new Blob([`${text}\n`], { type: 'application/json' }), fileName);
}

/** A link carrying the text, or why there is none (too long for a link: hand the file instead). */
export function linkFor(kind: LabLinkKind, text: string): { ok: true; link: string } | { ok: false; error: string } {
  return encodeLabLink(kind, text, window.location.href);
}

/** A lab or hand-in file a person chose, opened (its mistakes listed in the lab panel). */
export async function openLabFile(file: File): Promise<boolean> {
  if (file.size > MAX_FILE_BYTES) return labProblems([`${file.name}: larger than ${MAX_FILE_BYTES} bytes`]);
  const text = utf8Text(new Uint8Array(await file.arrayBuffer()));
  return text === null ? labProblems([`${file.name}: ${NOT_UTF8}`]) : openLabText(text, file.name, false);
}
