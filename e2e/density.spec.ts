import { expect, openPlayground, test } from './support/playground.ts';

test('the density curve card asks each platform engine for its curve and shows the knee', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  const card = page.getByRole('region', { name: 'Density curve' });
  await card.scrollIntoViewIfNeeded();
  await expect(card.getByRole('combobox', { name: 'Guest kind' })).toHaveValue('linux:web-server');
  await card.getByRole('button', { name: 'Table' }).click();
  await expect(card).toContainText('Press "Compute"');
  await card.getByRole('button', { name: 'Compute' }).click();
  const knee = card.getByRole('row', { name: /^Knee/ });
  await expect(knee).toBeVisible({ timeout: 30_000 });
  // One cell per platform, each a count the engine found (or why not).
  await expect(knee.getByRole('cell')).toHaveCount(4);
  for (const cell of await knee.getByRole('cell').all()) await expect(cell).toHaveText(/^\d+$|^refused$/);
  await expect(card.getByRole('row', { name: /^1 / })).toContainText('(100 %)');
});
