/**
 * What the README tells a class to run: `npm start` (scripts/start.mjs builds the production
 * page and serves it). Opened on its own address it boots by itself to a working prompt, has
 * no test hooks, shows its version in Help, and its gallery loads a preset.
 */
import pkg from '../package.json' with { type: 'json' };
import { expect, terminalRows, test } from './support/playground.ts';

test('npm start serves the production page: a prompt with no click, no test hooks, Help with the version, a preset from the gallery', async ({ page }) => {
  await page.goto('/?testHooks');
  await expect(terminalRows(page)).toContainText(/@[\w-]+.{0,20}[#$]/, { timeout: 30_000 });
  // A production build ignores ?testHooks: it neither installs the hooks nor keeps the page stopped.
  expect(await page.evaluate(() => typeof window.__virtscope)).toBe('undefined');
  await page.getByRole('button', { name: 'Skip the tour' }).click();
  // The keyboard is not put in a terminal by itself (keyboard-escape.spec.ts): one click.
  await page.locator('.terminal-host:not([hidden]) .xterm-screen').click({ position: { x: 20, y: 10 } });
  await page.keyboard.type('uname -a');
  await page.keyboard.press('Enter');
  await expect(terminalRows(page)).toContainText('Linux');

  await page.getByRole('button', { name: 'Help', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Help' }).getByLabel('version')).toHaveText(pkg.version);
  await page.getByRole('dialog', { name: 'Help' }).getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: /^Gallery/ }).click();
  const gallery = page.getByRole('dialog', { name: 'Gallery' });
  await gallery.getByRole('button', { name: /xen/i }).first().click();
  await expect(page.getByRole('button', { name: /^Gallery/ })).toContainText('xen');
});
