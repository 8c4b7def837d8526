/** Help shows the version and the documentation, which reads in the page and follows its own links. */
import { readFileSync } from 'node:fs';
import { expect, openPlayground, test } from './support/playground.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

test('Help shows the version and opens the documentation, whose links between docs work', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Help' }).click();
  const help = page.getByRole('dialog', { name: 'Help' });
  await expect(help.getByLabel('version')).toHaveText(version);
  await help.getByRole('button', { name: 'model.md' }).click();

  const docs = page.getByRole('dialog', { name: 'Documentation' });
  await expect(docs.getByRole('heading', { level: 1, name: 'The model' })).toBeVisible();
  await expect(docs.locator('table').first()).toBeVisible();
  await docs.getByRole('article', { name: 'model.md' }).getByRole('button', { name: 'calibration.md' }).first().click();
  await expect(docs.getByRole('heading', { level: 1, name: /calibration/i })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(docs).toBeHidden();
});
