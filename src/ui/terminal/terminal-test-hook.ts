import { TEST_BUILD } from '../test-build.ts';

/**
 * In test builds, with `?testHooks` in the URL, `window.__virtscopeTerminal.text()` returns the shown
 * terminal's whole buffer (scrollback included), for browser tests that need more than
 * the rows on screen. Absent otherwise.
 */
declare global {
  interface Window {
    __virtscopeTerminal?: { text(): string };
  }
}

/** Installs the hook when the URL asks for test hooks; returns its removal. */
export function exposeTerminalTestHook(text: () => string): (() => void) | undefined {
  if (!TEST_BUILD || !new URLSearchParams(window.location.search).has('testHooks')) return undefined;
  const hook = { text };
  window.__virtscopeTerminal = hook;
  return () => {
    if (window.__virtscopeTerminal === hook) delete window.__virtscopeTerminal;
  };
}
