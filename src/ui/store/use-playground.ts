/**
 * The page's one playground store, made on first use, and the React hook over it.
 * Components select narrowly: `usePlayground((s) => s.platforms.hosted.health)`, not the
 * whole state (a selector returning a new object on every call re-renders every time).
 */
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Playground } from './playground-state.ts';
import { createPlaygroundStore, type PlaygroundStore } from './playground-store.ts';

let instance: PlaygroundStore | null = null;

/** The app-wide store with its owner handle (dispose, fault injection); created on first call. */
export function getPlaygroundHandle(): PlaygroundStore {
  instance ??= createPlaygroundStore();
  return instance;
}

/** The app-wide zustand store, for code outside React: `getPlayground().getState().run()`. */
export function getPlayground(): StoreApi<Playground> {
  return getPlaygroundHandle().store;
}

/** A slice of the playground state or one of its actions; re-renders when that slice changes. */
export function usePlayground<T>(selector: (state: Playground) => T): T {
  return useStore(getPlayground(), selector);
}
