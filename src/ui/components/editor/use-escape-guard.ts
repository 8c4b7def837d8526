/**
 * Esc closes a dialog (the browser's <dialog>); in the editor it would throw away the changes
 * unasked. While `hasChanges()`, Esc instead asks (the returned flag; the editor shows the
 * question), and Esc again while asking goes back to editing. The key is caught before the
 * dialog sees it: a keydown whose default is prevented sends no close request.
 */
import { useEffect, useRef, useState } from 'react';

export function useEscapeGuard(hasChanges: () => boolean): [boolean, (asking: boolean) => void] {
  const [asking, setAsking] = useState(false);
  const changed = useRef(hasChanges);
  useEffect(() => {
    changed.current = hasChanges;
  }, [hasChanges]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || !changed.current()) return;
      e.preventDefault();
      e.stopPropagation();
      setAsking((a) => !a);
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);

  return [asking, setAsking];
}
