/**
 * Opens the run the page starts with, then keeps the session saved. A share link in the
 * address (`#v2.…`, or older `#v1.…`) opens its run, now and whenever the fragment changes;
 * with none — or with the one this browser put there itself — the session saved in this
 * browser is restored (session/saved-session.ts). The link codec loads on demand, so a page
 * opened with neither does not download it before the session saving starts. A bad link
 * leaves the page on the scenario it has.
 */
import { useCallback, useEffect, useState } from 'react';
import { getPlayground } from '../../store/use-playground.ts';
import { forgetSavedSession, openingFragment, readSavedSession } from '../../session/saved-session.ts';
import { isLabFragment } from '../labs/lab-link.ts';

export interface LinkProblem {
  /** What is wrong with the link, or null. */
  readonly error: string | null;
  /** What the reader should know about a link that opened (a v1 link cannot be verified), or null. */
  readonly note: string | null;
  readonly dismiss: () => void;
}

export function useLinkOnOpen(): LinkProblem {
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    let stopSync: (() => void) | null = null;
    const open = async (first: boolean): Promise<void> => {
      const hash = window.location.hash;
      // `#lab=…`, `#lab-data=…` and `#lab-report=…` are labs' links (labs/lab-link.ts), not shared runs.
      if (isLabFragment(hash)) return;
      const opening = openingFragment(hash, first ? readSavedSession() : null);
      if (opening === null) return;
      const { decodeShareLink } = await import('../../../share/share-link.ts');
      const link = decodeShareLink(opening.fragment);
      if (!current) return;
      if (opening.from === 'saved' && !link.ok) {
        forgetSavedSession();
        setError(`The session saved in this browser could not be restored: ${link.error}`);
      } else {
        setError(link.ok ? null : link.error);
        setNote(link.ok ? (link.note ?? null) : null);
      }
      if (link.ok) await getPlayground().getState().loadSharedRun(link.run);
    };
    const onHashChange = (): void => void open(false);
    void open(true)
      .then(() => import('../../session/session-sync.ts'))
      .then(({ startSessionSync }) => {
        if (current) stopSync = startSessionSync(getPlayground());
      });
    window.addEventListener('hashchange', onHashChange);
    return () => {
      current = false;
      stopSync?.();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
  const dismiss = useCallback(() => {
    setError(null);
    setNote(null);
  }, []);
  return { error, note, dismiss };
}
