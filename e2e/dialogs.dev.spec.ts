/**
 * Under the dev server (`npm run dev`: React StrictMode mounts every effect twice) every
 * dialog opens and stays open until it is closed (issue 14 #1: each closed itself ≈ 7 ms
 * after opening, because the first cleanup's queued close event reached the second mount).
 */
import type { Page } from '@playwright/test';
import { expect, openPlayground, test } from './support/playground.ts';

const DIALOGS: readonly { readonly name: string; readonly dialog: string; readonly open: (page: Page) => Promise<void> }[] = [
  { name: 'Help', dialog: 'Help', open: (p) => p.getByRole('button', { name: 'Help', exact: true }).click() },
  {
    name: 'Documentation',
    dialog: 'Documentation',
    open: async (p) => {
      await p.getByRole('button', { name: 'Help', exact: true }).click();
      await p.getByRole('dialog', { name: 'Help' }).getByRole('button', { name: 'model.md' }).click();
    },
  },
  { name: 'Edit…', dialog: 'Edit scenario', open: (p) => p.getByRole('button', { name: 'Edit scenario…' }).click() },
  { name: 'Share…', dialog: 'Share', open: (p) => p.getByRole('button', { name: /^Share/ }).click() },
  { name: 'Gallery', dialog: 'Gallery', open: (p) => p.getByRole('button', { name: /^Gallery/ }).click() },
  { name: 'Labs', dialog: 'Gallery', open: (p) => p.getByRole('button', { name: 'Labs', exact: true }).click() },
  {
    name: 'Write a lab…',
    dialog: 'Write a lab',
    open: async (p) => {
      await p.getByRole('button', { name: 'Labs', exact: true }).click();
      await p.getByRole('dialog', { name: 'Gallery' }).getByRole('button', { name: 'Write a lab…' }).click();
    },
  },
];

for (const { name, dialog, open } of DIALOGS) {
  test(`${name} opens its dialog under the dev server, and Close closes it`, async ({ page }) => {
    await openPlayground(page);
    await open(page);
    const shown = page.getByRole('dialog', { name: dialog });
    await expect(shown).toBeVisible();
    // Still open after the frames in which the stale close event used to land.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect(shown).toBeVisible();
    await shown.getByRole('button', { name: 'Close', exact: true }).first().click();
    await expect(shown).toBeHidden();
  });
}
