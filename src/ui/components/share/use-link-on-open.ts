/**
 * Opens the run a share link carries: when the page opens with a `#v2.…` (or older `#v1.…`) fragment, and
 * whenever the fragment changes. The link codec loads on demand, so a page opened without
 * a link does not download it. A bad link leaves the page on the scenario it has.
 */
import { useCallback, useEffect, useState } from 'react';
import { getPlayground } from '../../store/use-playground.ts';
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
    const open = async (): Promise<void> => {
      const fragment = window.location.hash;
      // `#lab=…`, `#lab-data=…` and `#lab-report=…` are labs' links (labs/lab-link.ts), not shared runs.
      if (fragment.length <= 1 || isLabFragment(fragment)) return;
      const { decodeShareLink } = await import('../../../share/share-link.ts');
      const link = decodeShareLink(fragment);
      if (!current) return;
      setError(link.ok ? null : link.error);
      setNote(link.ok ? (link.note ?? null) : null);
      if (link.ok) await getPlayground().getState().loadSharedRun(link.run);
    };
    const onHashChange = (): void => void open();
    void open();
    window.addEventListener('hashchange', onHashChange);
    return () => {
      current = false;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
  const dismiss = useCallback(() => {
    setError(null);
    setNote(null);
  }, []);
  return { error, note, dismiss };
}
