/**
 * The page's one playground store, made on first use, and the React hook over it.
 * Components select narrowly: `usePlayground((s) => s.platforms.hosted.health)`, not the
 * whole state (a selector returning a new object on every call re-renders every time).
 */
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { createHeldView, type HeldView } from './held-view.ts';
import type { Playground } from './playground-state.ts';
import { createPlaygroundStore, type PlaygroundStore } from './playground-store.ts';

let instance: PlaygroundStore | null = null;
let comparison: HeldView<Playground> | null = null;

/**
 * How often the comparison's figures follow a running store: snapshots arrive ≈ 10 times a
 * second, and redrawing ten charts and their tables that often is what made the page jank,
 * while a figure a person reads moves smoothly enough three times a second.
 */
const COMPARISON_INTERVAL_MS = 300;

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

/** The store as the Comparison tab sees it: held while the tab is hidden, throttled while it is open. */
export function getComparisonView(): HeldView<Playground> {
  comparison ??= createHeldView(getPlayground(), COMPARISON_INTERVAL_MS);
  return comparison;
}

/** `usePlayground` for the comparison's figures: re-renders only while the tab is open, at most once per interval. */
export function useComparisonView<T>(selector: (state: Playground) => T): T {
  return useStore(getComparisonView(), selector);
}
