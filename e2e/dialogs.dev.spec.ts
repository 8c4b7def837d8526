/**
 * Under the dev server (`npm run dev`: React StrictMode mounts every effect twice) every
 * dialog opens and stays open until it is closed (issue 14 #1: each closed itself ≈ 7 ms
 * after opening, because the first cleanup's queued close event reached the second mount).
 */
import { expect, openPlayground, test } from './support/playground.ts';

const DIALOGS = [
  { button: { name: 'Keyboard shortcuts' }, dialog: 'Keyboard shortcuts' },
  { button: { name: 'Edit scenario…' }, dialog: 'Edit scenario' },
  { button: { name: /^Share/ }, dialog: 'Share' },
  { button: { name: /^Gallery/ }, dialog: 'Gallery' },
  { button: { name: 'Labs', exact: true }, dialog: 'Gallery' },
] as const;

for (const { button, dialog } of DIALOGS) {
  test(`the ${String(button.name)} button opens its dialog under the dev server, and Close closes it`, async ({ page }) => {
    await openPlayground(page);
    await page.getByRole('button', button).click();
    const shown = page.getByRole('dialog', { name: dialog });
    await expect(shown).toBeVisible();
    // Still open after the frames in which the stale close event used to land.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect(shown).toBeVisible();
    await shown.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(shown).toBeHidden();
  });
}
