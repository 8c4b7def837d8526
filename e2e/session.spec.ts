/**
 * State that survives a reload (issue 14 case 6): the scenario, the lines typed, the open
 * tab, the speed and the console in front are saved in this browser and come back on
 * reload; the address bar carries the current setup, so a copied URL opens it elsewhere;
 * a damaged saved session is reported and the page starts as new.
 */
import type { Page } from '@playwright/test';
import { expect, openConsoleTab, openPlayground, playgroundState, terminalRows, test } from './support/playground.ts';

/** Loads a named variant of the page's scenario through the test hooks, as the editor's Apply would. */
async function loadVariant(page: Page, name: string): Promise<void> {
  const scenario = { ...(await playgroundState(page)).scenario, name };
  expect(await page.evaluate((s) => window.__virtscope?.loadScenario(s), scenario)).toBe(true);
  await page.waitForFunction(() => Object.values(window.__virtscope?.state().platforms ?? {}).every((p) => p.health === 'ok' && p.snapshot !== null));
}

/** Types a line into the shown console once its shell prompt is up. */
async function typeLine(page: Page, prompt: string, line: string): Promise<void> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(terminalRows(page)).toContainText(prompt);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.locator('.terminal-host:not([hidden]) .xterm-helper-textarea').focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect(terminalRows(page)).toContainText(line);
}

async function setUpClass(page: Page): Promise<void> {
  await openPlayground(page);
  await loadVariant(page, 'saved-class');
  await page.getByRole('button', { name: 'Speed 100×' }).click();
  await openConsoleTab(page, 'web1 · container');
  await typeLine(page, 'root@web1', 'echo kept-after-reload');
  const before = await page.evaluate(() => window.location.hash);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  // The address follows a moment after the last change.
  await expect.poll(() => page.evaluate(() => window.location.hash)).not.toBe(before);
  expect(await page.evaluate(() => window.location.hash)).toMatch(/^#v2\./);
}

async function expectClassShown(page: Page): Promise<void> {
  await expect(page.getByRole('banner')).toContainText('saved-class');
  await expect(page.getByRole('tab', { name: 'Comparison', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Speed 100×' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('tab', { name: 'Consoles', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'web1 · container', exact: true })).toHaveAttribute('aria-selected', 'true');
}

test('a reload brings back the scenario, the typed lines, the open tab, the speed and the console in front', async ({ page }) => {
  await setUpClass(page);
  await page.reload();
  await expectClassShown(page);
  // The typed line was replayed at its virtual instant: its output is on the console again.
  await expect(terminalRows(page)).toContainText('echo kept-after-reload');
  await expect(terminalRows(page).locator('> div').filter({ hasText: /^kept-after-reload\s*$/ })).toHaveCount(1);
});

test('the address bar carries the current setup: the copied URL opens it in another browser', async ({ page, browser }) => {
  await setUpClass(page);
  const url = page.url();
  const other = await (await browser.newContext()).newPage();
  await other.goto(url);
  await expectClassShown(other);
});

test('a damaged saved session is reported and the page starts on its own scenario', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('virtscope.session', JSON.stringify({ v: 1, value: { address: '#v2.x', run: '#v2.AAAAAAAA' } })));
  await openPlayground(page);
  await expect(page.getByRole('alert')).toContainText('The session saved in this browser could not be restored');
  expect((await playgroundState(page)).scenario.name).toBe('classroom-default');
});
