/**
 * The first minute: a page opened on its own address (no `?testHooks`, which keeps other
 * specs' pages stopped) boots by itself in fast-forward, and the first terminal has a
 * working prompt within a few seconds, with no click. Then it settles at 1×, and the boot
 * can be watched again.
 */
import { expect, terminalRows, test } from './support/playground.ts';

test('opening the page gives a working prompt in the first terminal with no click, then runs at 1×', async ({ page }) => {
  const opened = Date.now();
  await page.goto('/');
  // The first terminal's guest: its prompt once it has booted (the boot logs stream before it).
  await expect(terminalRows(page)).toContainText(/@[\w-]+.{0,20}[#$]/, { timeout: 20_000 });
  const promptMs = Date.now() - opened;
  console.log(`first prompt ${promptMs} ms after opening`);
  // A generous bound: the issue asks for 5 s on a classroom machine; this one is shared by several test runs.
  expect(promptMs).toBeLessThan(15_000);

  const banner = page.getByRole('status').filter({ hasText: 'booted in fast-forward' });
  await expect(banner).toBeVisible({ timeout: 30_000 });
  console.log(`settled at 1× ${Date.now() - opened} ms after opening`);
  await expect(page.getByRole('button', { name: 'Speed 1×' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('timer', { name: 'Virtual time' })).toContainText('running');

  await banner.getByRole('button', { name: 'Watch the boot again at 1×' }).click();
  await expect(page.getByRole('timer', { name: 'Virtual time' })).toContainText(/0:00:0\d/);
});

// Typing is checked once the boot has settled: the banner goes when something is typed, and a line typed while it was
// still fast-forwarding would race the settling. The page does not put the keyboard in a terminal by itself (a
// keyboard-only student would be caught there, keyboard-escape.spec.ts): the student clicks into it.
test('a click in the first terminal, and what is typed runs there; the settled banner, which covers part of it, goes then', async ({ page }) => {
  await page.goto('/');
  const banner = page.getByRole('status').filter({ hasText: 'booted in fast-forward' });
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Skip the tour' }).click();
  await page.locator('.terminal-host:not([hidden]) .xterm-screen').click({ position: { x: 20, y: 10 } });
  await page.keyboard.type('uname -a');
  await expect(banner).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(terminalRows(page)).toContainText('Linux');
});

test('with ?stopped the page opens stopped, as before', async ({ page }) => {
  await page.goto('/?stopped');
  await expect(page.getByRole('timer', { name: 'Virtual time' })).toContainText('stopped');
  await expect(page.getByRole('status').filter({ hasText: 'fast-forward' })).toHaveCount(0);
});
