/**
 * Hooks for the browser tests and page benchmarks, on `window.__virtscope`, installed only
 * in test builds (TEST_BUILD) and when the page URL has `?testHooks`: every store action,
 * the state, and faults to inject (crash or hang a platform's worker).
 */
import type { PlatformKind } from '../engine/index.ts';
import type { Playground, PlaygroundActions, PlaygroundState } from './store/playground-state.ts';
import type { PlaygroundStore } from './store/playground-store.ts';
import { getPlaygroundHandle } from './store/use-playground.ts';
import { TEST_BUILD } from './test-build.ts';

export interface VirtscopeTestHooks extends PlaygroundActions {
  /** Terminates the platform's worker as if it had crashed: its column shows 'crashed'. */
  crashPlatform(kind: PlatformKind): void;
  /** Freezes the platform's worker: its column shows 'hung' once a call times out (8 s wall). */
  hangPlatform(kind: PlatformKind): void;
  /** The playground's state, without its actions. */
  state(): PlaygroundState;
  /** Resolves once the lockstep advance in flight has landed: after a pause, the instant stays put. */
  settled(): Promise<void>;
}

declare global {
  interface Window {
    __virtscope?: VirtscopeTestHooks;
  }
}

/** Installs the hooks if the URL asks for them (creating the store); returns whether it did. */
export function installTestHooks(target: Window = window, handle: () => PlaygroundStore = getPlaygroundHandle): boolean {
  if (!TEST_BUILD || !new URLSearchParams(target.location.search).has('testHooks')) return false;
  const h = handle();
  target.__virtscope = {
    ...actionsOf(() => h.store.getState()),
    crashPlatform: (kind) => h.faults.crash(kind),
    hangPlatform: (kind) => h.faults.hang(kind),
    settled: () => h.settled(),
    state: () => stateOf(h.store.getState()),
  };
  return true;
}

function actionsOf(s: () => Playground): PlaygroundActions {
  return {
    run: () => s().run(),
    pause: () => s().pause(),
    step: (seconds) => s().step(seconds),
    setSpeed: (speed) => s().setSpeed(speed),
    loadScenario: (input) => s().loadScenario(input),
    loadSharedRun: (run) => s().loadSharedRun(run),
    commandRecordings: () => s().commandRecordings(),
    restartPlatform: (kind) => s().restartPlatform(kind),
    injectFault: (kind, target, platforms) => s().injectFault(kind, target, platforms),
    restartGuest: (platform, name) => s().restartGuest(platform, name),
    setActiveConsole: (key) => s().setActiveConsole(key),
    setTab: (tab) => s().setTab(tab),
    writeConsole: (key, data) => s().writeConsole(key, data),
    resizeConsole: (key, columns, rows) => s().resizeConsole(key, columns, rows),
    onConsoleOutput: (key, listener) => s().onConsoleOutput(key, listener),
    setTheme: (theme) => s().setTheme(theme),
    migrateGuest: (name) => s().migrateGuest(name),
    closeMigration: () => s().closeMigration(),
    densityCurves: (guest, onProgress) => s().densityCurves(guest, onProgress),
    cancelDensity: () => s().cancelDensity(),
  };
}

function stateOf(p: Playground): PlaygroundState {
  const { scenario, scenarioErrors, runState, speed, nowNs, platforms, series, consoles, activeConsole, linesEntered, tab, theme, migration } = p;
  return { scenario, scenarioErrors, runState, speed, nowNs, platforms, series, consoles, activeConsole, linesEntered, tab, theme, migration };
}
