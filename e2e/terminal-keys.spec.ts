/**
 * Terminal conventions as in VS Code (issue 14 case 7): copy and paste by keyboard and by a
 * context menu, Ctrl+C that copies a selection instead of interrupting, Clear, find, and
 * font zoom.
 */
import type { Page } from '@playwright/test';
import { expect, openConsoleTab, openPlayground, terminalRows, test } from './support/playground.ts';

const input = (page: Page) => page.locator('.terminal-host:not([hidden]) .xterm-helper-textarea');

/** Opens web1's container console, waits for its prompt, and types `line` with Enter. */
async function consoleWith(page: Page, line: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPlayground(page);
  await openConsoleTab(page, 'web1 · container');
  await page.getByRole('button', { name: 'Speed max' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(terminalRows(page)).toContainText('root@web1');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await input(page).focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/**
 * Where the terminal shows `word` on a line of its own (xterm's screen layer takes the pointer, so the mouse goes there).
 * xterm draws a row again with new elements (its text in new spans), so the one found may be gone before it is measured: look again.
 */
async function spotOf(page: Page, word: string): Promise<{ x: number; y: number }> {
  const row = terminalRows(page).getByText(word, { exact: true }).first();
  const seen: { box: Awaited<ReturnType<typeof row.boundingBox>> } = { box: null };
  await expect.poll(async () => (seen.box = await row.boundingBox()) !== null, { message: `${word} is not on screen` }).toBe(true);
  if (!seen.box) throw new Error(`${word} is not on screen`);
  const { x, y, width, height } = seen.box;
  return { x: x + width / 2, y: y + height / 2 };
}

/** Double-clicks a word the terminal shows, which selects it. */
async function selectWord(page: Page, word: string): Promise<void> {
  const { x, y } = await spotOf(page, word);
  await page.mouse.dblclick(x, y);
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('Ctrl+C copies the selection instead of interrupting; without one it is ^C; Ctrl+Shift+C copies too', async ({ page }) => {
  await consoleWith(page, 'echo copyme');
  await expect(terminalRows(page).locator('> div').filter({ hasText: /^copyme\s*$/ })).toHaveCount(1);
  await selectWord(page, 'copyme');
  await page.keyboard.press('Control+c');
  await expect.poll(() => clipboard(page)).toBe('copyme');
  await expect(terminalRows(page)).not.toContainText('^C');

  await page.evaluate(() => navigator.clipboard.writeText(''));
  await selectWord(page, 'copyme');
  await page.keyboard.press('Control+Shift+C');
  await expect.poll(() => clipboard(page)).toBe('copyme');

  await page.locator('.terminal-host:not([hidden]) .xterm-screen').click(); // clears the selection
  await input(page).focus();
  await page.keyboard.press('Control+c');
  await expect(terminalRows(page)).toContainText('^C');
});

test('Ctrl+V pastes the clipboard into the console', async ({ page }) => {
  await consoleWith(page, 'true');
  await page.evaluate(() => navigator.clipboard.writeText('echo pasted-in'));
  await input(page).focus();
  await page.keyboard.press('Control+v');
  await page.keyboard.press('Enter');
  await expect(terminalRows(page).locator('> div').filter({ hasText: /^pasted-in\s*$/ })).toHaveCount(1);
});

test('the context menu copies, pastes and clears', async ({ page }) => {
  await consoleWith(page, 'echo menu-word');
  await selectWord(page, 'menu-word');
  const spot = await spotOf(page, 'menu-word');
  await page.mouse.click(spot.x, spot.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Console' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Copy', 'Paste', 'Clear', 'Find…']);
  await menu.getByRole('menuitem', { name: 'Copy' }).click();
  await expect(menu).toBeHidden();
  await expect.poll(() => clipboard(page)).toBe('menu-word');

  await page.locator('.terminal-host:not([hidden]) .xterm-screen').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Paste' }).click();
  // The menu's Paste reads the clipboard asynchronously: Enter waits for the pasted word on the prompt.
  await expect(terminalRows(page)).toContainText('~# menu-word');
  await page.keyboard.press('Enter');
  await expect(terminalRows(page)).toContainText('menu-word: command not found');

  await page.locator('.terminal-host:not([hidden]) .xterm-screen').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Clear' }).click();
  await expect(terminalRows(page)).not.toContainText('menu-word');
  await expect(terminalRows(page)).toContainText('root@web1');
});

test('Ctrl+F finds text in the console; Escape goes back to the terminal', async ({ page }) => {
  await consoleWith(page, 'echo needle');
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find in web1 · container' });
  await expect(find).toBeFocused();
  await find.fill('haystack-absent');
  await expect(page.getByRole('search')).toContainText('No matches');
  await find.fill('needle');
  await expect(page.getByRole('search')).not.toContainText('No matches');
  await expect(page.locator('.terminal-host:not([hidden]) .xterm-selection div').first()).toBeVisible();
  await find.press('Escape');
  await expect(find).toBeHidden();
  await expect(input(page)).toBeFocused();
});

test('Ctrl+= and Ctrl+- zoom the terminal font, Ctrl+0 resets it', async ({ page }) => {
  await consoleWith(page, 'true');
  const size = () => terminalRows(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const start = await size();
  await page.keyboard.press('Control+Equal');
  await expect.poll(size).toBeGreaterThan(start);
  await page.keyboard.press('Control+Minus');
  await page.keyboard.press('Control+Minus');
  await expect.poll(size).toBeLessThan(start);
  await page.keyboard.press('Control+0');
  await expect.poll(size).toBe(start);
});

test('top runs on the alternate screen: after q the console is as before, nothing of top in the scrollback', async ({ page }) => {
  await consoleWith(page, 'echo before-top');
  await page.keyboard.type('top');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(terminalRows(page)).toContainText('load average');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await input(page).focus();
  await page.keyboard.press('q');
  await page.getByRole('button', { name: 'Step 1 s' }).click();
  await expect(terminalRows(page)).not.toContainText('load average');
  await expect(terminalRows(page)).toContainText('before-top');
  const buffer = await page.evaluate(() => window.__virtscopeTerminal?.text() ?? '');
  expect(buffer).toContain('before-top');
  expect(buffer).not.toContain('load average');
});
