/** A run sent through a share link, as its recipient reads it: for tests of what a link carries. */
import { decodeShareLink, encodeShareLink } from '../share-link.ts';
import type { SharedRun } from '../shared-run.ts';

export function throughLink(run: SharedRun): SharedRun {
  const link = encodeShareLink(run, 'http://127.0.0.1:5173/');
  if (!link.ok) throw new Error(link.problems.join('; '));
  const back = decodeShareLink(link.link);
  if (!back.ok) throw new Error(back.error);
  return back.run;
}
