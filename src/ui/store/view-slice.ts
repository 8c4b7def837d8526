/**
 * The view slice: which tab is open under the platform columns. It lives in the store, not
 * in a component, because a share link and the saved session restore it and the address
 * bar follows it.
 */
import type { PlaygroundActions, PlaygroundState } from './playground-state.ts';

export function viewSlice(set: (patch: Pick<PlaygroundState, 'tab'>) => void): Pick<PlaygroundState, 'tab'> & Pick<PlaygroundActions, 'setTab'> {
  return {
    tab: 'consoles',
    setTab(tab) {
      set({ tab });
    },
  };
}
