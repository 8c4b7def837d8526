/**
 * The bridge from the command registry to the page: a dispatcher for buttons, and the
 * keyboard shortcuts on the window (removed again on unmount).
 */
import { useCallback, useEffect, useRef } from 'react';
import { getPlayground } from '../../store/use-playground.ts';
import { commandByName, commandForKey, dispatch, type PageControls } from './commands.ts';
import { isShortcutCandidate, keyPressOf } from './keyboard.ts';

/** Returns `run(name)`, which runs the named command if it applies now. */
export function useCommands(page: PageControls): (name: string) => void {
  const pageRef = useRef(page);
  useEffect(() => {
    pageRef.current = page;
  }, [page]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.repeat || !isShortcutCandidate(keyPressOf(e))) return;
      const playground = getPlayground().getState();
      const command = commandForKey(e.key, playground);
      if (!command) return;
      e.preventDefault();
      dispatch(command, { playground, page: pageRef.current });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return useCallback((name: string) => {
    dispatch(commandByName(name), { playground: getPlayground().getState(), page: pageRef.current });
  }, []);
}
