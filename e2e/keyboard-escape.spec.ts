/**
 * A keyboard-only student is never stuck: the page does not open with the keyboard in a
 * terminal (whose Tab completes in the shell), Escape then Tab leaves a terminal and Help
 * says so, Escape closes the Fault menu, and a lab started from the gallery takes the
 * keyboard to its panel.
 */
import type { Page } from '@playwright/test';
import { column, expect, openConsoleTab, openPlayground, runUntil, terminalRows, test } from './support/playground.ts';
// The `window.__virtscopeTerminal` type.
import type {} from '../src/ui/terminal/terminal-test-hook.ts';

const terminalInput = (page: Page) => page.locator('.terminal-host:not([hidden]) .xterm-helper-textarea');
const focusInTerminal = (page: Page): Promise<boolean> => page.evaluate(() => document.activeElement?.closest('.terminal-host') != null);

test('a first visit opens with the keyboard on the tour, not in a terminal, and Tab walks the tour', async ({ page }) => {
  await page.goto('/');
  const tour = page.getByRole('dialog', { name: /^Tour: / });
  await expect(tour.getByRole('button', { name: 'Next' })).toBeFocused();
  // The first terminal is on screen (with its boot log) and still does not hold the keyboard.
  await expect(terminalRows(page)).not.toBeEmpty();
  expect(await focusInTerminal(page)).toBe(false);
  await page.keyboard.press('Enter');
  await expect(tour).toContainText('2 of 5');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(tour.getByRole('button', { name: 'Skip the tour' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tour).toHaveCount(0);
  expect(await focusInTerminal(page)).toBe(false);
});

test('Escape then Tab leaves a terminal for the lab after it (Shift+Tab backwards), while Tab and Escape alone still reach the shell', async ({ page }) => {
  await page.goto('/?testHooks#lab=io-cost');
  await page.waitForFunction(() => {
    const s = window.__virtscope?.state();
    return s?.scenario.name === 'io-comparison' && Object.values(s.platforms).every((p) => p.health === 'ok' && p.snapshot !== null);
  });
  const lab = page.locator('aside.lab-panel');
  await expect(lab.getByRole('heading', { level: 2, name: 'The cost of I/O' })).toBeVisible();
  await runUntil(page, 10);
  expect(await focusInTerminal(page)).toBe(false);
  const hint = page.locator('.terminal-leave-hint');
  await expect(hint).toBeHidden();
  await openConsoleTab(page, 'web · container');
  await expect(terminalRows(page)).toContainText('root@web');
  await expect(terminalInput(page)).toHaveAttribute('aria-label', 'web · container console input (Esc, then Tab leaves it)');
  // In sight while the keyboard is in the terminal.
  await expect(hint).toBeVisible();
  await expect(hint).toHaveText('Esc, then Tab: leave the terminal');

  // Tab alone completes in the shell and keeps the keyboard there; Escape before Ctrl+U reaches the shell as before.
  await page.keyboard.type('unam');
  // Once typing, the hint goes (it would cover wide output); Esc brings it back for the Tab that follows.
  await expect(hint).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(terminalRows(page)).toContainText('uname');
  await expect(terminalInput(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(hint).toBeVisible();
  await page.keyboard.press('Control+u');
  await expect(terminalRows(page)).not.toContainText('uname');

  // Escape then Shift+Tab: the control before the terminal, the grid toggle at the end of the console bar.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'All platforms side by side' })).toBeFocused();

  // Escape then Tab: the lab panel, which follows the consoles.
  await terminalInput(page).focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(lab.getByRole('button', { name: 'Hide the lab' })).toBeFocused();
  await expect(hint).toBeHidden();

  // Back in the terminal, the first letter typed is not eaten by the Escape that left it.
  await terminalInput(page).focus();
  await page.keyboard.type('uname');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.__virtscopeTerminal?.text() ?? '')).toMatch(/# uname\s*\nLinux\s*\n/);
});

test('Help lists the way out of a terminal', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Help' }).click();
  const help = page.getByRole('dialog', { name: 'Help' });
  await expect(help.getByRole('row', { name: /Esc, then Tab.*Leave the terminal/ })).toBeVisible();
});

test('Escape closes the Fault menu and gives the keyboard back to its button', async ({ page }) => {
  await openPlayground(page);
  const menu = column(page, 'hosted').locator('.fault-menu');
  const button = menu.locator('summary');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('open', '');
  await menu.getByLabel('Kind').focus();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open');
  await expect(button).toBeFocused();
});

test('a lab started from the gallery puts the keyboard on the lab, and Tab goes on to its steps', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Labs', exact: true }).click();
  await page.getByRole('dialog', { name: 'Gallery' }).getByRole('button', { name: 'Start lab: The cost of I/O' }).press('Enter');
  const panel = page.locator('aside.lab-panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'The cost of I/O' })).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await panel.evaluate((p) => p.contains(document.activeElement))).toBe(true);
});
