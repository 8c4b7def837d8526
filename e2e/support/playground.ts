/**
 * What every spec shares: a `test` whose page fails the test on any console error, page
 * error or HTTP response ≥ 400, and helpers that open the playground and wait on its state
 * (through the `?testHooks` hooks) — conditions, never sleeps.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { PlatformKind } from '../../src/engine/index.ts';
import type { PlaygroundState } from '../../src/ui/store/playground-state.ts';
// The `window.__virtscope` type (src/ui/test-hooks.ts declares it globally).
import type {} from '../../src/ui/test-hooks.ts';

export { expect };

export const PLATFORMS: readonly PlatformKind[] = ['native', 'hosted', 'bare-metal', 'container'];

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      await use(problems);
      expect(problems, 'console errors, page errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens the page with test hooks and waits until every platform's worker has its first snapshot. */
export async function openPlayground(page: Page, query = ''): Promise<void> {
  await page.goto(`/?testHooks${query}`);
  await page.waitForFunction(() => {
    const s = window.__virtscope?.state();
    return s !== undefined && Object.values(s.platforms).every((p) => p.health === 'ok' && p.snapshot !== null);
  });
}

export function playgroundState(page: Page): Promise<PlaygroundState> {
  return page.evaluate(() => {
    const s = window.__virtscope?.state();
    if (!s) throw new Error('no test hooks: open the page with ?testHooks');
    return s;
  });
}

export async function virtualNs(page: Page): Promise<number> {
  return (await playgroundState(page)).nowNs;
}

export function clock(page: Page): Locator {
  return page.getByRole('timer', { name: 'Virtual time' });
}

export function column(page: Page, kind: PlatformKind): Locator {
  return page.locator(`.platform-column[data-platform="${kind}"]`);
}

export function guestCard(page: Page, guest: string, kind: PlatformKind): Locator {
  return page.getByRole('article', { name: `${guest} on ${kind}` });
}

/** Runs at the fastest speed until virtual time reaches `seconds`, then pauses. */
export async function runUntil(page: Page, seconds: number): Promise<void> {
  await page.getByRole('button', { name: 'Speed max' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction((ns) => (window.__virtscope?.state().nowNs ?? 0) >= ns, seconds * 1e9);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(clock(page)).toContainText('paused');
  // A step already asked of the workers still lands after the pause.
  await page.evaluate(() => window.__virtscope?.settled());
}

/** The rows the shown terminal draws (xterm's DOM renderer; spaces come as NBSP, which matchers normalise). */
export function terminalRows(page: Page): Locator {
  return page.locator('.terminal-host:not([hidden]) .xterm-rows');
}

/** Opens a console by its tab ("web1 · container") and waits until the keyboard is in its terminal. */
export async function openConsoleTab(page: Page, title: string): Promise<void> {
  const tab = page.getByRole('tab', { name: title, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.terminal-host:not([hidden]) .xterm-helper-textarea')).toBeFocused();
}
